#include "listener.h"

#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include "http_session.h"

namespace wieweet::server {

Listener::Listener(boost::asio::io_context& io, const Router& router, Services& services,
                   std::shared_ptr<spdlog::logger> access_log)
    : io_(io), acceptor_(boost::asio::make_strand(io)), router_(router), services_(services),
      access_log_(std::move(access_log)) {}

Result<std::shared_ptr<Listener>> Listener::open(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at,
                                                 const Router& router, Services& services,
                                                 std::shared_ptr<spdlog::logger> access_log) {
  std::shared_ptr<Listener> listener(new Listener(io, router, services, std::move(access_log)));
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

void Listener::start() { do_accept(); }

void Listener::stop() {
  boost::asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
    boost::beast::error_code ignored;
    self->acceptor_.close(ignored);
  });
}

void Listener::do_accept() {
  // Each connection gets its own strand, so its handlers never run concurrently.
  acceptor_.async_accept(boost::asio::make_strand(io_),
                         boost::beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(boost::beast::error_code error, boost::asio::ip::tcp::socket socket) {
  if (error == boost::asio::error::operation_aborted || !acceptor_.is_open()) return;  // stopped
  if (error) {
    services_.log->warn("accept failed: {}", error.message());
  } else {
    std::make_shared<HttpSession>(std::move(socket), router_, services_, access_log_)->run();
  }
  do_accept();
}

}  // namespace wieweet::server
