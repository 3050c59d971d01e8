// The JSON API (docs/api.md): query parameters in, core calls, JSON out.
#ifndef WIEWEET_SERVER_API_HANDLERS_H_
#define WIEWEET_SERVER_API_HANDLERS_H_

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

// GET /api/v1/experts?q=&page=&size=
HttpResponse handle_experts(const HttpRequest& request, Services& services);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_API_HANDLERS_H_
