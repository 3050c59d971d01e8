#include "router.h"

#include <exception>

#include "api_handlers.h"
#include "http_status.h"
#include "ops_handlers.h"
#include "static_files.h"

namespace wieweet::server {

Router make_router() {
  return Router({
      {"GET", "/api/v1/experts", handle_experts},
      {"GET", "/healthz", handle_healthz},
      {"GET", "/readyz", handle_readyz},
      {"GET", "/metrics", handle_metrics},
      {"GET", "/", serve_index_html},
      {"GET", "/app.js", serve_app_js},
      {"GET", "/style.css", serve_style_css},
  });
}

RoutedResponse Router::handle(const HttpRequest& request, Services& services) const {
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  std::string allowed;
  for (const auto& route : routes_) {
    if (route.path != request.path) continue;
    if (route.method != method) {
      allowed += (allowed.empty() ? "" : ", ") + route.method + (route.method == "GET" ? ", HEAD" : "");
      continue;
    }
    try {
      return {route.handler(request, services), route.path};
    } catch (const std::exception& error) {
      services.log->error("handler for {} failed: {}", route.path, error.what());
    } catch (...) {
      services.log->error("handler for {} failed with an unknown exception", route.path);
    }
    return {error_response(Status::internal("handler failed")), route.path};
  }
  if (!allowed.empty()) {
    HttpResponse response = error_response(405, "method_not_allowed", "use " + allowed + " for " + request.path);
    response.headers.emplace_back("Allow", allowed);
    return {std::move(response), request.path};
  }
  return {error_response(404, "not_found", "no such endpoint: " + request.path), "unmatched"};
}

}  // namespace wieweet::server
