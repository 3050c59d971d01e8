#include "fts5_peer.h"

#include <sqlite3.h>

#include <cctype>
#include <functional>
#include <utility>
#include <variant>

#include "relevance/baseline_support.h"
#include "wieweet/ingest.h"
#include "wieweet/privacy.h"

namespace wieweet {
namespace {

// Every word of the text as a quoted FTS5 string, OR-ed (as WieWeet's default operator).
std::string match_expression(const std::string& text) {
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

std::vector<EvidenceLink> links_of(const std::vector<std::string>& strong, LinkKind strong_kind,
                                   const std::vector<std::string>& weak, LinkKind weak_kind) {
  std::vector<EvidenceLink> links;
  for (const auto& id : strong) links.push_back({id, strong_kind});
  for (const auto& id : weak) links.push_back({id, weak_kind});
  return links;
}

}  // namespace

Fts5Peer::~Fts5Peer() {
  sqlite3_finalize(query_);
  sqlite3_close(db_);
}

Status Fts5Peer::exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    Status status = Status::io_error(error != nullptr ? error : "sqlite3_exec failed");
    sqlite3_free(error);
    return status;
  }
  return {};
}

Status Fts5Peer::build(const std::string& sample_dir) {
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
  Status status = relevance::for_each_record(sample_dir + "/staff.jsonl", SourceKind::kStaff, [&](IngestRecord&& record) {
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
    status = relevance::for_each_record(sample_dir + "/workshops.jsonl", SourceKind::kWorkshops, [&](IngestRecord&& record) {
      const auto* workshop = std::get_if<Workshop>(&record);
      if (workshop == nullptr) return;
      add(workshop->title, workshop->description, workshop->tags,
          links_of(workshop->presenters, LinkKind::kPresenter, workshop->participants, LinkKind::kParticipant));
    });
  }
  if (status.ok()) {
    status = relevance::for_each_record(sample_dir + "/documents.jsonl", SourceKind::kDocuments, [&](IngestRecord&& record) {
      const auto* document = std::get_if<Document>(&record);
      if (document == nullptr) return;
      add(document->title, document->body, document->tags,
          links_of(document->authors, LinkKind::kAuthor, document->mentions, LinkKind::kMention));
    });
  }
  sqlite3_finalize(insert);
  if (!status.ok()) return status;
  if (Status committed = exec("COMMIT"); !committed.ok()) return committed;
  if (sqlite3_prepare_v2(db_, "SELECT rowid, rank FROM items WHERE items MATCH ?1 ORDER BY rank LIMIT ?2", -1, &query_,
                         nullptr) != SQLITE_OK) {
    return Status::io_error(sqlite3_errmsg(db_));
  }
  return {};
}

std::vector<std::string> Fts5Peer::top_people(const std::string& text, std::size_t depth, std::size_t count) {
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

}  // namespace wieweet
