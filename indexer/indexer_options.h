// Command-line options of wieweet-indexer.
#ifndef WIEWEET_INDEXER_INDEXER_OPTIONS_H_
#define WIEWEET_INDEXER_INDEXER_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "wieweet/status.h"

namespace wieweet::indexer {

// Exit codes, as documented in --help and docs/operations.md.
enum ExitCode : int {
  kExitOk = 0,             // index written (rejected lines, if any, were reported)
  kExitInternal = 1,       // a bug: please report it
  kExitUsage = 2,          // bad command line or configuration
  kExitBadInput = 3,       // too many rejected lines, or nothing to index: index unchanged
  kExitIndexError = 4,     // the index or a file could not be written or read: index unchanged
};

enum class Mode { kRebuild, kUpdate, kMatch, kHelp, kVersion };

struct IndexerOptions {
  Mode mode = Mode::kHelp;
  std::string db;
  std::string staff;
  std::string workshops;
  std::string documents;
  std::string config;
  std::optional<std::size_t> max_errors;
  bool quiet = false;  // only the summary and errors, no warnings
  // match
  std::string requests;
  std::string out;
  std::size_t capacity = 2;
  std::size_t candidates = 50;
};

// Errors: InvalidArgument with a message fit for the user.
Result<IndexerOptions> parse_indexer_options(const std::vector<std::string>& args);

extern const char* const kIndexerHelp;

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_INDEXER_OPTIONS_H_
