// One indexer run: read the files, write the index, report. The CLI's logic, without main()'s
// argument and exception handling, so tests can drive it.
#ifndef WIEWEET_INDEXER_INDEXER_RUN_H_
#define WIEWEET_INDEXER_INDEXER_RUN_H_

#include <ostream>

#include "indexer_options.h"
#include "wieweet/config.h"

namespace wieweet::indexer {

// Returns the process exit code. The summary goes to `out`, errors and warnings to `err`.
int run_indexer(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err);

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_INDEXER_RUN_H_
