// WieWeet side by side with its peers, in one process, on the same queries over the same sample
// (docs/performance.md, issue 10):
//   - WieWeet's whole expert search (Searcher::search: page 1 of 10 with facets and snippets);
//   - the raw Xapian match: get_mset of the query WieWeet finally matches (built, with feedback terms
//     for long questions) at the same depth (evidence_depth) and with the same weighting (DPH);
//   - SQLite FTS5: the same evidence items in an in-memory FTS5 table, bm25 ranked to the same depth,
//     aggregated per person by the same Model-2 arithmetic (wieweet::Ranker: each item's score
//     relative to the best one, times the link weight, summed per person), top 10 visible people.
// The three run interleaved, query by query, so machine load hits them alike; the ratios are the
// figures to quote. Also the stages of WieWeet's search (query building, retrieval, aggregation) and
// the overhead ratio (whole search / raw match) for each judged query.
//   wieweet_search_peers --index DIR --sample DIR --texts FILE [--judged FILE] [--count N]
//                        [--repeat N] [--summary FILE] [--wall]
// Times are this thread's CPU time unless --wall is given (see Stopwatch below).
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/evidence_retrieval.h"
#include "search/expert_search.h"
#include "fts5_peer.h"
#include "search/open_index.h"
#include "wieweet/config.h"
#include "wieweet/ranking.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

// This thread's CPU time by default: on a shared, loaded machine a query's wall time mostly measures
// how long it waited for a core, its CPU time what it cost (everything here is in memory or the page
// cache). --wall switches to wall-clock time. Times in milliseconds.
class Stopwatch {
 public:
  explicit Stopwatch(bool wall) : wall_(wall) {}

  double now() const {
    if (wall_) {
      return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    return static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
  }
  double since(double start) const { return now() - start; }
  const char* name() const { return wall_ ? "wall-clock" : "thread CPU"; }

 private:
  bool wall_;
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(at, values.size() - 1)];
}

double sum(const std::vector<double>& values) {
  double total = 0.0;
  for (double value : values) total += value;
  return total;
}

std::vector<std::string> read_lines(const std::string& path, std::size_t limit) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; lines.size() < limit && std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

struct Options {
  std::string index, sample, texts, judged, summary;
  bool wall = false;
  std::size_t count = 1000;
  std::size_t repeat = 5;
};

// Times of one system over the stream, in milliseconds.
struct Series {
  std::string name;
  std::vector<double> ms;
};

void print_series(const Series& series, std::ostream& summary) {
  const double total = sum(series.ms);
  const double qps = total > 0 ? 1000.0 * static_cast<double>(series.ms.size()) / total : 0.0;
  std::printf("  %-38s p50 %8.3f ms  p99 %8.3f ms  mean %8.3f ms  %9.1f q/s\n", series.name.c_str(),
              percentile(series.ms, 50), percentile(series.ms, 99), total / static_cast<double>(series.ms.size()), qps);
  summary << series.name << "_p50_ms=" << percentile(series.ms, 50) << "\n"
          << series.name << "_p99_ms=" << percentile(series.ms, 99) << "\n"
          << series.name << "_qps=" << qps << "\n";
}

std::vector<double> ratios(const std::vector<double>& over, const std::vector<double>& under) {
  std::vector<double> result;
  for (std::size_t i = 0; i < over.size() && i < under.size(); ++i) {
    if (under[i] > 0) result.push_back(over[i] / under[i]);
  }
  return result;
}

int run(const Options& options) {
  auto config = load_config("", process_environment());
  if (!config.ok()) {
    std::cerr << config.status().to_string() << "\n";
    return 1;
  }
  const RankingConfig& ranking = config->ranking;
  const Stopwatch stopwatch(options.wall);
  auto resources = Searcher::load_query_resources(config->query);
  if (!resources.ok()) {
    std::cerr << resources.status().to_string() << "\n";
    return 1;
  }
  auto searcher = Searcher::open(options.index, ranking, resources.value());
  auto index = open_index(options.index, *resources.value());
  if (!searcher.ok() || !index.ok()) {
    std::cerr << (searcher.ok() ? index.status() : searcher.status()).to_string() << "\n";
    return 1;
  }
  const Ranker ranker(ranking.weights, ranking.evidence_counted);
  const SearchContext context{*index.value(), ranking, ranker};
  const auto depth = static_cast<Xapian::doccount>(ranking.evidence_depth);

  Fts5Peer fts(ranking);
  const auto build_start = stopwatch.now();
  if (Status status = fts.build(options.sample); !status.ok()) {
    std::cerr << status.to_string() << "\n";
    return 1;
  }
  const double build_s = stopwatch.since(build_start) / 1000.0;
  std::ofstream summary(options.summary.empty() ? "/dev/null" : options.summary);
  std::printf("SQLite FTS5 (in memory) indexed %zu items in %.2f s: %.0f items/s (reading the JSONL included)\n",
              fts.items(), build_s, static_cast<double>(fts.items()) / build_s);
  summary << "fts5_items=" << fts.items() << "\nfts5_items_per_s=" << static_cast<double>(fts.items()) / build_s << "\n";

  // Each system on one text. The raw match is the query WieWeet finally matches (with the feedback
  // terms a long question gets, which the caller adds: finding them is WieWeet's work) at the same
  // depth, scored by the same weighting scheme (DPH by default; Xapian's own default is BM25).
  const std::unique_ptr<Xapian::Weight> weighting = make_weighting(ranking);
  auto raw_match = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(index.value()->db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(*weighting);
    return enquire.get_mset(0, depth).size();
  };
  auto final_query = [&](const BuiltQuery& built) { return with_feedback(context, built.query, built.content_words); };
  auto whole = [&](const std::string& text) { return searcher.value()->search({text, 1, 10, {}}).ok(); };

  const std::vector<std::string> texts = read_lines(options.texts, options.count);
  Series wieweet{"wieweet_inprocess", {}}, raw{"xapian_get_mset", {}}, sqlite{"fts5_model2", {}};
  Series build{"stage_build_query", {}}, retrieval{"stage_retrieve", {}}, aggregation{"stage_rank_visible", {}};
  std::size_t searchable = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string& text = texts[i];
    auto start = stopwatch.now();
    auto built = index.value()->queries->build(text);
    const double build_ms = stopwatch.since(start);
    if (!built.ok()) continue;
    ++searchable;
    // Rotate which system goes first, so none always meets warmer or colder caches.
    for (std::size_t turn = 0; turn < 3; ++turn) {
      switch ((i + turn) % 3) {
        case 0: {
          const Xapian::Query matched = final_query(*built);
          start = stopwatch.now();
          raw_match(matched);
          raw.ms.push_back(stopwatch.since(start));
          break;
        }
        case 1:
          start = stopwatch.now();
          whole(text);
          wieweet.ms.push_back(stopwatch.since(start));
          break;
        default:
          start = stopwatch.now();
          fts.top_people(text, depth, 10);
          sqlite.ms.push_back(stopwatch.since(start));
      }
    }
    start = stopwatch.now();
    const RetrievedItems items = retrieve(context, final_query(*built), depth);
    retrieval.ms.push_back(stopwatch.since(start));
    start = stopwatch.now();
    const auto people = rank_visible_people(context, items);
    aggregation.ms.push_back(stopwatch.since(start));
    build.ms.push_back(build_ms);
  }
  std::printf("%zu distinct query texts (%zu searchable), the systems interleaved query by query, %s time:\n",
              texts.size(), searchable, stopwatch.name());
  summary << "clock=" << stopwatch.name() << "\n";
  for (const Series* series : {&wieweet, &raw, &sqlite, &build, &retrieval, &aggregation}) print_series(*series, summary);
  const auto overhead = ratios(wieweet.ms, raw.ms);
  const auto versus_fts = ratios(wieweet.ms, sqlite.ms);
  std::printf("  WieWeet / raw get_mset, per query:   median %.1fx  p90 %.1fx  max %.1fx\n", percentile(overhead, 50),
              percentile(overhead, 90), percentile(overhead, 100));
  std::printf("  WieWeet / FTS5 Model 2, per query:   median %.2fx  p90 %.2fx\n", percentile(versus_fts, 50),
              percentile(versus_fts, 90));
  summary << "ratio_raw_median=" << percentile(overhead, 50) << "\nratio_raw_p90=" << percentile(overhead, 90)
          << "\nratio_fts5_median=" << percentile(versus_fts, 50) << "\n";

  if (options.judged.empty()) return 0;
  // The overhead ratio per judged query: medians of `repeat` interleaved runs of each.
  std::printf("\nOverhead per judged query (median of %zu runs each): whole search / raw get_mset\n", options.repeat);
  std::vector<double> judged_ratios;
  for (const auto& text : read_lines(options.judged, 100000)) {
    auto built = index.value()->queries->build(text);
    if (!built.ok()) continue;
    std::vector<double> whole_ms, raw_ms;
    std::size_t matched = 0;
    const Xapian::Query query = final_query(*built);
    for (std::size_t r = 0; r < options.repeat; ++r) {
      auto start = stopwatch.now();
      matched = raw_match(query);
      raw_ms.push_back(stopwatch.since(start));
      start = stopwatch.now();
      whole(text);
      whole_ms.push_back(stopwatch.since(start));
    }
    const double ratio = percentile(whole_ms, 50) / percentile(raw_ms, 50);
    judged_ratios.push_back(ratio);
    std::printf("  %6.1fx  whole %7.3f ms  raw %7.3f ms  items %5zu  %s\n", ratio, percentile(whole_ms, 50),
                percentile(raw_ms, 50), matched, text.c_str());
  }
  const auto within = std::count_if(judged_ratios.begin(), judged_ratios.end(), [](double r) { return r <= 3.0; });
  std::printf("  judged queries: %zu, ratio median %.1fx, p90 %.1fx, max %.1fx; within 3x: %zd\n", judged_ratios.size(),
              percentile(judged_ratios, 50), percentile(judged_ratios, 90), percentile(judged_ratios, 100), within);
  summary << "judged_ratio_median=" << percentile(judged_ratios, 50) << "\njudged_within_3x=" << within << "/"
          << judged_ratios.size() << "\n";
  return 0;
}

}  // namespace
}  // namespace wieweet

int main(int argc, char** argv) {
  wieweet::Options options;
  for (int i = 1; i < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--wall") {
      options.wall = true;
      --i;
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << "missing value for " << flag << "\n";
      return 2;
    }
    const std::string value = argv[i + 1];
    if (flag == "--index") options.index = value;
    else if (flag == "--sample") options.sample = value;
    else if (flag == "--texts") options.texts = value;
    else if (flag == "--judged") options.judged = value;
    else if (flag == "--summary") options.summary = value;
    else if (flag == "--count") options.count = std::stoul(value);
    else if (flag == "--repeat") options.repeat = std::stoul(value);
    else {
      std::cerr << "unknown option " << flag << "\n";
      return 2;
    }
  }
  if (options.index.empty() || options.sample.empty() || options.texts.empty()) {
    std::cerr << "usage: wieweet_search_peers --index DIR --sample DIR --texts FILE [--judged FILE] [--count N]"
                 " [--repeat N] [--summary FILE] [--wall]\n";
    return 2;
  }
  try {
    return wieweet::run(options);
  } catch (const Xapian::Error& error) {
    std::cerr << "wieweet_search_peers: " << error.get_description() << "\n";
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "wieweet_search_peers: " << error.what() << "\n";
    return 1;
  }
}
