#include "static_files.h"

#include <string_view>

namespace wieweet::server {

namespace assets {
extern const std::string_view kIndexHtml;
extern const std::string_view kAppJs;
extern const std::string_view kStyleCss;
extern const std::string_view kOpenApiJson;
}  // namespace assets

namespace {

HttpResponse asset(std::string_view content, const char* content_type) {
  HttpResponse response;
  response.content_type = content_type;
  response.body = std::string(content);
  // no-cache (revalidate), not no-store: a redeploy shows at once, yet the browser may keep a copy.
  response.headers.emplace_back("Cache-Control", "no-cache");
  // The page loads nothing from elsewhere and runs no inline script: say so, so injected markup can't.
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'self'");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  return response;
}

}  // namespace

HttpResponse serve_index_html(const HttpRequest&, Services&) {
  return asset(assets::kIndexHtml, "text/html; charset=utf-8");
}

HttpResponse serve_app_js(const HttpRequest&, Services&) {
  return asset(assets::kAppJs, "text/javascript; charset=utf-8");
}

HttpResponse serve_style_css(const HttpRequest&, Services&) {
  return asset(assets::kStyleCss, "text/css; charset=utf-8");
}

}  // namespace wieweet::server

namespace wieweet::server {

HttpResponse serve_openapi_json(const HttpRequest&, Services&) {
  HttpResponse response;
  response.body = std::string(assets::kOpenApiJson);
  response.headers.emplace_back("Cache-Control", "no-cache");
  // Tools such as Swagger UI fetch the description from another origin.
  response.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return response;
}

}  // namespace wieweet::server
