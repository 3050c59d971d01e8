// Everything tied to one opened index revision, shared by the searcher's operations: the database,
// the analysis it was built with, the query parser, who may be shown (with their profiles), and the
// names to redact. Rebuilt whole when a new generation is published; refreshed on new commits.
#ifndef WIEWEET_SRC_OPEN_INDEX_H_
#define WIEWEET_SRC_OPEN_INDEX_H_

#include <sys/stat.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/item_links.h"
#include "search/query_builder.h"
#include "analysis/synonyms.h"
#include "wieweet/config.h"
#include "wieweet/privacy.h"
#include "wieweet/records.h"
#include "wieweet/status.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

// Identifies one version of the stub file: rename() gives the new one a new inode.
struct StubIdentity {
  ino_t inode = 0;
  timespec modified{};
  bool operator==(const StubIdentity& other) const;
};

std::optional<StubIdentity> stub_identity(const std::string& dir);

// A visible person as the directory holds them, with the normalised forms filters compare against.
struct PersonCard {
  Person person;
  std::string school_key;
  std::vector<std::string> role_keys;
  std::string department_key;
  std::string location_key;
  std::vector<std::string> available_keys;
  std::vector<std::string> language_keys;
};

// Every person who may be shown, by id and by number: numbers are given in the order of the ids
// (0 .. size() - 1), so ranking by number breaks ties as ranking by id does (ranking.h). ~7,000 profiles
// take a few tens of milliseconds to load, once per opened revision; after that, filters, facets and
// names cost no index reads.
class PersonDirectory {
 public:
  // May throw Xapian::Error.
  // Profiles are kept as others may read them (NameRedactor::redact_person).
  static PersonDirectory load(const Xapian::Database& db, const TextAnalyzer& analyzer, const NameRedactor& redactor);

  const PersonCard* find(const std::string& id) const;
  std::optional<std::uint32_t> number_of(std::string_view id) const;
  const PersonCard& card(std::uint32_t number) const { return cards_[number]; }
  std::size_t size() const { return cards_.size(); }

 private:
  std::vector<PersonCard> cards_;  // by id
  // Views of the ids in cards_, whose strings stay put: cards_ is not changed after load (moving the
  // directory moves the vector's buffer, not its elements).
  std::unordered_map<std::string_view, std::uint32_t> numbers_;
};

struct OpenIndex {
  std::string generation;
  StubIdentity identity;
  Xapian::Database db;
  TextAnalyzer analyzer;
  std::unique_ptr<QueryBuilder> queries;
  PersonDirectory people;
  ItemLinks links;  // every item's links to people, by number
  // Blanks out names of people hidden after their colleagues' evidence was indexed (privacy.h).
  std::unique_ptr<NameRedactor> redactor;

  // Whether a term or phrase from the index (a suggestion, topic, related term) may be offered:
  // never one that names a hidden person.
  bool may_offer(std::string_view text) const { return !redactor->names_hidden_person(text); }

  // Reloads what depends on the revision's contents (people, hidden names). May throw Xapian::Error.
  void load_revision();
};

// How queries are to be read: the same for every revision and every searcher of a process
// (declared in searcher.h, loaded once by Searcher::load_query_resources).
struct QueryResources {
  QueryConfig config;
  std::shared_ptr<const SynonymTable> synonyms;  // null when expansion is off
  std::vector<std::string> question_words;       // query.question_words_file, read once
};

// Opens the live generation of `dir`. Errors: Unavailable before anything was published;
// IndexError for a wrong schema or an unreadable index.
Result<std::unique_ptr<OpenIndex>> open_index(const std::string& dir, const QueryResources& settings);

}  // namespace wieweet

#endif  // WIEWEET_SRC_OPEN_INDEX_H_
