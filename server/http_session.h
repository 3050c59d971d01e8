// One HTTP/1.1 connection: wait for a request (server.idle_timeout_ms), read it whole (header/body
// limits, server.request_timeout_ms from its first byte), route it, write the response, repeat
// while keep-alive allows. Requests on one connection are answered in order; pipelined requests
// wait in Beast's buffer until their turn.
#ifndef WIEWEET_SERVER_HTTP_SESSION_H_
#define WIEWEET_SERVER_HTTP_SESSION_H_

#include <chrono>
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "connections.h"
#include "router.h"
#include "services.h"

namespace wieweet::server {

namespace beast = boost::beast;      // from <boost/beast/core.hpp>
namespace http = boost::beast::http;  // from <boost/beast/http.hpp>

class HttpSession : public std::enable_shared_from_this<HttpSession> {
 public:
  // `router`, `services`, `connections` and `access_log` must outlive the session (main() owns them).
  HttpSession(boost::asio::ip::tcp::socket&& socket, const Router& router, Services& services,
              Connections& connections, std::shared_ptr<spdlog::logger> access_log);
  // Removes the session from `connections`, which may let the listener accept again.
  ~HttpSession();

  // Starts reading on the session's strand.
  void run();

  // Graceful stop, from any thread: a session waiting for its next request closes within a quarter
  // of a second (unless a request arrives meanwhile); one reading, handling or answering a request
  // finishes that exchange, then closes.
  void shut_down();

 private:
  void do_read();
  // Waiting for the first byte of the next request: the idle part of a keep-alive connection.
  void on_first_bytes(beast::error_code error, std::size_t bytes);
  void do_read_request();
  void on_read(beast::error_code error, std::size_t bytes);
  // One access-log line and one metrics observation per answered request, malformed ones included.
  void log_exchange(const std::string& method, const std::string& raw_path, const RoutedResponse& routed,
                    std::chrono::microseconds elapsed);
  void send(HttpResponse response, const std::string& method, bool keep_alive);
  void on_write(bool keep_alive, beast::error_code error, std::size_t bytes);
  void do_close();

  beast::tcp_stream stream_;
  boost::asio::steady_timer linger_;  // shutdown's short wait before closing an idle connection
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::string_body>> response_;  // alive until its write completes
  const Router& router_;
  Services& services_;
  Connections& connections_;
  std::shared_ptr<spdlog::logger> access_log_;
  std::size_t requests_served_ = 0;
  bool waiting_for_request_ = false;  // in the idle wait for a next request; on the strand only
  bool shutting_down_ = false;        // on the strand only
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_HTTP_SESSION_H_
