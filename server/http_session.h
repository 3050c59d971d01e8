// One HTTP/1.1 connection: read a request (with header/body limits and a deadline), route it, write
// the response, repeat while keep-alive allows. Requests on one connection are answered in order;
// pipelined requests wait in Beast's buffer until their turn.
#ifndef WIEWEET_SERVER_HTTP_SESSION_H_
#define WIEWEET_SERVER_HTTP_SESSION_H_

#include <chrono>
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "router.h"
#include "services.h"

namespace wieweet::server {

namespace beast = boost::beast;      // from <boost/beast/core.hpp>
namespace http = boost::beast::http;  // from <boost/beast/http.hpp>

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  // `router`, `services` and `access_log` must outlive the session (main() owns them).
  HttpSession(boost::asio::ip::tcp::socket&& socket, const Router& router, Services& services,
              std::shared_ptr<spdlog::logger> access_log);

  // Starts reading on the session's strand.
  void run();

 private:
  void do_read();
  void on_read(beast::error_code error, std::size_t bytes);
  // One access-log line and one metrics observation per answered request, malformed ones included.
  void log_exchange(const std::string& method, const std::string& raw_path, const RoutedResponse& routed,
                    std::chrono::microseconds elapsed);
  void send(HttpResponse response, const std::string& method, bool keep_alive);
  void on_write(bool keep_alive, beast::error_code error, std::size_t bytes);
  void do_close();

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::string_body>> response_;  // alive until its write completes
  const Router& router_;
  Services& services_;
  std::shared_ptr<spdlog::logger> access_log_;
  std::size_t requests_served_ = 0;
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_HTTP_SESSION_H_
