// The staff search page (web/), the embeddable widget (/widget.js), its demo page and the API
// description (docs/openapi.json), compiled into the binary so the server never depends on its
// working directory. Each asset carries an ETag (a conditional GET gets 304) and, for text, a gzip
// copy made once at start-up for clients that accept it.
#ifndef WIEWEET_SERVER_STATIC_FILES_H_
#define WIEWEET_SERVER_STATIC_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

// One embedded file, ready to serve.
struct StaticAsset {
  std::string path;          // "/app.js"
  std::string content_type;  // "text/javascript; charset=utf-8"
  std::string_view body;     // the embedded bytes (static storage)
  std::string gzipped;       // empty when not worth compressing
  std::string etag;          // quoted strong validator of `body`, e.g. "\"5f1c...\""
  bool any_origin = false;   // served to scripts of any origin (widget.js, openapi.json)
  bool html = false;         // a page: gets the Content-Security-Policy
};

// Every embedded asset; built once (main() or a test) and shared read-only by all threads.
class StaticAssets {
 public:
  StaticAssets();

  // The asset at `path`, or nullptr.
  const StaticAsset* find(std::string_view path) const;

  // 200 with the asset (gzip when the request accepts it), or 304 when If-None-Match names its ETag.
  HttpResponse serve(const StaticAsset& asset, const HttpRequest& request) const;

  // A person's page: the search page's shell with the person's name in its title, 200; or the HTML
  // 404 page for an unknown or hidden person (never JSON in a browser).
  HttpResponse serve_person_page(const HttpRequest& request, Services& services) const;

  // The Dutch HTML "page not found" with status 404, for every non-API path without a route.
  HttpResponse not_found_page(const HttpRequest& request) const;

 private:
  std::vector<StaticAsset> assets_;
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_STATIC_FILES_H_
