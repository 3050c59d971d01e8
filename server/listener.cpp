#include "listener.h"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include "http_session.h"

namespace wieweet::server {

namespace {

// While connections stay at the limit, the pause is logged at most this often (the metric counts each).
constexpr std::chrono::seconds kLimitLogInterval{60};

}  // namespace

Listener::Listener(boost::asio::io_context& io, const Router& router, Services& services, Connections& connections,
                   std::shared_ptr<spdlog::logger> access_log)
    : io_(io),
      acceptor_(boost::asio::make_strand(io)),
      backoff_timer_(acceptor_.get_executor()),
      router_(router),
      services_(services),
      connections_(connections),
      access_log_(std::move(access_log)) {}

Result<std::shared_ptr<Listener>> Listener::open(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at,
                                                 const Router& router, Services& services, Connections& connections,
                                                 std::shared_ptr<spdlog::logger> access_log) {
  std::shared_ptr<Listener> listener(new Listener(io, router, services, connections, std::move(access_log)));
  boost::beast::error_code error;
  auto fail = [&](const char* what) {
    return Status::io_error(std::string("cannot ") + what + " " + at.address().to_string() + ":" +
                            std::to_string(at.port()) + ": " + error.message());
  };
  listener->acceptor_.open(at.protocol(), error);
  if (error) return fail("open");
  listener->acceptor_.set_option(boost::asio::socket_base::reuse_address(true), error);
  if (error) return fail("configure");
  listener->acceptor_.bind(at, error);
  if (error) return fail("bind to");
  listener->acceptor_.listen(boost::asio::socket_base::max_listen_connections, error);
  if (error) return fail("listen on");
  return listener;
}

unsigned short Listener::port() const { return acceptor_.local_endpoint().port(); }

void Listener::start() {
  boost::asio::post(acceptor_.get_executor(), [self = shared_from_this()] { self->do_accept(); });
}

void Listener::stop() {
  boost::asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
    self->stopped_ = true;
    self->backoff_timer_.cancel();
    boost::beast::error_code ignored;
    self->acceptor_.close(ignored);
  });
}

void Listener::session_ended() {
  boost::asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
    if (!self->paused_ || self->stopped_) return;
    self->paused_ = false;
    self->do_accept();
  });
}

void Listener::do_accept() {
  if (stopped_) return;
  if (connections_.open() >= services_.config.max_connections) {
    // Leave the rest in the kernel's listen backlog; session_ended() resumes. A session that ended
    // between the check and here posted its resume after this, so it is not missed.
    paused_ = true;
    services_.metrics.count(ConnectionEvent::kLimitReached);
    const auto now = std::chrono::steady_clock::now();
    if (last_limit_log_ == std::chrono::steady_clock::time_point() || now - last_limit_log_ >= kLimitLogInterval) {
      last_limit_log_ = now;
      services_.log->warn("{} connections open (server.max_connections); not accepting more until one closes",
                          connections_.open());
    }
    return;
  }
  // Each connection gets its own strand, so its handlers never run concurrently.
  acceptor_.async_accept(boost::asio::make_strand(io_),
                         boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::beast::error_code error, boost::asio::ip::tcp::socket socket) {
  if (error == boost::asio::error::operation_aborted || stopped_ || !acceptor_.is_open()) return;  // stopped
  if (error) return on_accept_failed(error);
  if (failed_accepts_ > 0) {
    services_.log->info("accepting connections again after {} failed attempts", failed_accepts_);
    failed_accepts_ = 0;
    backoff_ = kFirstBackoff;
  }
  auto session = std::make_shared<HttpSession>(std::move(socket), router_, services_, connections_, access_log_);
  if (connections_.add(session)) session->run();  // else shutting down: dropping it closes the socket
  do_accept();
}

void Listener::on_accept_failed(const boost::beast::error_code& error) {
  // Retrying at once is a busy loop while the cause lasts (out of file descriptors: every retry fails
  // until a connection closes), so wait, longer each time, and log the episode once.
  services_.metrics.count(ConnectionEvent::kAcceptFailed);
  if (failed_accepts_++ == 0) {
    services_.log->warn("accept failed: {} ({} connections open); retrying every {} to {} ms, not logged again "
                        "until accepting works",
                        error.message(), connections_.open(), kFirstBackoff.count(), kMaxBackoff.count());
  }
  backoff_timer_.expires_after(backoff_);
  backoff_ = std::min(backoff_ * 2, kMaxBackoff);
  backoff_timer_.async_wait([self = shared_from_this()](const boost::beast::error_code& waited) {
    if (!waited) self->do_accept();
  });
}

}  // namespace wieweet::server
