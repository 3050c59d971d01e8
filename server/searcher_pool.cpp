#include "searcher_pool.h"

namespace wieweet::server {

SearcherPool::SearcherPool(std::string index_dir, RankingConfig ranking, std::shared_ptr<const QueryResources> query,
                           std::size_t size)
    : index_dir_(std::move(index_dir)),
      ranking_(std::move(ranking)),
      query_(std::move(query)),
      size_(size == 0 ? 1 : size) {}

SearcherPool::Lease::~Lease() {
  if (searcher_) pool_->give_back(std::move(searcher_));
}

Result<SearcherPool::Lease> SearcherPool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [this] { return !idle_.empty() || open_ < size_; });
  if (!idle_.empty()) {
    auto searcher = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(searcher));
  }
  ++open_;
  lock.unlock();
  // Opening reads the index metadata and the people list: done outside the lock.
  auto searcher = Searcher::open(index_dir_, ranking_, query_);
  if (!searcher.ok()) {
    lock.lock();
    --open_;
    available_.notify_one();
    return searcher.status();
  }
  return Lease(this, std::move(searcher.value()));
}

void SearcherPool::reload() {
  std::vector<std::unique_ptr<Searcher>> closing;
  {
    std::lock_guard lock(mutex_);
    open_ -= idle_.size();
    closing.swap(idle_);
    last_reload_ = std::chrono::system_clock::now();
    available_.notify_all();
  }
  // `closing` is destroyed here, outside the lock: closing a database can take a moment.
}

std::optional<std::chrono::system_clock::time_point> SearcherPool::last_reload() {
  std::lock_guard lock(mutex_);
  return last_reload_;
}

void SearcherPool::give_back(std::unique_ptr<Searcher> searcher) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(searcher));
  available_.notify_one();
}

}  // namespace wieweet::server
