#include "plain_bm25_ranker.h"

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <set>
#include <unordered_map>
#include <variant>
#include <vector>

#include <xapian.h>

#include "baseline_support.h"
#include "wieweet/ingest.h"

namespace wieweet::relevance {
namespace {


// Appends each text, each followed by a newline.
void append_text(std::initializer_list<const std::string*> texts, const std::vector<std::string>& lists,
                 std::string* text) {
  for (const std::string* part : texts) {
    if (!part->empty()) text->append(*part).push_back('\n');
  }
  for (const auto& part : lists) text->append(part).push_back('\n');
}

// One text per visible person, in staff file order (so the database is the same on every run).
struct PersonTexts {
  std::vector<std::string> order;
  std::unordered_map<std::string, std::string> text;

  // Adds an evidence item's text to everyone it is linked to who has a document, each once however
  // many ways they are linked.
  void add_item(const std::string& item, std::initializer_list<const std::vector<std::string>*> link_lists) {
    std::set<std::string> people;
    for (const auto* list : link_lists) people.insert(list->begin(), list->end());
    for (const auto& person : people) {
      if (auto it = text.find(person); it != text.end()) it->second += item;
    }
  }
};

Result<PersonTexts> read_person_texts(const std::string& sample_dir) {
  PersonTexts people;
  Status status = for_each_record(sample_dir + "/staff.jsonl", SourceKind::kStaff, [&](IngestRecord&& record) {
    const auto* person = std::get_if<Person>(&record);
    if (person == nullptr || person->visibility == Visibility::kHidden || people.text.count(person->id) != 0) return;
    std::string profile;
    append_text({&person->name}, person->roles, &profile);
    append_text({&person->department}, person->expertise, &profile);
    append_text({&person->bio}, {}, &profile);
    people.order.push_back(person->id);
    people.text.emplace(person->id, std::move(profile));
  });
  if (!status.ok()) return status;
  status = for_each_record(sample_dir + "/workshops.jsonl", SourceKind::kWorkshops, [&](IngestRecord&& record) {
    const auto* workshop = std::get_if<Workshop>(&record);
    if (workshop == nullptr) return;
    std::string item;
    append_text({&workshop->title, &workshop->description}, workshop->tags, &item);
    people.add_item(item, {&workshop->presenters, &workshop->participants});
  });
  if (!status.ok()) return status;
  status = for_each_record(sample_dir + "/documents.jsonl", SourceKind::kDocuments, [&](IngestRecord&& record) {
    const auto* document = std::get_if<Document>(&record);
    if (document == nullptr) return;
    std::string item;
    append_text({&document->title, &document->body}, document->tags, &item);
    people.add_item(item, {&document->authors, &document->mentions});
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
