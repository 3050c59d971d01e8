// Benchmarks of the search path: whole queries against a real index, and the pieces under them.
//   WIEWEET_BENCH_INDEX=var/index build/benchmarks/wieweet_benchmarks --benchmark_repetitions=5
// Numbers and how they were measured: docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <xapian.h>

#include "analysis/compound_splitter.h"
#include "index/document_builder.h"
#include "search/evidence_retrieval.h"
#include "search/expert_search.h"
#include "json_writer.h"
#include "search/open_index.h"
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
  const NameRedactor redactor({{"p4", "Daan Verborgen"}, {"p5", "Zorro"}}, analyzer.value());
  for (auto _ : state) benchmark::DoNotOptimize(make_snippet(text, terms, analyzer.value(), 220, redactor));
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

// --- The pieces of one expert search (issue 10), each over the real index, so a regression in the
// whole (BM_Search) can be traced to its part. The core's internal headers are used on purpose.
// A query of each kind: narrow, broad (1,500 people), a question.
const std::vector<std::string> kPieceQueries = {"informatiebeveiliging", "passend onderwijs",
                                                "wie weet iets van dyslexie en hoogbegaafdheid"};

// The index as one revision, with the ranking settings, like a searcher holds it.
struct PieceFixture {
  Config config;
  std::unique_ptr<OpenIndex> index;
  std::unique_ptr<Ranker> ranker;

  SearchContext context() const { return SearchContext{*index, config.ranking, *ranker}; }
};

std::unique_ptr<PieceFixture> open_pieces(benchmark::State& state) {
  const char* dir = std::getenv("WIEWEET_BENCH_INDEX");
  auto config = load_config("", process_environment());
  if (dir == nullptr || !config.ok()) {
    state.SkipWithError("set WIEWEET_BENCH_INDEX to an index directory (and valid WIEWEET_* settings)");
    return nullptr;
  }
  auto resources = Searcher::load_query_resources(config->query);
  if (!resources.ok()) {
    state.SkipWithError(resources.status().to_string().c_str());
    return nullptr;
  }
  auto index = open_index(dir, *resources.value());
  if (!index.ok()) {
    state.SkipWithError(index.status().to_string().c_str());
    return nullptr;
  }
  auto fixture = std::make_unique<PieceFixture>();
  fixture->config = std::move(config.value());
  fixture->index = std::move(index.value());
  fixture->ranker = std::make_unique<Ranker>(fixture->config.ranking.weights, fixture->config.ranking.evidence_counted);
  return fixture;
}

// Query text to Xapian query: question words, compound parts, synonyms, spelling.
void BM_PieceBuildQuery(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const std::string& text = kPieceQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(text);
  for (auto _ : state) benchmark::DoNotOptimize(pieces->index->queries->build(text));
}
BENCHMARK(BM_PieceBuildQuery)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

// The raw Xapian match at the evidence depth: the floor everything else is measured against.
void BM_PieceGetMset(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const std::string& text = kPieceQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(text);
  const Xapian::Query query = pieces->index->queries->build(text)->query;
  const auto depth = static_cast<Xapian::doccount>(pieces->config.ranking.evidence_depth);
  for (auto _ : state) {
    Xapian::Enquire enquire(pieces->index->db);
    enquire.set_query(query);
    benchmark::DoNotOptimize(enquire.get_mset(0, depth));
  }
}
BENCHMARK(BM_PieceGetMset)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

// Retrieval: get_mset plus the links of every retrieved item (evidence_retrieval.cpp).
void BM_PieceRetrieve(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const std::string& text = kPieceQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(text);
  const Xapian::Query query = pieces->index->queries->build(text)->query;
  std::size_t items = 0;
  for (auto _ : state) {
    auto retrieved = retrieve(pieces->index->db, query, pieces->config.ranking.evidence_depth);
    items = retrieved.docids.size();
    benchmark::DoNotOptimize(retrieved);
  }
  state.counters["items"] = static_cast<double>(items);
}
BENCHMARK(BM_PieceRetrieve)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

// Aggregation into visible people (Model 2 and the directory lookups), on real retrieved items.
void BM_PieceRankVisible(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const std::string& text = kPieceQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(text);
  const auto items =
      retrieve(pieces->index->db, pieces->index->queries->build(text)->query, pieces->config.ranking.evidence_depth);
  const SearchContext context = pieces->context();
  std::size_t people = 0;
  for (auto _ : state) {
    auto ranked = rank_visible_people(context, items);
    people = ranked.size();
    benchmark::DoNotOptimize(ranked);
  }
  state.counters["people"] = static_cast<double>(people);
}
BENCHMARK(BM_PieceRankVisible)->DenseRange(0, 2)->Unit(benchmark::kMicrosecond);

// find_people: retrieval, aggregation, filters and facets over every matching person, then the page.
// Second argument 0: a page past the last person, so nothing is described; minus BM_PieceRetrieve and
// BM_PieceRankVisible this is what the facets cost. 1: page 1 of 10, adding the shown evidence
// (loaded, redacted, snippets); the difference between the two is the page.
void BM_PieceFindPeople(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const std::string& text = kPieceQueries[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(text + (state.range(1) == 0 ? " (no page)" : " (page 1)"));
  PeopleSearch search;
  search.text = text;
  search.built = pieces->index->queries->build(text).value();
  if (state.range(1) == 0) search.page = 100000;
  const SearchContext context = pieces->context();
  for (auto _ : state) benchmark::DoNotOptimize(find_people(context, search));
}
BENCHMARK(BM_PieceFindPeople)->ArgsProduct({{0, 1, 2}, {0, 1}})->Unit(benchmark::kMicrosecond);

// One shown item: its stored data decoded with hidden names blanked out (privacy.h), as describe()
// does for up to 3 items of each of 10 people.
void BM_PieceLoadItem(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  const auto items = retrieve(pieces->index->db, pieces->index->queries->build("passend onderwijs")->query, 30);
  if (items.docids.empty()) {
    state.SkipWithError("nothing on passend onderwijs in this index");
    return;
  }
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(load_item(*pieces->index, items.docids[i]));
    i = (i + 1) % items.docids.size();
  }
}
BENCHMARK(BM_PieceLoadItem)->Unit(benchmark::kMicrosecond);

// Redaction of one long text by the index's hidden names (the sample's hidden staff).
void BM_PieceRedact(benchmark::State& state) {
  auto pieces = open_pieces(state);
  if (!pieces) return;
  std::string text;
  for (int i = 0; i < 40; ++i) text += "De werkgroep bespreekt het rooster en de toetsweek met de teamleiders van de school. ";
  for (auto _ : state) benchmark::DoNotOptimize(pieces->index->redactor->redact(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_PieceRedact)->Unit(benchmark::kMicrosecond);

// The response body of a broad query's first page (server/json_writer.cpp).
void BM_PieceJson(benchmark::State& state) {
  auto searcher = open_searcher(state);
  if (!searcher) return;
  auto result = searcher->search({"passend onderwijs", 1, 10, {}});
  if (!result.ok()) {
    state.SkipWithError(result.status().to_string().c_str());
    return;
  }
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string json = server::search_result_json(result.value());
    bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_PieceJson)->Unit(benchmark::kMicrosecond);

// --- Indexing pieces: the word list the indexer splits compounds with (analysis.compound_words_file).
struct IndexingFixture {
  std::unique_ptr<TextAnalyzer> analyzer;
  std::unique_ptr<CompoundSplitter> splitter;
};

std::unique_ptr<IndexingFixture> open_indexing(benchmark::State& state) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().to_string().c_str());
    return nullptr;
  }
  auto fixture = std::make_unique<IndexingFixture>();
  fixture->analyzer = std::make_unique<TextAnalyzer>(std::move(analyzer.value()));
  auto splitter = CompoundSplitter::load(AnalysisConfig{}.compound_words_file, *fixture->analyzer);
  if (!splitter.ok()) {
    state.SkipWithError(splitter.status().to_string().c_str());
    return nullptr;
  }
  fixture->splitter = std::make_unique<CompoundSplitter>(std::move(splitter.value()));
  return fixture;
}

// Splitting words the first time they are seen (the splitter caches per word, so each iteration
// takes the next of 20,000 distinct long words from the word list itself: the long tail of a corpus).
void BM_SplitCompound(benchmark::State& state) {
  auto fixture = open_indexing(state);
  if (!fixture) return;
  std::vector<std::string> words;
  std::ifstream list(AnalysisConfig{}.compound_words_file);
  std::size_t line_number = 0;
  for (std::string line; words.size() < 20000 && std::getline(list, line);) {
    // Every 10th line, so the words spread over the alphabet.
    if (line_number++ % 10 == 0 && line.size() >= kMinCompound) words.push_back(fixture->analyzer->normalize(line));
  }
  std::size_t i = 0, split = 0;
  for (auto _ : state) {
    split += fixture->splitter->parts(words[i % words.size()]).empty() ? 0 : 1;
    ++i;
  }
  state.counters["compounds"] = static_cast<double>(split) / static_cast<double>(i);
}
BENCHMARK(BM_SplitCompound)->Iterations(20000)->Unit(benchmark::kMicrosecond);

// One document made into a Xapian document (terms, positions, compound parts, values, data) and
// added to an in-memory database, as the indexer does per item (without its batching and commit).
void BM_IndexOneItem(benchmark::State& state) {
  auto fixture = open_indexing(state);
  if (!fixture) return;
  DocumentBuilder builder(*fixture->analyzer);
  builder.set_compound_splitter(fixture->splitter.get());
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Document document;
  document.id = "d12345";
  document.title = "Verslag werkgroep roosteren en informatiebeveiligingsbeleid";
  for (int i = 0; i < 8; ++i) {
    document.body += "De werkgroep bespreekt het nieuwe lesrooster in Zermelo, de roosterwijzigingen voor de toetsweek "
                     "en het meerjarenonderhoudsplan van de school. ";
  }
  document.authors = {"p00012", "p00420"};
  document.mentions = {"p00077"};
  document.tags = {"roosteren", "Zermelo"};
  for (auto _ : state) db.replace_document("Qdocument:d12345", builder.build(document));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * document.body.size()));
}
BENCHMARK(BM_IndexOneItem)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
