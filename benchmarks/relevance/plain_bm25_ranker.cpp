#include "plain_bm25_ranker.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <set>
#include <unordered_map>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <xapian.h>

namespace wieweet::relevance {
namespace {

namespace fs = std::filesystem;

// A directory of our own under $TMPDIR, removed with everything in it when this goes away.
class ScratchDirectory {
 public:
  static Result<std::unique_ptr<ScratchDirectory>> create() {
    std::string pattern = (fs::temp_directory_path() / "wieweet-relevance-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) return Status::io_error("cannot create a temporary directory like " + pattern);
    return std::unique_ptr<ScratchDirectory>(new ScratchDirectory(pattern));
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  explicit ScratchDirectory(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

using LineHandler = std::function<void(const rapidjson::Value& record)>;

// Calls `handle` for every record of a JSON Lines file; deletion markers are skipped, since a
// baseline built from scratch has nothing to delete.
Status for_each_record(const std::string& path, const LineHandler& handle) {
  std::ifstream in(path);
  if (!in) return Status::io_error("cannot read " + path);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject()) {
      const std::string why = doc.HasParseError() ? rapidjson::GetParseError_En(doc.GetParseError()) : "not an object";
      return Status::invalid_argument(why).at({path, number});
    }
    if (auto deleted = doc.FindMember("deleted"); deleted != doc.MemberEnd() && deleted->value.IsTrue()) continue;
    handle(doc);
  }
  return {};
}

// Appends a string field, or every string of an array field, each followed by a newline.
void append_text(const rapidjson::Value& record, const char* field, std::string* text) {
  auto it = record.FindMember(field);
  if (it == record.MemberEnd()) return;
  if (it->value.IsString()) {
    text->append(it->value.GetString(), it->value.GetStringLength()).push_back('\n');
  } else if (it->value.IsArray()) {
    for (const auto& item : it->value.GetArray()) {
      if (item.IsString()) text->append(item.GetString(), item.GetStringLength()).push_back('\n');
    }
  }
}

std::string string_field(const rapidjson::Value& record, const char* field) {
  auto it = record.FindMember(field);
  return it != record.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

// The people an item is linked to, each once however many ways they are linked.
std::set<std::string> linked_people(const rapidjson::Value& record, std::initializer_list<const char*> fields) {
  std::set<std::string> people;
  for (const char* field : fields) {
    auto it = record.FindMember(field);
    if (it == record.MemberEnd() || !it->value.IsArray()) continue;
    for (const auto& id : it->value.GetArray()) {
      if (id.IsString()) people.insert(id.GetString());
    }
  }
  return people;
}

// One text per visible person, in staff file order (so the database is the same on every run).
struct PersonTexts {
  std::vector<std::string> order;
  std::unordered_map<std::string, std::string> text;

  // Adds an evidence item's text to everyone it is linked to who has a document.
  void add_item(const rapidjson::Value& record, std::initializer_list<const char*> text_fields,
                std::initializer_list<const char*> link_fields) {
    std::string item;
    for (const char* field : text_fields) append_text(record, field, &item);
    for (const auto& person : linked_people(record, link_fields)) {
      if (auto it = text.find(person); it != text.end()) it->second += item;
    }
  }
};

Result<PersonTexts> read_person_texts(const std::string& sample_dir) {
  PersonTexts people;
  Status status = for_each_record(sample_dir + "/staff.jsonl", [&](const rapidjson::Value& record) {
    const std::string id = string_field(record, "id");
    if (id.empty() || string_field(record, "visibility") == "hidden" || people.text.count(id) != 0) return;
    std::string profile;
    for (const char* field : {"name", "roles", "department", "expertise", "bio"}) append_text(record, field, &profile);
    people.order.push_back(id);
    people.text.emplace(id, std::move(profile));
  });
  if (!status.ok()) return status;
  status = for_each_record(sample_dir + "/workshops.jsonl", [&](const rapidjson::Value& record) {
    people.add_item(record, {"title", "description", "tags"}, {"presenters", "participants"});
  });
  if (!status.ok()) return status;
  status = for_each_record(sample_dir + "/documents.jsonl", [&](const rapidjson::Value& record) {
    people.add_item(record, {"title", "body", "tags"}, {"authors", "mentions"});
  });
  if (!status.ok()) return status;
  return people;
}

class PlainBm25Ranker final : public PeopleRanker {
 public:
  PlainBm25Ranker(std::unique_ptr<ScratchDirectory> scratch, Xapian::Database db)
      : scratch_(std::move(scratch)), db_(std::move(db)) {
    parser_.set_database(db_);
    parser_.set_default_op(Xapian::Query::OP_OR);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
  }

  ~PlainBm25Ranker() override { db_.close(); }  // before scratch_ removes the files

  Result<Ranking> rank(const std::string& query, std::size_t depth) override {
    try {
      Xapian::Query parsed;
      try {
        parsed = parser_.parse_query(query);
      } catch (const Xapian::QueryParserError&) {
        parsed = parser_.parse_query(query, 0);  // as WieWeet does: the words, without the syntax
      }
      Ranking ranking;
      if (parsed.empty()) return ranking;
      Xapian::Enquire enquire(db_);
      enquire.set_query(parsed);  // the default weighting scheme is BM25
      const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
      for (auto it = matches.begin(); it != matches.end(); ++it) ranking.push_back(it.get_document().get_data());
      return ranking;
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

 private:
  std::unique_ptr<ScratchDirectory> scratch_;
  Xapian::Database db_;
  Xapian::QueryParser parser_;
};

}  // namespace

Result<std::unique_ptr<PeopleRanker>> build_plain_bm25_ranker(const std::string& sample_dir) {
  auto people = read_person_texts(sample_dir);
  if (!people.ok()) return people.status();
  auto scratch = ScratchDirectory::create();
  if (!scratch.ok()) return scratch.status();
  try {
    const std::string path = scratch.value()->path() + "/db";
    {
      Xapian::WritableDatabase writer(path, Xapian::DB_CREATE_OR_OVERWRITE);
      Xapian::TermGenerator generator;  // no stemmer, no stopper: words as they are, lower-cased
      for (const auto& id : people->order) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(people->text.at(id));
        doc.set_data(id);
        writer.add_document(doc);
      }
      writer.commit();
    }
    Xapian::Database db(path);
    return std::unique_ptr<PeopleRanker>(new PlainBm25Ranker(std::move(scratch.value()), std::move(db)));
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

}  // namespace wieweet::relevance
