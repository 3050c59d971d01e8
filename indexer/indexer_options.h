// Command-line options of wieweet-indexer, parsed by CLI11: one subcommand per job, each with its own
// options and --help.
#ifndef WIEWEET_INDEXER_INDEXER_OPTIONS_H_
#define WIEWEET_INDEXER_INDEXER_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "wieweet/status.h"

namespace wieweet::indexer {

// Exit codes, as documented in --help and docs/operations.md.
enum ExitCode : int {
  kExitOk = 0,             // the job did its work (rejected lines, if any, were reported)
  kExitInternal = 1,       // a bug: please report it
  kExitUsage = 2,          // bad command line or configuration
  kExitBadInput = 3,       // too many rejected lines, or nothing to index: index unchanged
  kExitIndexError = 4,     // the index or a file could not be written or read: index unchanged
  kExitLocked = 75,        // EX_TEMPFAIL: another job holds the index lock; try again later
};

enum class Mode { kRebuild, kUpdate, kMatch, kDelete, kRollback, kStats, kVerify, kHelp, kVersion };

// How --staff files are read: by extension (.csv is CSV, anything else JSON Lines), or as told.
enum class InputFormat { kAuto, kJsonl, kCsv };

struct IndexerOptions {
  Mode mode = Mode::kHelp;
  std::string help;  // kHelp: the text to print
  std::string db;
  std::vector<std::string> staff;      // each read in turn; "-" is standard input
  std::vector<std::string> workshops;
  std::vector<std::string> documents;  // JSON Lines, or manifests whose lines name files by "path"
  std::string config;
  InputFormat format = InputFormat::kAuto;
  std::string format_name = "auto";  // as given on the command line
  std::optional<std::size_t> max_errors;
  bool strict = false;  // any rejected line fails the run (exit 3, nothing published)
  bool quiet = false;   // errors only
  bool json = false;    // one JSON summary object on standard output
  // delete
  std::vector<std::string> persons;
  // match
  std::string requests;
  std::string out;
  std::size_t capacity = 2;
  std::size_t candidates = 50;
};

// Errors: InvalidArgument with a message fit for the user, naming the option.
Result<IndexerOptions> parse_indexer_options(const std::vector<std::string>& args);

extern const char* const kIndexerHelp;
extern const char* const kExitCodesHelp;

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_INDEXER_OPTIONS_H_
