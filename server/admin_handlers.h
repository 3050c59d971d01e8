// The admin endpoints: POST /api/v1/admin/reload (reopen the index now) and GET /api/v1/admin/status
// (generation, counts, last reload). Off (404) unless server.admin_token is set; then every request
// needs "Authorization: Bearer <token>" (401 with WWW-Authenticate otherwise). The token is compared
// in constant time and never logged.
#ifndef WIEWEET_SERVER_ADMIN_HANDLERS_H_
#define WIEWEET_SERVER_ADMIN_HANDLERS_H_

#include <string_view>

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

HttpResponse handle_admin_reload(const HttpRequest& request, Services& services);
HttpResponse handle_admin_status(const HttpRequest& request, Services& services);

// Whether two strings are equal, taking the same time for any two strings of the given lengths
// wherever they differ (no early exit that would reveal how much of a guess was right).
bool equal_in_constant_time(std::string_view a, std::string_view b);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_ADMIN_HANDLERS_H_
