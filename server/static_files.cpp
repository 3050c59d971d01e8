#include "static_files.h"

#include <cstdint>
#include <cstdio>

#include <zlib.h>

#include "api_handlers.h"
#include "http_status.h"
#include "wieweet/snippets.h"

namespace wieweet::server {

namespace assets {
extern const std::string_view kIndexHtml;
extern const std::string_view kAppJs;
extern const std::string_view kStyleCss;
extern const std::string_view kWidgetJs;
extern const std::string_view kWidgetDemoHtml;
extern const std::string_view kNotFoundHtml;
extern const std::string_view kOpenApiJson;
}  // namespace assets

namespace {

// Below this, gzip's header and the extra round of work cost more than they save.
constexpr std::size_t kMinGzipBytes = 512;

// The pages load nothing from elsewhere and run no inline script: say so, so injected markup can't.
// Framing stays same-origin: the widget is a custom element on the host page, never an iframe.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; object-src 'none'; "
    "frame-ancestors 'self'";

std::string gzip(std::string_view data) {
  z_stream stream{};
  // windowBits 15 + 16: a gzip wrapper rather than zlib's.
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return result == Z_STREAM_END ? out : std::string();
}

// FNV-1a over the content: a validator only needs to change when the bytes do.
std::string etag_of(std::string_view data) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : data) hash = (hash ^ c) * 1099511628211ULL;
  char text[24];
  std::snprintf(text, sizeof text, "\"%016llx\"", static_cast<unsigned long long>(hash));
  return text;
}

// The same representation compressed gets its own strong validator.
std::string gzip_etag(const std::string& etag) { return etag.substr(0, etag.size() - 1) + "-gz\""; }

// Whether an If-None-Match list ("a", W/"b", *) names `etag` or its gzip twin.
bool none_match_hits(const std::string& header, const std::string& etag) {
  if (header.empty()) return false;
  if (header.find('*') != std::string::npos) return true;
  return header.find(etag) != std::string::npos || header.find(gzip_etag(etag)) != std::string::npos;
}

// "gzip" listed in Accept-Encoding and not refused with q=0.
bool accepts_gzip(const std::string& header) {
  const std::size_t at = header.find("gzip");
  if (at == std::string::npos) return false;
  const std::size_t end = header.find(',', at);
  const std::string entry = header.substr(at, end == std::string::npos ? std::string::npos : end - at);
  return entry.find("q=0") == std::string::npos || entry.find("q=0.") != std::string::npos;
}

void add_page_headers(HttpResponse* response) {
  response->headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  response->headers.emplace_back("Referrer-Policy", "same-origin");
}

StaticAsset make_asset(std::string path, std::string content_type, std::string_view body, bool any_origin = false) {
  StaticAsset asset;
  asset.any_origin = any_origin;
  asset.path = std::move(path);
  asset.content_type = std::move(content_type);
  asset.body = body;
  asset.etag = etag_of(body);
  if (body.size() >= kMinGzipBytes) asset.gzipped = gzip(body);
  asset.html = asset.content_type.rfind("text/html", 0) == 0;
  return asset;
}

}  // namespace

StaticAssets::StaticAssets() {
  assets_.push_back(make_asset("/", "text/html; charset=utf-8", assets::kIndexHtml));
  assets_.push_back(make_asset("/app.js", "text/javascript; charset=utf-8", assets::kAppJs));
  assets_.push_back(make_asset("/style.css", "text/css; charset=utf-8", assets::kStyleCss));
  // An intranet page on another origin loads the widget.
  assets_.push_back(make_asset("/widget.js", "text/javascript; charset=utf-8", assets::kWidgetJs, true));
  assets_.push_back(make_asset("/widget-demo.html", "text/html; charset=utf-8", assets::kWidgetDemoHtml));
  // Tools such as Swagger UI fetch the description from elsewhere.
  assets_.push_back(make_asset("/api/v1/openapi.json", "application/json; charset=utf-8", assets::kOpenApiJson, true));
}

const StaticAsset* StaticAssets::find(std::string_view path) const {
  for (const auto& asset : assets_) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

HttpResponse StaticAssets::serve(const StaticAsset& asset, const HttpRequest& request) const {
  HttpResponse response;
  response.content_type = asset.content_type;
  // no-cache (revalidate), not no-store: a redeploy shows at once, yet a 304 saves the transfer.
  response.headers.emplace_back("Cache-Control", "no-cache");
  if (!asset.gzipped.empty()) response.headers.emplace_back("Vary", "Accept-Encoding");
  if (asset.any_origin) {
    response.headers.emplace_back("Access-Control-Allow-Origin", "*");
    response.headers.emplace_back("Cross-Origin-Resource-Policy", "cross-origin");
  }
  if (asset.html) add_page_headers(&response);
  const bool compressed = !asset.gzipped.empty() && accepts_gzip(request.header("accept-encoding"));
  response.headers.emplace_back("ETag", compressed ? gzip_etag(asset.etag) : asset.etag);
  if (none_match_hits(request.header("if-none-match"), asset.etag)) {
    response.status = 304;
    return response;
  }
  if (compressed) {
    response.headers.emplace_back("Content-Encoding", "gzip");
    response.body = asset.gzipped;
  } else {
    response.body = std::string(asset.body);
  }
  return response;
}

HttpResponse StaticAssets::serve_person_page(const HttpRequest& request, Services& services) const {
  if (!is_person_id(request.path_parameter)) return not_found_page(request);
  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) {
    services.log->warn("person page: {}", searcher.status().to_string());
    return error_response(searcher.status());
  }
  auto person = searcher.value()->profile(request.path_parameter);
  if (!person.ok()) {
    if (person.status().code() == StatusCode::kNotFound) return not_found_page(request);
    services.log->error("person page: {}", person.status().to_string());
    return error_response(person.status());
  }
  // The shell is the search page (app.js shows the person from the URL); only the title is the
  // person's, so a bookmark or a browser tab says who it is before any script ran.
  std::string page(assets::kIndexHtml);
  const std::string title_open = "<title>";
  const auto start = page.find(title_open);
  const auto end = page.find("</title>");
  if (start != std::string::npos && end != std::string::npos) {
    page.replace(start + title_open.size(), end - start - title_open.size(),
                 html_escape(person.value().name) + " – WieWeet");
  }
  HttpResponse response;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::move(page);
  response.headers.emplace_back("Cache-Control", "no-store");  // follows the index, like the API
  add_page_headers(&response);
  return response;
}

HttpResponse StaticAssets::not_found_page(const HttpRequest&) const {
  HttpResponse response;
  response.status = 404;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::string(assets::kNotFoundHtml);
  response.headers.emplace_back("Cache-Control", "no-store");
  add_page_headers(&response);
  return response;
}

}  // namespace wieweet::server
