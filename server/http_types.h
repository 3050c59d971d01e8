// The server's own request/response types: what handlers see, free of Beast, so that handlers and the
// router can be tested as plain functions. http_session.cpp converts to and from Beast messages.
#ifndef WIEWEET_SERVER_HTTP_TYPES_H_
#define WIEWEET_SERVER_HTTP_TYPES_H_

#include <string>
#include <utility>
#include <vector>

namespace wieweet::server {

// Decoded query parameters in their order of appearance; a name may repeat.
using QueryParams = std::vector<std::pair<std::string, std::string>>;

struct HttpRequest {
  std::string method;  // "GET", "HEAD", ...
  std::string target;  // as received: path and query string
  std::string path;    // decoded path, without the query string
  std::string query;   // raw query string, without '?'
  std::string path_parameter;  // the {id} of a route such as /api/v1/people/{id}, set by the router
  std::string authorization = {};  // the Authorization header, for the admin endpoints; never logged
};

struct HttpResponse {
  unsigned status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_HTTP_TYPES_H_
