// The SQLite FTS5 peer of benchmarks/search_peers.cpp (docs/performance.md): the same evidence items
// as WieWeet indexes, in an in-memory FTS5 table, ranked by bm25 and aggregated per person by the
// same Model-2 arithmetic (wieweet::Ranker). Links live in a vector by rowid, as WieWeet keeps them
// in a value slot: the peer pays for matching and aggregating, not for a join.
#ifndef WIEWEET_BENCHMARKS_FTS5_PEER_H_
#define WIEWEET_BENCHMARKS_FTS5_PEER_H_

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/ranking.h"
#include "wieweet/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace wieweet {

// Not thread-safe.
class Fts5Peer {
 public:
  explicit Fts5Peer(const RankingConfig& ranking) : ranker_(ranking.weights, ranking.evidence_counted) {}
  Fts5Peer(const Fts5Peer&) = delete;
  Fts5Peer& operator=(const Fts5Peer&) = delete;
  ~Fts5Peer();

  // Reads staff.jsonl, workshops.jsonl and documents.jsonl of `sample_dir` with the core's reader
  // (wieweet/ingest.h) and fills the table; hidden people get no profile item and are never returned.
  // Errors: IoError (an unreadable file, SQLite), InvalidArgument (file:line) for a rejected line.
  Status build(const std::string& sample_dir);

  std::size_t items() const { return links_.size(); }

  // The `count` best visible people for `text`: its words OR-ed, FTS5 bm25 to `depth` items, then
  // Model 2. Empty for a text without words.
  std::vector<std::string> top_people(const std::string& text, std::size_t depth, std::size_t count);

 private:
  Status exec(const char* sql);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
  std::vector<std::vector<EvidenceLink>> links_;
  std::unordered_set<std::string> visible_;
  Ranker ranker_;
};

}  // namespace wieweet

#endif  // WIEWEET_BENCHMARKS_FTS5_PEER_H_
