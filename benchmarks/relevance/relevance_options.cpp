#include "relevance_options.h"

#include <algorithm>
#include <charconv>
#include <utility>

namespace wieweet::relevance {

const char* const kRelevanceHelp = R"(wieweet-relevance — scores systems on the judged query set (docs/relevance.md).

Usage:
  wieweet-relevance --queries F --qrels F SYSTEM... [options]

Systems (at least one; reported in this order, later ones compared with the first):
  --index LABEL=DIR         a WieWeet index built by wieweet-indexer, searched as the server does
  --plain-bm25 LABEL=DIR    baseline (a): plain BM25 over one concatenated text per visible person,
                            no stemming, stopwords or folding, built here (in $TMPDIR) from
                            DIR/staff.jsonl, DIR/workshops.jsonl and DIR/documents.jsonl
  --model2 LABEL=DIR        baseline: Model 2 over one BM25 document per item (titles x2, no
                            stemming), people by the sum of 1/(60+rank) over the best 1,000 items
  --popularity LABEL=DIR    baseline: people by their number of items; the query is ignored

The outside baselines (--plain-bm25, --model2, --popularity) are built from DIR's ingest files;
each WieWeet system's nDCG@10 is also shown as a ratio to the best of them.

Options:
  --queries F               judged queries, JSON Lines: {"id", "query", "category", "topics"}
  --qrels F                 graded judgments, TREC qrels "QUERY_ID 0 PERSON_ID GRADE" (judgments.py)
  --config LABEL=FILE       ranking and query settings for the index LABEL (default: built-in
                            defaults); WIEWEET_* environment variables apply on top, as in the server
  --depth N                 people asked of each system per query (default 100)
  --per-query               also print every query's nDCG@10 per system
  --json FILE               also write all measures, per query and per category, and each query's
                            top 10 people with their grades, as JSON
  -h, --help                show this help

Measures: nDCG@10 (gains 2^grade-1, log2 discount, ideal over all judged people), MAP (grade >= 1
relevant, over the returned list, divided by all relevant people), P@5 and MRR (grade >= 1).

Exit status: 0 measured; 1 the evaluation could not be run (unreadable or inconsistent input, a
broken index); 2 bad command line.
)";

namespace {

Result<std::pair<std::string, std::string>> split_label(const std::string& option, const std::string& value) {
  const auto equals = value.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == value.size()) {
    return Status::invalid_argument(option + " wants LABEL=PATH, got \"" + value + "\"");
  }
  return std::make_pair(value.substr(0, equals), value.substr(equals + 1));
}

}  // namespace

Result<RelevanceOptions> parse_relevance_options(const std::vector<std::string>& args) {
  RelevanceOptions options;
  std::vector<std::pair<std::string, std::string>> configs;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-h" || arg == "--help") {
      options.help = true;
      return options;
    }
    if (arg == "--per-query") {
      options.per_query = true;
      continue;
    }
    if (i + 1 >= args.size()) return Status::invalid_argument("unknown option or missing value: " + arg);
    const std::string& value = args[++i];
    if (arg == "--queries") {
      options.queries = value;
    } else if (arg == "--qrels") {
      options.qrels = value;
    } else if (arg == "--json") {
      options.json_path = value;
    } else if (arg == "--depth") {
      std::size_t depth = 0;
      auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), depth);
      if (error != std::errc() || end != value.data() + value.size() || depth < 10) {
        return Status::invalid_argument("--depth wants a whole number of at least 10, got \"" + value + "\"");
      }
      options.depth = depth;
    } else if (arg == "--index" || arg == "--plain-bm25" || arg == "--model2" || arg == "--popularity" ||
               arg == "--config") {
      auto labelled = split_label(arg, value);
      if (!labelled.ok()) return labelled.status();
      auto [label, path] = std::move(labelled.value());
      if (arg == "--config") {
        configs.emplace_back(label, path);
        continue;
      }
      const auto kind = arg == "--index"        ? SystemKind::kWieWeetIndex
                        : arg == "--plain-bm25" ? SystemKind::kPlainBm25
                        : arg == "--model2"     ? SystemKind::kModel2
                                                : SystemKind::kPopularity;
      options.systems.push_back({kind, label, path, ""});
    } else {
      return Status::invalid_argument("unknown option: " + arg);
    }
  }
  if (options.queries.empty() || options.qrels.empty()) return Status::invalid_argument("--queries and --qrels are required");
  if (options.systems.empty()) return Status::invalid_argument("name at least one system (--index, --plain-bm25, --model2 or --popularity)");
  for (std::size_t i = 0; i < options.systems.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (options.systems[i].label == options.systems[j].label) {
        return Status::invalid_argument("two systems are labelled " + options.systems[i].label);
      }
    }
  }
  for (const auto& [label, file] : configs) {
    auto system = std::find_if(options.systems.begin(), options.systems.end(), [&](const SystemSpec& s) {
      return s.label == label && s.kind == SystemKind::kWieWeetIndex;
    });
    if (system == options.systems.end()) return Status::invalid_argument("--config " + label + "=...: no --index labelled " + label);
    system->config = file;
  }
  return options;
}

}  // namespace wieweet::relevance
