// The JSON API (docs/api.md, docs/openapi.json): query parameters in, core calls, JSON out.
#ifndef WIEWEET_SERVER_API_HANDLERS_H_
#define WIEWEET_SERVER_API_HANDLERS_H_

#include <string>

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

// Whether `id` can be a person id: 1 to 128 printable bytes without "/". Pure.
bool is_person_id(const std::string& id);

// GET /api/v1/experts?q=&page=&size=&spelling= and the filters school, role, department, location,
// available_for, language, exclude_school (repeatable).
HttpResponse handle_experts(const HttpRequest& request, Services& services);
// GET /api/v1/people/{id}
HttpResponse handle_person(const HttpRequest& request, Services& services);
// GET /api/v1/suggest?q=&size=
HttpResponse handle_suggest(const HttpRequest& request, Services& services);
// GET /api/v1/related?q=&size=
HttpResponse handle_related(const HttpRequest& request, Services& services);
// GET /api/v1/workshops?q=&page=&size= and /api/v1/documents?q=&page=&size=
HttpResponse handle_workshops(const HttpRequest& request, Services& services);
HttpResponse handle_documents(const HttpRequest& request, Services& services);
// GET /api/v1/match?q=&school=&prefer_school=&prefer_role=&page=&size=
HttpResponse handle_match(const HttpRequest& request, Services& services);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_API_HANDLERS_H_
