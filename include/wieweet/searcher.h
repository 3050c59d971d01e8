// Answering queries against the index. One Searcher per thread: it owns its own Xapian database
// handle and notices when the indexer has published a new generation or new changes.
#ifndef WIEWEET_SEARCHER_H_
#define WIEWEET_SEARCHER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "wieweet/config.h"
#include "wieweet/search.h"
#include "wieweet/status.h"

namespace wieweet {

struct IndexInfo {
  std::string generation;
  std::size_t documents = 0;
  std::size_t people = 0;
};

// NOT thread-safe: lend each instance to one thread at a time (server/searcher_pool.h does).
class Searcher {
 public:
  // Opens the live generation in `index_dir`. The text analysis is read back from the index's own
  // metadata, so queries are analysed exactly as the indexer analysed the evidence. Errors:
  // Unavailable when nothing is published yet; IndexError otherwise.
  static Result<std::unique_ptr<Searcher>> open(const std::string& index_dir, const RankingConfig& ranking);

  virtual ~Searcher() = default;

  // Ranks people for the query. Errors: InvalidArgument for an empty query; IndexError.
  // Before searching, switches to a newer generation or reopens for new commits when there are any.
  virtual Result<SearchResult> search(const ExpertQuery& query) = 0;

  // What is open now (after picking up any change on disk).
  virtual Result<IndexInfo> info() = 0;
};

}  // namespace wieweet

#endif  // WIEWEET_SEARCHER_H_
