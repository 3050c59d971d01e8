// The staff search page (web/) and the API description (docs/openapi.json), compiled into the binary so the server never depends on its working
// directory.
#ifndef WIEWEET_SERVER_STATIC_FILES_H_
#define WIEWEET_SERVER_STATIC_FILES_H_

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

HttpResponse serve_index_html(const HttpRequest& request, Services& services);
HttpResponse serve_app_js(const HttpRequest& request, Services& services);
HttpResponse serve_style_css(const HttpRequest& request, Services& services);
// The API's OpenAPI 3.1 description, docs/openapi.json.
HttpResponse serve_openapi_json(const HttpRequest& request, Services& services);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_STATIC_FILES_H_
