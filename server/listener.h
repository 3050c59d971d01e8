// Accepts connections and starts an HttpSession for each, on a strand of its own. Keeps at most
// server.max_connections open (pausing until one closes) and backs off when accept() fails, e.g.
// when the process is out of file descriptors.
#ifndef WIEWEET_SERVER_LISTENER_H_
#define WIEWEET_SERVER_LISTENER_H_

#include <chrono>
#include <cstdint>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>

#include "connections.h"
#include "router.h"
#include "services.h"

namespace wieweet::server {

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  // Binds and listens at once. Errors: IoError naming the address (e.g. the port is taken).
  // `router`, `services` and `connections` must outlive the listener and its sessions.
  static Result<std::shared_ptr<Listener>> open(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& at,
                                                const Router& router, Services& services, Connections& connections,
                                                std::shared_ptr<spdlog::logger> access_log);

  // The port actually bound (differs from the requested one for port 0).
  unsigned short port() const;

  void start();  // begin accepting
  void stop();   // stop accepting, from any thread; open sessions are Connections' business
  // A session ended, from any thread: accept again if the connection limit had paused accepting.
  void session_ended();

  // After a failed accept the next try waits this long, doubling up to kMaxBackoff; reset by a
  // successful accept.
  static constexpr std::chrono::milliseconds kFirstBackoff{50};
  static constexpr std::chrono::milliseconds kMaxBackoff{1000};

 private:
  Listener(boost::asio::io_context& io, const Router& router, Services& services, Connections& connections,
           std::shared_ptr<spdlog::logger> access_log);
  void do_accept();
  void on_accept(boost::beast::error_code error, boost::asio::ip::tcp::socket socket);
  void on_accept_failed(const boost::beast::error_code& error);

  boost::asio::io_context& io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer backoff_timer_;  // on the acceptor's strand
  const Router& router_;
  Services& services_;
  Connections& connections_;
  std::shared_ptr<spdlog::logger> access_log_;
  // Accept state; touched only on the acceptor's strand.
  std::chrono::milliseconds backoff_ = kFirstBackoff;
  std::uint64_t failed_accepts_ = 0;  // in the current episode of failures
  bool paused_ = false;               // at the connection limit, waiting for a session to end
  std::chrono::steady_clock::time_point last_limit_log_;
  bool stopped_ = false;
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_LISTENER_H_
