// Cross-origin access to the API for the origins in server.cors_allowed_origins (the intranet that
// embeds /widget.js). Everyone else gets no CORS headers at all, so their browsers keep the answers
// from their scripts; same-origin requests (the search page) never need any.
#ifndef WIEWEET_SERVER_CORS_H_
#define WIEWEET_SERVER_CORS_H_

#include <string>

#include "http_types.h"
#include "wieweet/config.h"

namespace wieweet::server {

// Whether `origin` (the Origin header, exactly) is one of config.cors_allowed_origins. Pure.
bool cors_origin_allowed(const ServerConfig& config, const std::string& origin);

// For an /api/ response: Access-Control-Allow-Origin and Vary: Origin when the request's Origin is
// allowed; Vary: Origin alone when any origin is configured (the answer depends on the header).
void add_cors_headers(const HttpRequest& request, const ServerConfig& config, HttpResponse* response);

// The answer to a preflight OPTIONS for an existing API path whose methods are `allowed_methods`
// ("GET, HEAD"): 204, with the Access-Control-Allow-* headers only for an allowed origin.
HttpResponse cors_preflight(const HttpRequest& request, const ServerConfig& config, const std::string& allowed_methods);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_CORS_H_
