#include "cors.h"

#include <algorithm>

namespace wieweet::server {
namespace {

// What a cross-origin script may send: the API reads only the query string, so no custom headers.
constexpr const char* kAllowedHeaders = "Accept, Accept-Language, Content-Type";
// How long a browser may reuse a preflight answer, in seconds.
constexpr const char* kPreflightMaxAge = "600";

}  // namespace

bool cors_origin_allowed(const ServerConfig& config, const std::string& origin) {
  if (origin.empty()) return false;
  return std::find(config.cors_allowed_origins.begin(), config.cors_allowed_origins.end(), origin) !=
         config.cors_allowed_origins.end();
}

void add_cors_headers(const HttpRequest& request, const ServerConfig& config, HttpResponse* response) {
  if (config.cors_allowed_origins.empty()) return;
  for (const auto& [name, value] : response->headers) {
    if (name == "Access-Control-Allow-Origin") return;  // already public to every origin (openapi.json)
  }
  // Caches must keep one copy per Origin: the same URL is answered with and without the header.
  response->headers.emplace_back("Vary", "Origin");
  const std::string origin = request.header("origin");
  if (cors_origin_allowed(config, origin)) response->headers.emplace_back("Access-Control-Allow-Origin", origin);
}

HttpResponse cors_preflight(const HttpRequest& request, const ServerConfig& config,
                            const std::string& allowed_methods) {
  HttpResponse response;
  response.status = 204;
  response.content_type.clear();
  response.headers.emplace_back("Allow", allowed_methods + ", OPTIONS");
  add_cors_headers(request, config, &response);
  if (cors_origin_allowed(config, request.header("origin"))) {
    response.headers.emplace_back("Access-Control-Allow-Methods", allowed_methods);
    response.headers.emplace_back("Access-Control-Allow-Headers", kAllowedHeaders);
    response.headers.emplace_back("Access-Control-Max-Age", kPreflightMaxAge);
  }
  return response;
}

}  // namespace wieweet::server
