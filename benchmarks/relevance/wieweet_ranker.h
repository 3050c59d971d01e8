// WieWeet as a system under test: the real Searcher over an index built by wieweet-indexer, exactly
// as the server answers (analysis read back from the index, Model-2 aggregation, privacy rules).
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_WIEWEET_RANKER_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_WIEWEET_RANKER_H_

#include <memory>
#include <string>

#include "people_ranker.h"
#include "wieweet/config.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

// Opens the index in `index_dir` with the given ranking and query settings. Errors as Searcher::open.
Result<std::unique_ptr<PeopleRanker>> open_wieweet_ranker(const std::string& index_dir, const Config& config);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_WIEWEET_RANKER_H_
