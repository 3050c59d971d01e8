// Lends each request its own Searcher (Xapian handles are not thread-safe). Searchers are opened
// lazily, so the server starts, and reports not-ready, before any index exists.
#ifndef WIEWEET_SERVER_SEARCHER_POOL_H_
#define WIEWEET_SERVER_SEARCHER_POOL_H_

#include <chrono>
#include <condition_variable>
#include <optional>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/searcher.h"
#include "wieweet/status.h"

namespace wieweet::server {

// Thread-safe.
class SearcherPool {
 public:
  // At most `size` searchers exist at once; with one per server thread, acquire() never waits.
  // `query`: loaded once (Searcher::load_query_resources) and shared by every searcher.
  SearcherPool(std::string index_dir, RankingConfig ranking, std::shared_ptr<const QueryResources> query,
               std::size_t size);

  // A borrowed Searcher, returned to the pool when the Lease is destroyed. Move-only.
  class Lease {
   public:
    Lease(SearcherPool* pool, std::unique_ptr<Searcher> searcher) : pool_(pool), searcher_(std::move(searcher)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Searcher& operator*() { return *searcher_; }
    Searcher* operator->() { return searcher_.get(); }

   private:
    SearcherPool* pool_;
    std::unique_ptr<Searcher> searcher_;
  };

  // Errors: Unavailable when no index is published yet; IndexError when it cannot be opened.
  Result<Lease> acquire();

  // Closes the idle searchers, so every later acquire() opens the live index afresh, and remembers
  // when (searchers also follow changes on their own; this is for an operator who wants it now).
  void reload();
  // When reload() was last called, if ever.
  std::optional<std::chrono::system_clock::time_point> last_reload();

 private:
  void give_back(std::unique_ptr<Searcher> searcher);

  const std::string index_dir_;
  const RankingConfig ranking_;
  const std::shared_ptr<const QueryResources> query_;
  const std::size_t size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Searcher>> idle_;  // guarded by mutex_
  std::size_t open_ = 0;                         // guarded by mutex_: idle plus lent
  std::optional<std::chrono::system_clock::time_point> last_reload_;  // guarded by mutex_
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_SEARCHER_POOL_H_
