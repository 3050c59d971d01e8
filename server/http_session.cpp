#include "http_session.h"

#include <boost/asio/dispatch.hpp>

#include "http_status.h"
#include "query_string.h"

namespace wieweet::server {

HttpSession::HttpSession(boost::asio::ip::tcp::socket&& socket, const Router& router, Services& services,
                         std::shared_ptr<spdlog::logger> access_log)
    : stream_(std::move(socket)), router_(router), services_(services), access_log_(std::move(access_log)) {}

void HttpSession::run() {
  // The acceptor gave the socket its own strand; start there so no handler of this session runs
  // concurrently with another.
  boost::asio::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::do_read() {
  // A fresh parser per request: the limits apply to each request, not to the connection.
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(services_.config.max_header_bytes));
  parser_->body_limit(services_.config.max_body_bytes);
  stream_.expires_after(std::chrono::milliseconds(services_.config.request_timeout_ms));
  http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code error, std::size_t) {
  if (error == http::error::end_of_stream || error == beast::error::timeout ||
      error == boost::asio::error::connection_reset || error == boost::asio::error::operation_aborted) {
    return do_close();
  }
  if (error) {
    // The request itself is malformed or too large: answer once, then close (the stream is unusable).
    unsigned status = 400;
    std::string code = "bad_request";
    if (error == http::error::header_limit) {
      status = 431;
      code = "headers_too_large";
    } else if (error == http::error::body_limit) {
      status = 413;
      code = "body_too_large";
    }
    RoutedResponse routed{error_response(status, code, "malformed HTTP request: " + error.message()), "malformed"};
    log_exchange("-", "-", routed, std::chrono::microseconds(0));
    return send(std::move(routed.response), "", false);
  }

  const auto started = std::chrono::steady_clock::now();
  const auto& message = parser_->get();
  HttpRequest request;
  request.method = std::string(message.method_string());
  request.target = std::string(message.target());
  request.authorization = std::string(message[http::field::authorization]);
  const auto question = request.target.find('?');
  auto path = decode_path(request.target.substr(0, question));
  if (question != std::string::npos) request.query = request.target.substr(question + 1);

  RoutedResponse routed;
  if (!path.ok()) {
    routed = {error_response(400, "bad_request", path.status().message()), "unmatched"};
  } else {
    request.path = std::move(path.value());
    routed = router_.handle(request, services_);
  }

  const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
  // The path is logged as received (still %-encoded, so a decoded newline cannot forge a log line).
  // The query string is left out: it holds what colleagues search for, which is theirs, not the log's.
  log_exchange(request.method, request.target.substr(0, question), routed, elapsed);

  ++requests_served_;
  const bool keep_alive = message.keep_alive() && requests_served_ < services_.config.max_requests_per_connection;
  send(std::move(routed.response), request.method, keep_alive);
}

void HttpSession::log_exchange(const std::string& method, const std::string& raw_path, const RoutedResponse& routed,
                               std::chrono::microseconds elapsed) {
  services_.metrics.observe(routed.route, routed.response.status, elapsed);
  access_log_->info("{} {} {} {:.2f}ms", method, raw_path.empty() ? "-" : raw_path, routed.response.status,
                    static_cast<double>(elapsed.count()) / 1000.0);
}

void HttpSession::send(HttpResponse response, const std::string& method, bool keep_alive) {
  auto& out = response_.emplace();
  out.version(11);
  out.result(response.status);
  out.set(http::field::server, "WieWeet");
  out.set(http::field::content_type, response.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : response.headers) out.set(name, value);
  out.keep_alive(keep_alive);
  const std::size_t length = response.body.size();
  if (method != "HEAD") out.body() = std::move(response.body);
  out.content_length(length);
  http::async_write(stream_, out, beast::bind_front_handler(&HttpSession::on_write, shared_from_this(), keep_alive));
}

void HttpSession::on_write(bool keep_alive, beast::error_code error, std::size_t) {
  response_.reset();
  if (error || !keep_alive) return do_close();
  do_read();
}

void HttpSession::do_close() {
  beast::error_code ignored;
  stream_.socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
}

}  // namespace wieweet::server
