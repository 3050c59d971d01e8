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
  explicit Router(std::vector<Route> routes) : routes_(std::move(routes)) {}

  // Never throws: a handler that throws becomes a logged 500, never a crash or a trace to the client.
  RoutedResponse handle(const HttpRequest& request, Services& services) const;

 private:
  std::vector<Route> routes_;
};

// Every route of the v1 server. Defined in router.cpp so the table is in one obvious place.
Router make_router();

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_ROUTER_H_
