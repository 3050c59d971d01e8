// Benchmarks of the search path: whole queries against a real index, and the pieces under them.
//   WIEWEET_BENCH_INDEX=var/index build/benchmarks/wieweet_benchmarks --benchmark_repetitions=5
// Numbers and how they were measured: docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/ingest.h"
#include "wieweet/ranking.h"
#include "wieweet/searcher.h"
#include "wieweet/snippets.h"
#include "wieweet/text_analysis.h"

namespace {

using namespace wieweet;

// A mix of what staff type: one topic word, a compound, several words, a phrase, a question, English,
// an abbreviation (synonym expansion), a compound found only by its parts, and a typo.
const std::vector<std::string> kQueries = {
    "informatiebeveiliging", "roosteren", "passend onderwijs", "\"sociale veiligheid\"",
    "wie weet iets van dyslexie en hoogbegaafdheid", "privacy policy", "meerjarenonderhoudsplan",
    "AVG", "pestbeleid", "informatiebeveilging",
};

std::unique_ptr<Searcher> open_searcher(benchmark::State& state) {
  const char* dir = std::getenv("WIEWEET_BENCH_INDEX");
  if (dir == nullptr) {
    state.SkipWithError("set WIEWEET_BENCH_INDEX to an index directory");
    return nullptr;
  }
  // Settings as the server reads them (defaults, then WIEWEET_* variables), so a feature can be
  // switched off for a side-by-side run: WIEWEET_QUERY_SYNONYMS_FILE=none ...
  auto config = load_config("", process_environment());
  if (!config.ok()) {
    state.SkipWithError(config.status().to_string().c_str());
    return nullptr;
  }
  auto searcher = Searcher::open(dir, config->ranking, config->query);
  if (!searcher.ok()) {
    state.SkipWithError(searcher.status().to_string().c_str());
    return nullptr;
  }
  return std::move(searcher.value());
}

// One full query: parse, retrieve evidence, aggregate into people, load profiles, make snippets.
void BM_Search(benchmark::State& state) {
  auto searcher = open_searcher(state);
  if (!searcher) return;
  const std::string& query = kQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(query);
  std::size_t people = 0;
  for (auto _ : state) {
    auto result = searcher->search({query, 1, 10, {}});
    if (!result.ok()) {
      state.SkipWithError(result.status().to_string().c_str());
      return;
    }
    people = result->total;
    benchmark::DoNotOptimize(result);
  }
  state.counters["people"] = static_cast<double>(people);
}
BENCHMARK(BM_Search)->DenseRange(0, static_cast<int>(kQueries.size()) - 1)->Unit(benchmark::kMicrosecond);

// What the search box calls on every keystroke.
void BM_Suggest(benchmark::State& state) {
  auto searcher = open_searcher(state);
  if (!searcher) return;
  static const std::vector<std::string> kTyped = {"i", "inf", "informatieb", "de v", "vries"};
  const std::string& typed = kTyped[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(typed);
  for (auto _ : state) benchmark::DoNotOptimize(searcher->suggest(typed, 10));
}
BENCHMARK(BM_Suggest)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

// A person's page (the best expert on informatiebeveiliging: many documents), and related topics.
void BM_PersonPage(benchmark::State& state) {
  auto searcher = open_searcher(state);
  if (!searcher) return;
  auto best = searcher->search({"informatiebeveiliging", 1, 1, {}});
  if (!best.ok() || best->results.empty()) {
    state.SkipWithError("no expert on informatiebeveiliging in this index");
    return;
  }
  const std::string id = best->results.front().id;
  for (auto _ : state) benchmark::DoNotOptimize(searcher->person(id));
}
BENCHMARK(BM_PersonPage)->Unit(benchmark::kMicrosecond);

void BM_Related(benchmark::State& state) {
  auto searcher = open_searcher(state);
  if (!searcher) return;
  for (auto _ : state) benchmark::DoNotOptimize(searcher->related("roosteren", 10));
}
BENCHMARK(BM_Related)->Unit(benchmark::kMicrosecond);

// The aggregation alone, on evidence_depth items each linked to a few of 7,000 people.
void BM_Rank(benchmark::State& state) {
  std::vector<RetrievedEvidence> evidence;
  for (int i = 0; i < state.range(0); ++i) {
    RetrievedEvidence item;
    item.score = 10.0 / (1.0 + i);
    item.links = {{"p" + std::to_string((i * 7919) % 7000), LinkKind::kAuthor},
                  {"p" + std::to_string((i * 104729) % 7000), LinkKind::kMention}};
    evidence.push_back(std::move(item));
  }
  const Ranker ranker{LinkWeights{}};
  for (auto _ : state) benchmark::DoNotOptimize(ranker.rank(evidence));
}
BENCHMARK(BM_Rank)->Arg(200)->Arg(2000)->Unit(benchmark::kMicrosecond);

void BM_Snippet(benchmark::State& state) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "De werkgroep bespreekt het rooster en de toetsweek met de teamleiders van de school. ";
  }
  text += "Het informatiebeveiligingsbeleid vraagt dat iedereen een datalek meldt bij de FG. ";
  MatchTerms terms;
  terms.stems.insert(analyzer->stem("datalek"));
  for (auto _ : state) benchmark::DoNotOptimize(make_snippet(text, terms, analyzer.value(), 220));
}
BENCHMARK(BM_Snippet)->Unit(benchmark::kMicrosecond);

void BM_ParseRecord(benchmark::State& state) {
  const std::string line =
      R"({"id": "d12345", "title": "Verslag werkgroep roosteren", "body": "De werkgroep bespreekt het nieuwe )"
      R"(lesrooster in Zermelo en de roosterwijzigingen voor de toetsweek.", "authors": ["p00012", "p00420"], )"
      R"("mentions": ["p00077"], "url": "https://intranet.example.nl/d12345", "kind": "verslag", )"
      R"("date": "2025-03-14", "tags": ["roosteren", "Zermelo"]})";
  for (auto _ : state) benchmark::DoNotOptimize(parse_record(line, SourceKind::kDocuments));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * line.size()));
}
BENCHMARK(BM_ParseRecord);

}  // namespace

BENCHMARK_MAIN();
