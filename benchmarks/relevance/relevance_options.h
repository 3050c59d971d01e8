// The command line of wieweet-relevance: which judged queries, which systems, what to print.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_OPTIONS_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "wieweet/status.h"

namespace wieweet::relevance {

enum class SystemKind {
  kWieWeetIndex,  // an index directory built by wieweet-indexer, searched by wieweet::Searcher
  kPlainBm25,     // baseline (a), built here from a sample directory's JSON Lines files
  kModel2,        // Model 2 with rank weighting over BM25 items, built here (baseline_rankers.h)
  kPopularity,    // people by their number of items; the query is ignored (baseline_rankers.h)
};

// Whether a system is an outside baseline (built here, not WieWeet): ratios are taken to the best.
inline bool is_outside_baseline(SystemKind kind) { return kind != SystemKind::kWieWeetIndex; }

struct SystemSpec {
  SystemKind kind = SystemKind::kWieWeetIndex;
  std::string label;
  std::string path;    // index directory or sample directory
  std::string config;  // ranking settings for a WieWeet index ("" = built-in defaults)
};

struct RelevanceOptions {
  bool help = false;
  std::string queries;
  std::string qrels;
  std::size_t depth = 100;  // people asked of each system per query
  bool per_query = false;
  std::string json_path;  // "" = no JSON
  std::vector<SystemSpec> systems;  // in command-line order; the first is the reference
};

// Errors: InvalidArgument with a message for the user (unknown option, missing value, a repeated
// label, no systems, --config for a label that is not an index).
Result<RelevanceOptions> parse_relevance_options(const std::vector<std::string>& args);

extern const char* const kRelevanceHelp;

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_OPTIONS_H_
