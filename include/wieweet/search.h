// The question ("who knows about X?") and its answer, as plain data.
#ifndef WIEWEET_SEARCH_H_
#define WIEWEET_SEARCH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "wieweet/evidence.h"

namespace wieweet {

struct ExpertQuery {
  std::string text;       // free text as the user typed it
  std::size_t page = 1;   // 1-based
  std::size_t size = 10;  // people per page
};

// One piece of evidence shown for a person, with why it matched.
struct EvidenceHit {
  EvidenceType type = EvidenceType::kDocument;
  std::string id;
  std::string title;
  std::string url;
  std::string date;
  std::string snippet;  // HTML-escaped text with only <mark>…</mark> added
  LinkKind link = LinkKind::kAuthor;
};

struct ExpertHit {
  std::string id;
  std::string name;
  std::string school;
  std::vector<std::string> roles;
  double score = 0.0;  // comparable within one answer only
  std::vector<EvidenceHit> evidence;  // strongest first
};

struct SearchResult {
  std::string query;
  std::size_t total = 0;  // people matching, over all pages
  std::size_t page = 1;
  std::size_t size = 10;
  std::vector<ExpertHit> results;
  std::optional<std::string> corrected_query;
};

}  // namespace wieweet

#endif  // WIEWEET_SEARCH_H_
