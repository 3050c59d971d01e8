#include "search/open_index.h"

#include <algorithm>
#include <string_view>

#include "index/index_layout.h"
#include "index/index_metadata.h"
#include "index/schema.h"
#include "index/stored_evidence.h"

namespace wieweet {

bool StubIdentity::operator==(const StubIdentity& other) const {
  return inode == other.inode && modified.tv_sec == other.modified.tv_sec &&
         modified.tv_nsec == other.modified.tv_nsec;
}

std::optional<StubIdentity> stub_identity(const std::string& dir) {
  struct stat info {};
  if (::stat(index_layout::stub_path(dir).c_str(), &info) != 0) return std::nullopt;
  return StubIdentity{info.st_ino, info.st_mtim};
}

PersonDirectory PersonDirectory::load(const Xapian::Database& db, const TextAnalyzer& analyzer,
                                      const NameRedactor& redactor) {
  PersonDirectory directory;
  const std::string type = schema::type_term(EvidenceType::kProfile);
  for (auto it = db.postlist_begin(type); it != db.postlist_end(type); ++it) {
    auto stored = decode_shown_evidence(db.get_document(*it).get_data(), redactor);
    // Defence in depth: hidden people are never indexed, but an index is a file someone could swap.
    if (!stored.ok() || !stored->person || !may_be_shown(*stored->person)) continue;
    PersonCard card;
    card.person = std::move(*stored->person);
    const Person& person = card.person;
    card.school_key = analyzer.normalize_phrase(person.school);
    for (const auto& role : person.roles) card.role_keys.push_back(analyzer.normalize_phrase(role));
    card.department_key = analyzer.normalize_phrase(person.department);
    card.location_key = analyzer.normalize_phrase(person.location);
    for (const auto& value : person.available_for) card.available_keys.push_back(analyzer.normalize_phrase(value));
    for (const auto& value : person.languages) card.language_keys.push_back(analyzer.normalize_phrase(value));
    directory.cards_.push_back(std::move(card));
  }
  auto& cards = directory.cards_;
  std::stable_sort(cards.begin(), cards.end(),
                   [](const PersonCard& a, const PersonCard& b) { return a.person.id < b.person.id; });
  // One profile per id; should a swapped index hold two, the first is kept.
  cards.erase(std::unique(cards.begin(), cards.end(),
                          [](const PersonCard& a, const PersonCard& b) { return a.person.id == b.person.id; }),
              cards.end());
  directory.numbers_.reserve(cards.size());
  for (std::uint32_t number = 0; number < cards.size(); ++number) {
    directory.numbers_.emplace(cards[number].person.id, number);
  }
  return directory;
}

const PersonCard* PersonDirectory::find(const std::string& id) const {
  const auto number = number_of(id);
  return number ? &cards_[*number] : nullptr;
}

std::optional<std::uint32_t> PersonDirectory::number_of(std::string_view id) const {
  const auto it = numbers_.find(id);
  if (it == numbers_.end()) return std::nullopt;
  return it->second;
}

void OpenIndex::load_revision() {
  // Names first: the directory's profiles are redacted with them.
  redactor = std::make_unique<NameRedactor>(read_hidden_people(db), analyzer);
  people = PersonDirectory::load(db, analyzer, *redactor);
  links = ItemLinks::load(db, people);
}

Result<std::unique_ptr<OpenIndex>> open_index(const std::string& dir, const QueryResources& settings) {
  auto identity = stub_identity(dir);
  auto generation = index_layout::live_generation(dir);
  if (!generation.ok()) return generation.status();
  if (!identity) return Status::unavailable("no index has been published in " + dir);
  try {
    Xapian::Database db(index_layout::stub_path(dir));
    auto analyzer = read_index_metadata(db);
    if (!analyzer.ok()) return analyzer.status();
    auto index = std::unique_ptr<OpenIndex>(
        new OpenIndex{generation.value(), *identity, db, std::move(analyzer.value()), nullptr, {}, {}, nullptr});
    QueryFeatures features;
    features.strip_question_words = settings.config.strip_question_words;
    features.decompound = settings.config.decompound;
    features.spelling_correction = settings.config.spelling_correction && read_index_features(db).spelling;
    // Keyed again with this index's analysis: its stopwords are the ones its queries lose.
    if (settings.synonyms) features.synonyms = std::make_shared<const SynonymTable>(settings.synonyms->for_index(index->analyzer));
    features.question_words = settings.question_words;
    features.synonym_weight = settings.config.synonym_weight;
    features.compound_parts_weight = settings.config.compound_parts_weight;
    features.part_of_compound_weight = settings.config.part_of_compound_weight;
    features.synonyms_as_one_term = settings.config.synonyms_as_one_term;
    features.compound_any_part_weight = settings.config.compound_any_part_weight;
    features.found_expansion_scale = settings.config.found_expansion_scale;
    features.found_min_items = settings.config.found_min_items;
    features.max_words = settings.config.max_words;
    features.deadline = std::chrono::milliseconds(settings.config.deadline_ms);
    OpenIndex* open = index.get();
    features.hidden_names = [open]() -> const NameRedactor* { return open->redactor.get(); };
    index->queries = std::make_unique<QueryBuilder>(index->analyzer, index->db, std::move(features));
    index->load_revision();
    return index;
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

}  // namespace wieweet
