// Answering queries against the index. One Searcher per thread: it owns its own Xapian database
// handle and notices when the indexer has published a new generation or new changes.
#ifndef WIEWEET_SEARCHER_H_
#define WIEWEET_SEARCHER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "wieweet/browse.h"
#include "wieweet/config.h"
#include "wieweet/meeloop.h"
#include "wieweet/records.h"
#include "wieweet/search.h"
#include "wieweet/status.h"

namespace wieweet {

struct IndexInfo {
  std::string generation;
  std::size_t documents = 0;
  std::size_t people = 0;
};

// What queries need besides the index (the query settings and the synonyms list), read once per
// process and shared, immutable, by every searcher. Opaque; see Searcher::load_query_resources.
struct QueryResources;

// NOT thread-safe: lend each instance to one thread at a time (server/searcher_pool.h does).
class Searcher {
 public:
  // Opens the live generation in `index_dir`. The text analysis is read back from the index's own
  // metadata, so queries are analysed exactly as the indexer analysed the evidence. Errors:
  // Unavailable when nothing is published yet; IndexError otherwise.
  static Result<std::unique_ptr<Searcher>> open(const std::string& index_dir, const RankingConfig& ranking,
                                                std::shared_ptr<const QueryResources> query);
  // The same, reading `query`'s resources itself (tools and tests; a server loads them once).
  // Errors also: as load_query_resources.
  static Result<std::unique_ptr<Searcher>> open(const std::string& index_dir, const RankingConfig& ranking,
                                                const QueryConfig& query = {});

  // Reads what queries need besides the index (the synonyms file), once: a server does this at
  // start-up, refuses to start on a broken file, and every searcher then uses the same list even if
  // the file changes on disk. Errors: IoError; InvalidArgument with file:line.
  static Result<std::shared_ptr<const QueryResources>> load_query_resources(const QueryConfig& query);

  virtual ~Searcher() = default;

  // Every operation first switches to a newer generation, or reopens for new commits, when there
  // are any; and every one returns only people who may be shown (privacy.h). Errors common to all:
  // IndexError when the index cannot be read.

  // Ranks people for the query, filtered, with facets. Errors: InvalidArgument for a query with no
  // searchable word.
  virtual Result<SearchResult> search(const ExpertQuery& query) = 0;

  // A person's page. Errors: NotFound for an unknown or hidden person.
  virtual Result<PersonPage> person(const std::string& person_id) = 0;

  // A visible person's stored profile (contact fields only for public people). Errors: NotFound.
  virtual Result<Person> profile(const std::string& person_id) = 0;

  // Completions of what was typed so far: topics (most used first) and names, at most `limit`.
  virtual Result<std::vector<Suggestion>> suggest(const std::string& typed, std::size_t limit) = 0;

  // Topics related to a query, from the evidence it retrieves; never the query's own words.
  // Errors: InvalidArgument for a query with no searchable word.
  virtual Result<std::vector<RelatedTopic>> related(const std::string& text, std::size_t limit) = 0;

  // Workshops or documents themselves, with their presenters or authors. Errors: InvalidArgument.
  virtual Result<EvidenceSearchResult> search_evidence(const EvidenceQuery& query) = 0;

  // Possible hosts for a shadowing request (meeloop.h). Errors: InvalidArgument when the request
  // names nothing to look for ("ik wil meelopen").
  virtual Result<SearchResult> match(const MatchQuery& query) = 0;

  // What is open now (after picking up any change on disk).
  virtual Result<IndexInfo> info() = 0;
};

}  // namespace wieweet

#endif  // WIEWEET_SEARCHER_H_
