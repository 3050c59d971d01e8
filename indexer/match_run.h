// `wieweet-indexer match`: the career week's meeloop matching, from requests.csv to matches.csv
// (wieweet/meeloop_batch.h does the work; this is the command around it).
#ifndef WIEWEET_INDEXER_MATCH_RUN_H_
#define WIEWEET_INDEXER_MATCH_RUN_H_

#include <ostream>

#include "indexer_options.h"
#include "wieweet/config.h"

namespace wieweet::indexer {

// Returns the process exit code. The summary goes to `out` (or stderr when the matches go to
// standard output), problems to `err`.
int run_match(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err);

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_MATCH_RUN_H_
