#include "http_session.h"

#include <cctype>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include "http_status.h"
#include "query_string.h"

namespace wieweet::server {

namespace {

// Read at most this much while waiting for the next request; the rest is read with the request.
constexpr std::size_t kFirstReadBytes = 4096;
// On shutdown, an idle connection is closed after this long unless a request begins meanwhile. Long
// enough for a request sent just before the signal to be read while every thread is busy with
// searches (250 ms lost such requests under ASan); short next to server.shutdown_grace_ms.
constexpr std::chrono::milliseconds kIdleCloseDelay{1000};

}  // namespace

HttpSession::HttpSession(boost::asio::ip::tcp::socket&& socket, const Router& router, Services& services,
                         Connections& connections, std::shared_ptr<spdlog::logger> access_log)
    : stream_(std::move(socket)),
      linger_(stream_.get_executor()),
      router_(router),
      services_(services),
      connections_(connections),
      access_log_(std::move(access_log)) {}

HttpSession::~HttpSession() { connections_.remove(this); }

void HttpSession::run() {
  // The acceptor gave the socket its own strand; start there so no handler of this session runs
  // concurrently with another.
  boost::asio::dispatch(stream_.get_executor(), beast::bind_front_handler(&HttpSession::do_read, shared_from_this()));
}

void HttpSession::shut_down() {
  boost::asio::post(stream_.get_executor(), [self = shared_from_this()] {
    self->shutting_down_ = true;
    if (!self->waiting_for_request_) return;  // the exchange finishes, then the connection closes
    // Idle: nothing of a request has arrived, so nothing is lost by closing. But a request sent just
    // before the signal may still be in transit (or in the socket, unread), so wait a moment.
    self->linger_.expires_after(kIdleCloseDelay);
    self->linger_.async_wait([self](const beast::error_code& error) {
      if (error || !self->waiting_for_request_) return;
      // Bytes the kernel already holds are a request that began before the signal, whose read has
      // not run yet because every thread was busy (seen under ASan): serve it, then close.
      beast::error_code ignored;
      if (self->stream_.socket().available(ignored) > 0) return;
      self->stream_.cancel();
    });
  });
}

void HttpSession::do_read() {
  if (shutting_down_) return do_close();
  // A fresh parser per request: the limits apply to each request, not to the connection.
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(services_.config.max_header_bytes));
  parser_->body_limit(services_.config.max_body_bytes);
  if (buffer_.size() > 0) {
    // A pipelined request has already begun arriving.
    stream_.expires_after(std::chrono::milliseconds(services_.config.request_timeout_ms));
    return do_read_request();
  }
  // The first request must arrive whole within the request timeout of the connection's opening;
  // later ones may keep the connection idle for the idle timeout before they start.
  waiting_for_request_ = true;
  stream_.expires_after(std::chrono::milliseconds(requests_served_ == 0 ? services_.config.request_timeout_ms
                                                                          : services_.config.idle_timeout_ms));
  stream_.async_read_some(buffer_.prepare(kFirstReadBytes),
                          beast::bind_front_handler(&HttpSession::on_first_bytes, shared_from_this()));
}

void HttpSession::on_first_bytes(beast::error_code error, std::size_t bytes) {
  waiting_for_request_ = false;
  if (error) {
    if (error == beast::error::timeout) {
      services_.metrics.count(requests_served_ == 0 ? ConnectionEvent::kRequestTimeout : ConnectionEvent::kIdleTimeout);
    }
    return do_close();
  }
  buffer_.commit(bytes);
  // From its first byte, a request must arrive whole within the request timeout (slowloris).
  if (requests_served_ > 0) stream_.expires_after(std::chrono::milliseconds(services_.config.request_timeout_ms));
  do_read_request();
}

void HttpSession::do_read_request() {
  http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&HttpSession::on_read, shared_from_this()));
}

void HttpSession::on_read(beast::error_code error, std::size_t) {
  if (error == beast::error::timeout) services_.metrics.count(ConnectionEvent::kRequestTimeout);
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
  const auto question = request.target.find('?');
  auto path = decode_path(request.target.substr(0, question));
  if (question != std::string::npos) request.query = request.target.substr(question + 1);
  for (const auto& field : message) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    request.headers.emplace_back(std::move(name), std::string(field.value()));
  }

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
  const bool keep_alive = message.keep_alive() && requests_served_ < services_.config.max_requests_per_connection &&
                          !shutting_down_;
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
  if (!response.content_type.empty()) out.set(http::field::content_type, response.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  for (const auto& [name, value] : response.headers) out.set(name, value);
  out.keep_alive(keep_alive);
  const std::size_t length = response.body.size();
  if (method != "HEAD") out.body() = std::move(response.body);
  out.content_length(length);
  // A client that does not take its response is cut off like one that does not send its request.
  stream_.expires_after(std::chrono::milliseconds(services_.config.request_timeout_ms));
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
