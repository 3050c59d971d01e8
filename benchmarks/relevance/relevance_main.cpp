// wieweet-relevance: runs the judged queries against WieWeet and the baselines and reports nDCG@10,
// MAP, P@5 and MRR, overall and per query category. See --help and docs/relevance.md.
#include <chrono>
#include <exception>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "baseline_rankers.h"
#include "judged_queries.h"
#include "plain_bm25_ranker.h"
#include "relevance_options.h"
#include "relevance_report.h"
#include "wieweet/config.h"
#include "wieweet_ranker.h"

namespace {

using namespace wieweet;
using namespace wieweet::relevance;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

Result<std::unique_ptr<PeopleRanker>> open_system(const SystemSpec& spec) {
  if (spec.kind == SystemKind::kPlainBm25) return build_plain_bm25_ranker(spec.path);
  if (spec.kind == SystemKind::kModel2) return build_model2_ranker(spec.path);
  if (spec.kind == SystemKind::kPopularity) return build_popularity_ranker(spec.path);
  // The server's own way to its ranking settings: defaults, the file, then WIEWEET_* variables.
  auto config = load_config(spec.config, process_environment());
  if (!config.ok()) return config.status();
  if (Status status = config->validate(); !status.ok()) return status;
  return open_wieweet_ranker(spec.path, config.value());
}

std::string describe(const SystemSpec& spec) {
  if (spec.kind == SystemKind::kPlainBm25) return "plain BM25, one text per person, from " + spec.path;
  if (spec.kind == SystemKind::kModel2) return "Model 2, sum of 1/(60+rank) over BM25 items, from " + spec.path;
  if (spec.kind == SystemKind::kPopularity) return "popularity: people by number of items, from " + spec.path;
  return "WieWeet index " + spec.path + (spec.config.empty() ? "" : " with " + spec.config);
}

Result<SystemRun> run_system(const SystemSpec& spec, const std::vector<JudgedQuery>& queries, std::size_t depth) {
  const auto start = std::chrono::steady_clock::now();
  auto ranker = open_system(spec);
  if (!ranker.ok()) return ranker.status();
  SystemRun run{spec.label, describe(spec), {}, {}, 0.0, is_outside_baseline(spec.kind)};
  for (const auto& query : queries) {
    auto ranking = ranker.value()->rank(query.text, depth);
    if (!ranking.ok()) return ranking.status();
    run.scores.push_back(score_ranking(ranking.value(), query.grades));
    run.rankings.push_back(std::move(ranking.value()));
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return run;
}

}  // namespace

int main(int argc, char** argv) try {
  auto options = parse_relevance_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!options.ok()) {
    std::cerr << "wieweet-relevance: " << options.status().message() << " (see --help)\n";
    return kExitUsage;
  }
  if (options->help) {
    std::cout << kRelevanceHelp;
    return kExitOk;
  }
  auto queries = load_judged_queries(options->queries, options->qrels);
  if (!queries.ok()) {
    std::cerr << "wieweet-relevance: " << queries.status().to_string() << "\n";
    return kExitFailed;
  }

  std::vector<SystemRun> runs;
  for (const auto& spec : options->systems) {
    std::cerr << "wieweet-relevance: " << spec.label << ": " << describe(spec) << "\n";
    auto run = run_system(spec, queries.value(), options->depth);
    if (!run.ok()) {
      std::cerr << "wieweet-relevance: " << spec.label << ": " << run.status().to_string() << "\n";
      return kExitFailed;
    }
    runs.push_back(std::move(run.value()));
  }

  std::cout << queries->size() << " judged queries (" << options->queries << "), " << options->depth
            << " people asked per query\n\n";
  print_summary(std::cout, queries.value(), runs);
  if (options->per_query) {
    std::cout << "\n";
    print_per_query(std::cout, queries.value(), runs);
  }
  if (!options->json_path.empty()) {
    std::ofstream json(options->json_path);
    write_json(json, queries.value(), runs, options->depth);
    if (!json) {
      std::cerr << "wieweet-relevance: cannot write " << options->json_path << "\n";
      return kExitFailed;
    }
  }
  return kExitOk;
} catch (const std::exception& error) {
  std::cerr << "wieweet-relevance: internal error: " << error.what() << "\n";
  return kExitFailed;
} catch (...) {
  std::cerr << "wieweet-relevance: internal error\n";
  return kExitFailed;
}
