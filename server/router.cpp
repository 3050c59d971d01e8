#include "router.h"

#include <exception>
#include <memory>

#include "admin_handlers.h"
#include "api_handlers.h"
#include "cors.h"
#include "http_status.h"
#include "ops_handlers.h"
#include "static_files.h"

namespace wieweet::server {

Router make_router() {
  auto assets = std::make_shared<const StaticAssets>();
  auto asset = [assets](const char* path) -> Handler {
    const StaticAsset* found = assets->find(path);
    return [assets, found](const HttpRequest& request, Services&) { return assets->serve(*found, request); };
  };
  return Router(
      {
      {"GET", "/api/v1/experts", handle_experts},
      {"GET", "/api/v1/people/{id}", handle_person},
      {"GET", "/api/v1/suggest", handle_suggest},
      {"GET", "/api/v1/related", handle_related},
      {"GET", "/api/v1/workshops", handle_workshops},
      {"GET", "/api/v1/documents", handle_documents},
      {"GET", "/api/v1/match", handle_match},
      {"GET", "/api/v1/openapi.json", asset("/api/v1/openapi.json")},
      {"POST", "/api/v1/admin/reload", handle_admin_reload},
      {"GET", "/api/v1/admin/status", handle_admin_status},
      {"GET", "/healthz", handle_healthz},
      {"GET", "/readyz", handle_readyz},
      {"GET", "/metrics", handle_metrics},
      {"GET", "/", asset("/")},
      {"GET", "/app.js", asset("/app.js")},
      {"GET", "/style.css", asset("/style.css")},
      {"GET", "/widget.js", asset("/widget.js")},
      {"GET", "/widget-demo.html", asset("/widget-demo.html")},
      {"GET", "/people/{id}",
       [assets](const HttpRequest& request, Services& services) { return assets->serve_person_page(request, services); }},
      },
      [assets](const HttpRequest& request, Services&) { return assets->not_found_page(request); });
}

namespace {

constexpr std::string_view kParameterSegment = "{id}";

// A route path matches itself, or, when it ends in "{id}", any path with one non-empty last segment
// in that place, which is returned in `parameter`.
bool matches(const std::string& pattern, const std::string& path, std::string* parameter) {
  if (!pattern.ends_with(kParameterSegment)) return pattern == path;
  const std::size_t fixed = pattern.size() - kParameterSegment.size();
  if (path.size() <= fixed || path.compare(0, fixed, pattern, 0, fixed) != 0) return false;
  if (path.find('/', fixed) != std::string::npos) return false;
  *parameter = path.substr(fixed);
  return true;
}

bool is_api_path(const std::string& path) { return path.rfind("/api/", 0) == 0; }

}  // namespace

RoutedResponse Router::handle(const HttpRequest& request, Services& services) const {
  RoutedResponse routed = route(request, services);
  if (is_api_path(request.path) && routed.response.status != 204) {
    add_cors_headers(request, services.config, &routed.response);
  }
  return routed;
}

RoutedResponse Router::route(const HttpRequest& request, Services& services) const {
  const std::string method = request.method == "HEAD" ? "GET" : request.method;
  std::string allowed;
  std::string matched_pattern;  // the metrics label: patterns, never raw ids
  for (const auto& route : routes_) {
    std::string parameter;
    if (!matches(route.path, request.path, &parameter)) continue;
    if (route.method != method) {
      matched_pattern = route.path;
      allowed += (allowed.empty() ? "" : ", ") + route.method + (route.method == "GET" ? ", HEAD" : "");
      continue;
    }
    try {
      if (parameter.empty()) return {route.handler(request, services), route.path};
      HttpRequest with_parameter = request;
      with_parameter.path_parameter = std::move(parameter);
      return {route.handler(with_parameter, services), route.path};
    } catch (const std::exception& error) {
      services.log->error("handler for {} failed: {}", route.path, error.what());
    } catch (...) {
      services.log->error("handler for {} failed with an unknown exception", route.path);
    }
    return {error_response(Status::internal("handler failed")), route.path};
  }
  if (!allowed.empty() && method == "OPTIONS" && is_api_path(request.path)) {
    return {cors_preflight(request, services.config, allowed), matched_pattern};
  }
  if (!allowed.empty()) {
    HttpResponse response = error_response(405, "method_not_allowed", "use " + allowed + " for " + request.path);
    response.headers.emplace_back("Allow", allowed);
    return {std::move(response), matched_pattern};
  }
  if (not_found_ && !is_api_path(request.path)) return {not_found_(request, services), "unmatched"};
  return {error_response(404, "not_found", "no such endpoint: " + request.path), "unmatched"};
}

}  // namespace wieweet::server
