// The server's open connections: counted against server.max_connections, and reachable all at once
// for a graceful shutdown. Shared by the listener (which registers each new session) and main()
// (which starts the shutdown); each session removes itself when it is destroyed.
#ifndef WIEWEET_SERVER_CONNECTIONS_H_
#define WIEWEET_SERVER_CONNECTIONS_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "metrics.h"

namespace wieweet::server {

class HttpSession;

// Thread-safe. Owned by main(); must outlive every session (declare it before the io_context).
class Connections {
 public:
  explicit Connections(Metrics& metrics) : metrics_(metrics) {}
  Connections(const Connections&) = delete;
  Connections& operator=(const Connections&) = delete;

  // Called after every session ended, from the thread that destroyed it (any io thread): the
  // listener resumes accepting, main() finishes a shutdown. Set before the first session; null
  // clears it.
  void on_session_ended(std::function<void()> callback);

  // Registers a new session. Returns false when shutting down: the caller drops the session.
  bool add(const std::shared_ptr<HttpSession>& session);
  // Called by the session's destructor.
  void remove(const HttpSession* session);

  std::size_t open() const { return open_.load(); }
  bool shutting_down() const { return shutting_down_.load(); }

  // Stops every session gracefully: idle ones close at once, busy ones after their current
  // response (HttpSession::shut_down). Sessions added later are refused.
  void shut_down_all();

 private:
  Metrics& metrics_;
  std::atomic<std::size_t> open_{0};
  std::atomic<bool> shutting_down_{false};
  mutable std::mutex mutex_;
  std::unordered_map<const HttpSession*, std::weak_ptr<HttpSession>> sessions_;  // guarded by mutex_
  std::function<void()> on_ended_;                                                // guarded by mutex_
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_CONNECTIONS_H_
