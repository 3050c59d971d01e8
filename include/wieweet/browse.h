// What the search page needs besides ranked experts: a person's page, completions while typing,
// related topics, and searching the evidence itself. Plain data; Searcher (searcher.h) produces it.
#ifndef WIEWEET_BROWSE_H_
#define WIEWEET_BROWSE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "wieweet/evidence.h"
#include "wieweet/records.h"
#include "wieweet/search.h"

namespace wieweet {

// A topic on a person's page and where it comes from.
struct PersonTopic {
  std::string topic;
  bool self_declared = false;  // in the profile's expertise list
  bool evidenced = false;      // found in workshops they gave or documents they wrote
};

struct EvidenceRef {
  EvidenceType type = EvidenceType::kDocument;
  std::string id;
  std::string title;
  std::string url;
  std::string date;
};

// One kind of evidence on a person's page: the newest items, and how many there are in all.
struct EvidenceGroup {
  std::vector<EvidenceRef> items;
  std::size_t total = 0;
};

struct Colleague {
  std::string id;
  std::string name;
  std::string school;
  std::vector<std::string> roles;
};

// How many items of each kind a person's page lists (the newest first; totals are always complete).
inline constexpr std::size_t kPersonPageItems = 20;
inline constexpr std::size_t kPersonPageTopics = 12;
inline constexpr std::size_t kPersonPageColleagues = 5;

struct PersonPage {
  Person person;  // as stored: contact fields only for public people (privacy.h)
  std::vector<PersonTopic> topics;
  EvidenceGroup workshops_given;
  EvidenceGroup documents_written;
  EvidenceGroup workshops_followed;
  EvidenceGroup mentioned_in;
  std::vector<Colleague> similar;  // colleagues with the most similar evidence
};

struct Suggestion {
  enum class Kind { kTopic, kName };
  Kind kind = Kind::kTopic;
  std::string text;  // as written in the data
  std::string id;    // the person, for names
};

// Best first; no score, since tag counts and expand-set weights are not on one scale.
struct RelatedTopic {
  std::string topic;
};

// One workshop or document found by searching the evidence itself, with its visible people.
struct EvidenceResult {
  EvidenceRef item;
  std::string snippet;  // HTML-escaped, <mark> added
  struct LinkedPerson {
    std::string id;
    std::string name;
    LinkKind link = LinkKind::kAuthor;
  };
  std::vector<LinkedPerson> people;  // hidden and unknown people left out
};

// Searching the evidence itself: /api/v1/workshops and /api/v1/documents.
struct EvidenceQuery {
  std::string text;
  EvidenceType type = EvidenceType::kDocument;  // kWorkshop or kDocument
  std::size_t page = 1;
  std::size_t size = 10;
};

struct EvidenceSearchResult {
  std::string query;
  std::size_t total = 0;
  std::size_t page = 1;
  std::size_t size = 10;
  std::vector<EvidenceResult> results;
};

}  // namespace wieweet

#endif  // WIEWEET_BROWSE_H_
