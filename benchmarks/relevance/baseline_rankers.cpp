#include "baseline_rankers.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include <xapian.h>

#include "baseline_support.h"

namespace wieweet::relevance {
namespace {

// Model 2's constants, as the se-android README's baseline: rank weighting 1 / (60 + rank) over the
// best 1,000 items; titles count twice.
constexpr double kRankConstant = 60.0;
constexpr Xapian::doccount kItemsRetrieved = 1000;
constexpr Xapian::termcount kTitleWeight = 2;

// An evidence item as the baselines see it: a title, the rest of its text, who is linked to it.
struct Item {
  std::string title;
  std::string text;
  std::vector<std::string> people;
  bool profile = false;
};

struct Corpus {
  std::unordered_set<std::string> visible;  // people who may be returned
  std::vector<std::string> staff_order;
  std::vector<Item> items;
};

void append(std::string* text, const std::string& part) {
  if (!part.empty()) text->append(part).push_back('\n');
}

Result<Corpus> read_corpus(const std::string& dir) {
  Corpus corpus;
  Status status = for_each_record(dir + "/staff.jsonl", SourceKind::kStaff, [&](IngestRecord&& record) {
    const auto* person = std::get_if<Person>(&record);
    if (person == nullptr || person->visibility == Visibility::kHidden || !corpus.visible.insert(person->id).second) return;
    corpus.staff_order.push_back(person->id);
    Item profile{person->name, {}, {person->id}, true};
    for (const auto& role : person->roles) append(&profile.text, role);
    append(&profile.text, person->department);
    for (const auto& expertise : person->expertise) append(&profile.text, expertise);
    append(&profile.text, person->bio);
    corpus.items.push_back(std::move(profile));
  });
  if (!status.ok()) return status;
  status = for_each_record(dir + "/workshops.jsonl", SourceKind::kWorkshops, [&](IngestRecord&& record) {
    const auto* workshop = std::get_if<Workshop>(&record);
    if (workshop == nullptr) return;
    Item item{workshop->title, {}, workshop->presenters};
    append(&item.text, workshop->description);
    for (const auto& tag : workshop->tags) append(&item.text, tag);
    item.people.insert(item.people.end(), workshop->participants.begin(), workshop->participants.end());
    corpus.items.push_back(std::move(item));
  });
  if (!status.ok()) return status;
  status = for_each_record(dir + "/documents.jsonl", SourceKind::kDocuments, [&](IngestRecord&& record) {
    const auto* document = std::get_if<Document>(&record);
    if (document == nullptr) return;
    Item item{document->title, {}, document->authors};
    append(&item.text, document->body);
    for (const auto& tag : document->tags) append(&item.text, tag);
    item.people.insert(item.people.end(), document->mentions.begin(), document->mentions.end());
    corpus.items.push_back(std::move(item));
  });
  if (!status.ok()) return status;
  for (auto& item : corpus.items) {  // each visible person once per item
    std::vector<std::string> people;
    for (auto& person : item.people) {
      if (corpus.visible.count(person) != 0 && std::find(people.begin(), people.end(), person) == people.end()) {
        people.push_back(std::move(person));
      }
    }
    item.people = std::move(people);
  }
  return corpus;
}

// People by score, best first; equal scores by id, so runs are deterministic.
Ranking best_first(const std::unordered_map<std::string, double>& scores, std::size_t depth) {
  std::vector<std::pair<std::string, double>> people(scores.begin(), scores.end());
  std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  Ranking ranking;
  for (std::size_t i = 0; i < people.size() && i < depth; ++i) ranking.push_back(people[i].first);
  return ranking;
}

class PopularityRanker final : public PeopleRanker {
 public:
  explicit PopularityRanker(const Corpus& corpus) {
    for (const auto& id : corpus.staff_order) scores_.emplace(id, 0.0);
    for (const auto& item : corpus.items) {
      if (item.profile) continue;  // a profile is no activity: everyone has one
      for (const auto& person : item.people) scores_[person] += 1.0;
    }
  }

  Result<Ranking> rank(const std::string&, std::size_t depth) override { return best_first(scores_, depth); }

 private:
  std::unordered_map<std::string, double> scores_;
};

class Model2Ranker final : public PeopleRanker {
 public:
  Model2Ranker(std::unique_ptr<ScratchDirectory> scratch, Xapian::Database db, std::vector<std::vector<std::string>> people)
      : scratch_(std::move(scratch)), db_(std::move(db)), people_(std::move(people)) {
    parser_.set_database(db_);
    parser_.set_default_op(Xapian::Query::OP_OR);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
  }

  ~Model2Ranker() override { db_.close(); }  // before scratch_ removes the files

  Result<Ranking> rank(const std::string& query, std::size_t depth) override {
    try {
      const Xapian::Query parsed = parser_.parse_query(query, 0);  // the words, no syntax
      if (parsed.empty()) return Ranking{};
      Xapian::Enquire enquire(db_);
      enquire.set_query(parsed);
      const Xapian::MSet matches = enquire.get_mset(0, kItemsRetrieved);
      std::unordered_map<std::string, double> scores;
      for (auto it = matches.begin(); it != matches.end(); ++it) {
        const double amount = 1.0 / (kRankConstant + static_cast<double>(it.get_rank() + 1));
        for (const auto& person : people_[*it - 1]) scores[person] += amount;
      }
      return best_first(scores, depth);
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

 private:
  std::unique_ptr<ScratchDirectory> scratch_;
  Xapian::Database db_;
  std::vector<std::vector<std::string>> people_;  // by docid - 1
  Xapian::QueryParser parser_;
};

}  // namespace

Result<std::unique_ptr<PeopleRanker>> build_popularity_ranker(const std::string& sample_dir) {
  auto corpus = read_corpus(sample_dir);
  if (!corpus.ok()) return corpus.status();
  return std::unique_ptr<PeopleRanker>(new PopularityRanker(corpus.value()));
}

Result<std::unique_ptr<PeopleRanker>> build_model2_ranker(const std::string& sample_dir) {
  auto corpus = read_corpus(sample_dir);
  if (!corpus.ok()) return corpus.status();
  auto scratch = ScratchDirectory::create();
  if (!scratch.ok()) return scratch.status();
  try {
    const std::string path = scratch.value()->path() + "/db";
    std::vector<std::vector<std::string>> people;
    {
      Xapian::WritableDatabase writer(path, Xapian::DB_CREATE_OR_OVERWRITE);
      Xapian::TermGenerator generator;  // no stemmer, no stopper: words as they are, lower-cased
      for (auto& item : corpus->items) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(item.title, kTitleWeight);
        generator.increase_termpos();
        generator.index_text(item.text);
        writer.add_document(doc);  // docids 1, 2, ... in order
        people.push_back(std::move(item.people));
      }
      writer.commit();
    }
    Xapian::Database db(path);
    return std::unique_ptr<PeopleRanker>(new Model2Ranker(std::move(scratch.value()), std::move(db), std::move(people)));
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

}  // namespace wieweet::relevance
