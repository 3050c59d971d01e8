// The whole query path (analysis, query building, retrieval, ranking, snippets, redaction) through the
// public Searcher API, over a small index built once from tests/data/sample in a temporary directory.
// Input: the query text on the first line, then optional "name=value" lines as the HTTP parameters
// would give them (school, role, exclude_school, available_for, page, size). Inputs the server would
// reject with a 400 (invalid UTF-8, a query over server.max_query_bytes) are skipped.
// Checked, for every answer: nothing of the hidden person (p4, "Daan Verborgen") and no contact field
// of a non-public person comes out, every text is valid UTF-8, and paging stays within its bounds.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "wieweet/index_writer.h"
#include "wieweet/ingest.h"
#include "wieweet/searcher.h"
#include "wieweet/text_analysis.h"

namespace {

// What the fixture holds that no answer may show.
constexpr std::string_view kHiddenId = "p4";
constexpr std::string_view kHiddenName = "daan verborgen";  // normalised
constexpr std::string_view kPrivateContacts[] = {"daan.verborgen@", "06-99999999", "bram.jansen@", "020-5550101",
                                                 "chantal.bakker@"};

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<wieweet::Searcher> searcher;
};

Fixture* fixture = nullptr;

void remove_index() {
  if (fixture != nullptr) std::filesystem::remove_all(fixture->dir);
}

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "query_path fuzzer setup: %s\n", why.c_str());
  std::exit(1);
}

void build_index(const std::string& dir) {
  auto writer = wieweet::IndexWriter::begin_rebuild(dir, wieweet::Config());
  if (!writer.ok()) fail(writer.status().to_string());
  const std::pair<const char*, wieweet::SourceKind> files[] = {{"/staff.jsonl", wieweet::SourceKind::kStaff},
                                                               {"/workshops.jsonl", wieweet::SourceKind::kWorkshops},
                                                               {"/documents.jsonl", wieweet::SourceKind::kDocuments}};
  for (const auto& [name, kind] : files) {
    wieweet::IngestCounts counts;
    const auto status = wieweet::read_jsonl(
        std::string(WIEWEET_FUZZ_DATA_DIR) + name, kind, wieweet::ReadOptions{},
        [&](wieweet::IngestRecord&& record, const wieweet::SourceLocation&) { return writer.value()->upsert(record); },
        [](const wieweet::Status& issue, bool) { fail(issue.to_string()); }, &counts);
    if (!status.ok()) fail(status.to_string());
  }
  if (auto report = writer.value()->publish(); !report.ok()) fail(report.status().to_string());
}

// Every text of an answer goes through here.
void check_text(std::string_view text) {
  WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(text));
  WIEWEET_FUZZ_CHECK(wieweet::normalize_text(text).find(kHiddenName) == std::string::npos);
  for (std::string_view contact : kPrivateContacts) WIEWEET_FUZZ_CHECK(text.find(contact) == std::string_view::npos);
}

void check_person_id(std::string_view id) { WIEWEET_FUZZ_CHECK(id != kHiddenId); }

void check_ref(const wieweet::EvidenceRef& ref) {
  for (const auto* text : {&ref.id, &ref.title, &ref.url, &ref.date}) check_text(*text);
}

void check(const wieweet::SearchResult& result, std::size_t page, std::size_t size) {
  WIEWEET_FUZZ_CHECK(result.results.size() <= size);
  WIEWEET_FUZZ_CHECK(result.results.size() <= result.total);
  WIEWEET_FUZZ_CHECK(result.page == page && result.size == size);
  for (const auto& hit : result.results) {
    check_person_id(hit.id);
    check_text(hit.name);
    check_text(hit.school);
    for (const auto& role : hit.roles) check_text(role);
    for (const auto& evidence : hit.evidence) {
      for (const auto* text : {&evidence.id, &evidence.title, &evidence.url, &evidence.date, &evidence.snippet}) {
        check_text(*text);
      }
    }
  }
  for (const auto* facet : {&result.facets.school, &result.facets.role, &result.facets.available_for}) {
    for (const auto& count : *facet) check_text(count.value);
  }
  if (result.corrected_query) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(*result.corrected_query));
}

void check(const wieweet::PersonPage& page) {
  check_person_id(page.person.id);
  for (const auto* text : {&page.person.name, &page.person.email, &page.person.phone, &page.person.bio}) {
    check_text(*text);
  }
  for (const auto& topic : page.topics) check_text(topic.topic);
  for (const auto* group :
       {&page.workshops_given, &page.documents_written, &page.workshops_followed, &page.mentioned_in}) {
    WIEWEET_FUZZ_CHECK(group->items.size() <= group->total);
    for (const auto& ref : group->items) check_ref(ref);
  }
  for (const auto& colleague : page.similar) {
    check_person_id(colleague.id);
    check_text(colleague.name);
  }
}

// A number parameter as the server reads it, kept within the server's defaults (page <= 100, size <= 50).
std::size_t number(std::string_view text, std::size_t fallback, std::size_t maximum) {
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || value > maximum) return fallback;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value >= 1 && value <= maximum ? value : fallback;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Built once, outside the per-input path: nothing is written while fuzzing.
  std::string dir = (std::filesystem::temp_directory_path() / "wieweet-query-fuzz-XXXXXX").string();
  if (mkdtemp(dir.data()) == nullptr) fail("cannot create a temporary directory");
  fixture = new Fixture{dir, nullptr};
  std::atexit(remove_index);
  build_index(dir);
  auto searcher = wieweet::Searcher::open(dir, wieweet::RankingConfig());
  if (!searcher.ok()) fail(searcher.status().to_string());
  fixture->searcher = std::move(searcher.value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!wieweet::is_valid_utf8(input)) return 0;  // the server answers 400 before any search
  std::string_view rest = input;
  const std::string text(wieweet::fuzz::next_line(&rest));
  if (text.size() > wieweet::ServerConfig().max_query_bytes) return 0;

  wieweet::ExpertQuery query;
  query.text = text;
  while (!rest.empty()) {
    const std::string_view line = wieweet::fuzz::next_line(&rest);
    const auto equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view name = line.substr(0, equals);
    const std::string value(line.substr(equals + 1));
    if (name == "school") query.filters.schools.push_back(value);
    if (name == "role") query.filters.roles.push_back(value);
    if (name == "exclude_school") query.filters.exclude_schools.push_back(value);
    if (name == "available_for") query.filters.available_for.push_back(value);
    if (name == "page") query.page = number(value, 1, 100);
    if (name == "size") query.size = number(value, 10, 50);
  }

  wieweet::Searcher& searcher = *fixture->searcher;
  auto result = searcher.search(query);
  if (result.ok()) {
    check(result.value(), query.page, query.size);
    // The person pages of the first people found, as the search page links them.
    for (std::size_t i = 0; i < result.value().results.size() && i < 2; ++i) {
      auto page = searcher.person(result.value().results[i].id);
      WIEWEET_FUZZ_CHECK(page.ok());
      check(page.value());
    }
  } else {
    WIEWEET_FUZZ_CHECK(result.status().code() == wieweet::StatusCode::kInvalidArgument);
  }

  // The text as a person id (/api/v1/people/{id}).
  if (auto page = searcher.person(text); page.ok()) check(page.value());

  if (auto suggestions = searcher.suggest(text, 8); suggestions.ok()) {
    WIEWEET_FUZZ_CHECK(suggestions.value().size() <= 8);
    for (const auto& suggestion : suggestions.value()) {
      check_text(suggestion.text);
      check_person_id(suggestion.id);
    }
  }
  if (auto related = searcher.related(text, 8); related.ok()) {
    for (const auto& topic : related.value()) check_text(topic.topic);
  }
  for (auto type : {wieweet::EvidenceType::kWorkshop, wieweet::EvidenceType::kDocument}) {
    auto found = searcher.search_evidence({text, type, query.page, query.size});
    if (!found.ok()) continue;
    for (const auto& item : found.value().results) {
      check_ref(item.item);
      check_text(item.snippet);
      for (const auto& person : item.people) {
        check_person_id(person.id);
        check_text(person.name);
      }
    }
  }
  wieweet::MatchQuery match;
  match.text = text;
  match.requester_school = query.filters.schools.empty() ? std::string() : query.filters.schools.front();
  if (auto hosts = searcher.match(match); hosts.ok()) check(hosts.value(), 1, 10);
  return 0;
}
