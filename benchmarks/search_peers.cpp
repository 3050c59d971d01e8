// WieWeet side by side with its peers, in one process, on the same queries over the same sample
// (docs/performance.md, issue 10):
//   - WieWeet's whole expert search (Searcher::search: page 1 of 10 with facets and snippets);
//   - the raw Xapian match: get_mset of WieWeet's own built query at the same depth (evidence_depth);
//   - SQLite FTS5: the same evidence items in an in-memory FTS5 table, bm25 ranked to the same depth,
//     aggregated per person by the same Model-2 arithmetic (wieweet::Ranker: each item's score
//     relative to the best one, times the link weight, summed per person), top 10 visible people.
// The three run interleaved, query by query, so machine load hits them alike; the ratios are the
// figures to quote. Also the stages of WieWeet's search (query building, retrieval, aggregation) and
// the overhead ratio (whole search / raw match) for each judged query.
//   wieweet_search_peers --index DIR --sample DIR --texts FILE [--judged FILE] [--count N]
//                        [--repeat N] [--summary FILE] [--wall]
// Times are this thread's CPU time unless --wall is given (see Stopwatch below).
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <unordered_set>
#include <variant>
#include <vector>

#include <xapian.h>

#include "evidence_retrieval.h"
#include "expert_search.h"
#include "open_index.h"
#include "wieweet/config.h"
#include "wieweet/ingest.h"
#include "wieweet/privacy.h"
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

// The FTS5 peer. Links live in a vector by rowid, as WieWeet keeps them in a value slot: the peer
// pays for matching and aggregating, not for a join.
class Fts5Peer {
 public:
  explicit Fts5Peer(const RankingConfig& ranking) : ranker_(ranking.weights, ranking.evidence_counted) {}
  Fts5Peer(const Fts5Peer&) = delete;
  Fts5Peer& operator=(const Fts5Peer&) = delete;
  ~Fts5Peer() {
    sqlite3_finalize(query_);
    sqlite3_close(db_);
  }

  // Reads the sample with the core's reader (wieweet/ingest.h) and fills the table.
  Status build(const std::string& sample_dir) {
    if (sqlite3_open(":memory:", &db_) != SQLITE_OK) return Status::io_error("sqlite3_open failed");
    if (Status status = exec("CREATE VIRTUAL TABLE items USING fts5(title, body, tags, "
                             "tokenize = 'unicode61 remove_diacritics 2'); BEGIN");
        !status.ok()) {
      return status;
    }
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db_, "INSERT INTO items(rowid, title, body, tags) VALUES (?1, ?2, ?3, ?4)", -1, &insert, nullptr);
    auto add = [&](const std::string& title, const std::string& body, const std::vector<std::string>& tags,
                   std::vector<EvidenceLink> links) {
      std::string joined;
      for (const auto& tag : tags) joined.append(tag).push_back(' ');
      links_.push_back(std::move(links));
      sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(links_.size()));
      sqlite3_bind_text(insert, 2, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 3, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
      sqlite3_bind_text(insert, 4, joined.data(), static_cast<int>(joined.size()), SQLITE_STATIC);
      sqlite3_step(insert);
      sqlite3_reset(insert);
    };
    auto links_of = [](const std::vector<std::string>& strong, LinkKind strong_kind, const std::vector<std::string>& weak,
                       LinkKind weak_kind) {
      std::vector<EvidenceLink> links;
      for (const auto& id : strong) links.push_back({id, strong_kind});
      for (const auto& id : weak) links.push_back({id, weak_kind});
      return links;
    };
    Status status = for_each_record(sample_dir + "/staff.jsonl", SourceKind::kStaff, [&](IngestRecord&& record) {
      const auto* person = std::get_if<Person>(&record);
      if (person == nullptr || !may_be_shown(*person)) return;
      visible_.insert(person->id);
      std::string body = person->bio;
      for (const auto* list : {&person->roles, &person->expertise}) {
        for (const auto& value : *list) body.append(" ").append(value);
      }
      add(person->name, body + " " + person->department, person->expertise, {{person->id, LinkKind::kOwner}});
    });
    if (status.ok()) {
      status = for_each_record(sample_dir + "/workshops.jsonl", SourceKind::kWorkshops, [&](IngestRecord&& record) {
        const auto* workshop = std::get_if<Workshop>(&record);
        if (workshop == nullptr) return;
        add(workshop->title, workshop->description, workshop->tags,
            links_of(workshop->presenters, LinkKind::kPresenter, workshop->participants, LinkKind::kParticipant));
      });
    }
    if (status.ok()) {
      status = for_each_record(sample_dir + "/documents.jsonl", SourceKind::kDocuments, [&](IngestRecord&& record) {
        const auto* document = std::get_if<Document>(&record);
        if (document == nullptr) return;
        add(document->title, document->body, document->tags,
            links_of(document->authors, LinkKind::kAuthor, document->mentions, LinkKind::kMention));
      });
    }
    sqlite3_finalize(insert);
    if (!status.ok()) return status;
    if (Status committed = exec("COMMIT"); !committed.ok()) return committed;
    if (sqlite3_prepare_v2(db_, "SELECT rowid, rank FROM items WHERE items MATCH ?1 ORDER BY rank LIMIT ?2", -1,
                           &query_, nullptr) != SQLITE_OK) {
      return Status::io_error(sqlite3_errmsg(db_));
    }
    return {};
  }

  std::size_t items() const { return links_.size(); }

  // The `count` best visible people for `text`: FTS5 bm25 to `depth` items, then Model 2.
  std::vector<std::string> top_people(const std::string& text, std::size_t depth, std::size_t count) {
    std::vector<std::string> people;
    const std::string match = match_expression(text);
    if (match.empty()) return people;
    sqlite3_bind_text(query_, 1, match.data(), static_cast<int>(match.size()), SQLITE_STATIC);
    sqlite3_bind_int64(query_, 2, static_cast<sqlite3_int64>(depth));
    std::vector<RetrievedEvidence> evidence;
    while (sqlite3_step(query_) == SQLITE_ROW) {
      const auto row = static_cast<std::size_t>(sqlite3_column_int64(query_, 0));
      evidence.push_back({-sqlite3_column_double(query_, 1), links_[row - 1]});  // bm25 is negative: lower is better
    }
    sqlite3_reset(query_);
    for (auto& person : ranker_.rank(evidence)) {
      if (people.size() >= count) break;
      if (visible_.count(person.person_id) != 0) people.push_back(std::move(person.person_id));
    }
    return people;
  }

 private:
  static Status for_each_record(const std::string& path, SourceKind kind, const std::function<void(IngestRecord&&)>& handle) {
    IngestCounts counts;
    return read_jsonl(
        path, kind, ReadOptions{},
        [&](IngestRecord&& record, const SourceLocation&) {
          handle(std::move(record));
          return Status();
        },
        [](const Status&, bool) {}, &counts);
  }

  // Every word of the text as a quoted FTS5 string, OR-ed (as WieWeet's default operator).
  static std::string match_expression(const std::string& text) {
    std::string expression, word;
    std::unordered_set<std::string> seen;
    auto flush = [&] {
      if (!word.empty() && seen.insert(word).second) {
        if (!expression.empty()) expression += " OR ";
        expression += "\"" + word + "\"";
      }
      word.clear();
    };
    for (unsigned char c : text) {
      if (c >= 0x80 || std::isalnum(c)) {
        word.push_back(static_cast<char>(std::tolower(c)));
      } else {
        flush();
      }
    }
    flush();
    return expression;
  }

  Status exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
      Status status = Status::io_error(error != nullptr ? error : "sqlite3_exec failed");
      sqlite3_free(error);
      return status;
    }
    return {};
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
  std::vector<std::vector<EvidenceLink>> links_;
  std::unordered_set<std::string> visible_;
  Ranker ranker_;
};

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

  // Each system on one text; the raw match is the same query at the same depth as WieWeet's.
  auto raw_match = [&](const Xapian::Query& query) {
    Xapian::Enquire enquire(index.value()->db);
    enquire.set_query(query);
    return enquire.get_mset(0, depth).size();
  };
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
        case 0:
          start = stopwatch.now();
          raw_match(built->query);
          raw.ms.push_back(stopwatch.since(start));
          break;
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
    const RetrievedItems items = retrieve(context.index.db, built->query, depth);
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
    for (std::size_t r = 0; r < options.repeat; ++r) {
      auto start = stopwatch.now();
      matched = raw_match(built->query);
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
