#include "connections.h"

#include <vector>

#include "http_session.h"

namespace wieweet::server {

void Connections::on_session_ended(std::function<void()> callback) {
  std::lock_guard lock(mutex_);
  on_ended_ = std::move(callback);
}

bool Connections::add(const std::shared_ptr<HttpSession>& session) {
  {
    std::lock_guard lock(mutex_);
    // Checked under the lock that shut_down_all() takes to set it, so a session is either refused
    // here or reached by the shutdown, never neither.
    if (shutting_down_.load()) return false;
    sessions_.emplace(session.get(), session);
    ++open_;
  }
  metrics_.connection_opened();
  return true;
}

void Connections::remove(const HttpSession* session) {
  std::function<void()> callback;
  {
    std::lock_guard lock(mutex_);
    if (sessions_.erase(session) == 0) return;  // refused by add(): never counted
    --open_;
    callback = on_ended_;
  }
  metrics_.connection_closed();
  if (callback) callback();
}

void Connections::shut_down_all() {
  std::vector<std::shared_ptr<HttpSession>> live;
  {
    std::lock_guard lock(mutex_);
    shutting_down_ = true;
    for (const auto& [key, weak] : sessions_) {
      if (auto session = weak.lock()) live.push_back(std::move(session));
    }
  }
  // Outside the lock: a session may end (and call remove()) while being told to stop.
  for (const auto& session : live) session->shut_down();
}

}  // namespace wieweet::server
