// Accepts connections and starts an HttpSession for each, on a strand of its own.
#ifndef WIEWEET_SERVER_LISTENER_H_
#define WIEWEET_SERVER_LISTENER_H_

#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>

#include "router.h"
#include "services.h"

namespace wieweet::server {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // Binds and listens at once. Errors: IoError naming the address (e.g. the port is taken).
  static Result<std::shared_ptr<Listener>> open(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at,
                                                const Router& router, Services& services,
                                                std::shared_ptr<spdlog::logger> access_log);

  // The port actually bound (differs from the requested one for port 0).
  unsigned short port() const;

  void start();  // begin accepting
  void stop();   // stop accepting; open sessions finish their current exchange

 private:
  Listener(boost::asio::io_context& io, const Router& router, Services& services,
           std::shared_ptr<spdlog::logger> access_log);
  void do_accept();
  void on_accept(boost::beast::error_code error, boost::asio::ip::tcp::socket socket);

  boost::asio::io_context& io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  const Router& router_;
  Services& services_;
  std::shared_ptr<spdlog::logger> access_log_;
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_LISTENER_H_
