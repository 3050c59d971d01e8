// The one route table: (method, path) -> handler. Unknown paths get 404, known paths with another
// method 405 with an Allow header; HEAD is served wherever GET is (the session drops the body).
#ifndef WIEWEET_SERVER_ROUTER_H_
#define WIEWEET_SERVER_ROUTER_H_

#include <functional>
#include <string>
#include <vector>

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

using Handler = std::function<HttpResponse(const HttpRequest&, Services&)>;

struct Route {
  std::string method;
  std::string path;
  Handler handler;
};

struct RoutedResponse {
  HttpResponse response;
  std::string route;  // the matched pattern, or "unmatched": the metrics label
};

// Immutable after construction; thread-safe.
class Router {
 public:
  // `not_found`, when given, answers paths outside /api/ that match no route (an HTML page for
  // browsers); API paths always get the JSON 404.
  explicit Router(std::vector<Route> routes, Handler not_found = {})
      : routes_(std::move(routes)), not_found_(std::move(not_found)) {}

  // Never throws: a handler that throws becomes a logged 500, never a crash or a trace to the client.
  // API answers get CORS headers for the origins in server.cors_allowed_origins, and a preflight
  // OPTIONS on an API path gets 204 (cors.h).
  RoutedResponse handle(const HttpRequest& request, Services& services) const;

 private:
  RoutedResponse route(const HttpRequest& request, Services& services) const;

  std::vector<Route> routes_;
  Handler not_found_;
};

// Every route of the v1 server. Defined in router.cpp so the table is in one obvious place.
Router make_router();

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_ROUTER_H_
