// The Xapian schema: every term prefix, value slot and metadata key, defined once. The document
// builder writes with these; the query builder and the searcher read with them.
// Conventions follow Xapian's Omega (docs/termprefixes.rst): Q is the unique id, X… our own prefixes.
#ifndef WIEWEET_SRC_SCHEMA_H_
#define WIEWEET_SRC_SCHEMA_H_

#include <string>
#include <string_view>

#include <xapian.h>

#include "wieweet/evidence.h"

namespace wieweet::schema {

// Bumped when the layout changes incompatibly; the searcher refuses other versions.
inline constexpr std::string_view kSchemaVersion = "2";

// Boolean terms.
inline constexpr std::string_view kUniqueId = "Q";    // Q<type>:<id>, e.g. "Qprofile:p123"
inline constexpr std::string_view kType = "XT";       // XT<type>, e.g. "XTworkshop"
inline constexpr std::string_view kPerson = "XP";     // XP<person id>: every person linked to the item

// Completion terms (suggestion_terms.h), read by prefix scans of the term list, never by queries:
// XA<key>\x1f<topic as written> for expertise and tags, XN<key>\x1f<name>\x1f<person id> on profiles.
inline constexpr std::string_view kSuggestTopic = "XA";
inline constexpr std::string_view kSuggestName = "XN";

// Parts of compounds in the text, stemmed (compound_splitter.h): XC<stem>, no positions. Kept apart
// from the words actually written so that a query decides how much a part match counts.
inline constexpr std::string_view kCompoundPart = "XC";

// Free-text prefixes for fielded search (the same text is also indexed unprefixed).
inline constexpr std::string_view kTitle = "S";
inline constexpr std::string_view kTags = "K";

// Value slots.
inline constexpr Xapian::valueno kSlotDate = 0;   // "YYYYMMDD", sortable
inline constexpr Xapian::valueno kSlotLinks = 1;  // encoded links, read by ranking without the document data
// Documents read from files (manifest lines): a hash of the file and its line, so `update` can skip
// what did not change (document_files.h content_hash).
inline constexpr Xapian::valueno kSlotContentHash = 2;

// Within-document frequency boosts: a word in a title or tag says more about the topic than one in a body.
inline constexpr Xapian::termcount kTitleWeight = 3;
inline constexpr Xapian::termcount kTagWeight = 2;
inline constexpr Xapian::termcount kBodyWeight = 1;

// Metadata keys written by the indexer and read back by the searcher.
inline constexpr std::string_view kMetaSchema = "wieweet.schema";
inline constexpr std::string_view kMetaStemmer = "wieweet.stemmer";
inline constexpr std::string_view kMetaStopwords = "wieweet.stopwords";
// The word list compounds were split with ("" for none), and "1" when the spelling table is filled.
inline constexpr std::string_view kMetaCompoundWords = "wieweet.compound_words";
inline constexpr std::string_view kMetaSpelling = "wieweet.spelling";
// "id<TAB>name" lines of hidden people: only ever used to blank their names out of text (privacy.h).
inline constexpr std::string_view kMetaHiddenPeople = "wieweet.hidden_people";

inline std::string unique_term(EvidenceType type, std::string_view id) {
  std::string term(kUniqueId);
  term.append(to_string(type)).append(":").append(id);
  return term;
}

inline std::string type_term(EvidenceType type) { return std::string(kType).append(to_string(type)); }

inline std::string person_term(std::string_view person_id) { return std::string(kPerson).append(person_id); }

}  // namespace wieweet::schema

#endif  // WIEWEET_SRC_SCHEMA_H_
