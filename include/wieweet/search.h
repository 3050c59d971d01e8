// The question ("who knows about X?") and its answer, as plain data.
#ifndef WIEWEET_SEARCH_H_
#define WIEWEET_SEARCH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "wieweet/evidence.h"

namespace wieweet {

// Narrowing by profile fields. Each list is OR within the field (school=A&school=B: either), and
// fields combine with AND. Values match whole field values, ignoring case and diacritics (a role
// filter "docent wiskunde" matches the role "Docent Wiskunde", not "docent"). Empty lists don't filter.
struct ExpertFilters {
  std::vector<std::string> schools;
  std::vector<std::string> roles;
  std::vector<std::string> departments;
  std::vector<std::string> locations;
  std::vector<std::string> available_for;
  std::vector<std::string> languages;
  std::vector<std::string> exclude_schools;  // people at these schools are left out
};

struct ExpertQuery {
  std::string text;       // free text as the user typed it
  std::size_t page = 1;   // 1-based
  std::size_t size = 10;  // people per page
  ExpertFilters filters;
  // False searches exactly what was typed, even where the index's spelling correction would change it
  // (the page's "search for what I typed" link). Correction also needs query.spelling_correction.
  bool spelling_correction = true;
  bool explain = false;   // also say, per person, how the score was made (ExpertHit::explanation)
};

struct FacetCount {
  std::string value;  // as written in the profiles (the first spelling seen)
  std::size_t count = 0;
};

// Counts over all people matching the query, not only the page shown. Each facet is counted with
// every filter applied except its own field's, so that a count says how many people selecting that
// value would add (the usual "disjunctive" faceting). Most frequent first.
struct Facets {
  std::vector<FacetCount> school;
  std::vector<FacetCount> role;
  std::vector<FacetCount> available_for;
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

// One evidence item's part of a person's score: amount = relevance * link_weight * share.
struct EvidenceScore {
  EvidenceType type = EvidenceType::kDocument;
  std::string id;
  std::string title;  // as EvidenceHit shows it (hidden names blanked out)
  LinkKind link = LinkKind::kAuthor;  // the person's strongest link to the item
  std::size_t rank = 0;       // the item's place in the query's retrieval, 1 = best
  double retrieval = 0.0;     // the weighting scheme's score (ranking.weighting)
  double relevance = 0.0;     // retrieval / the best item's, or 1 / (rank_constant + rank) (ranking.aggregation)
  double link_weight = 0.0;   // ranking.weights for `link`
  double share = 1.0;         // 1 / (people on the item)^ranking.link_share
  double amount = 0.0;
};

// Why a person has their score: score = content * prior, content = the sum of `evidence` amounts.
struct ScoreExplanation {
  double content = 0.0;
  double prior = 1.0;               // 1 + prior_weight * min(1, ln(1 + items) / ln(1 + prior_cap))
  std::size_t evidence_items = 0;   // the person's items with a strong link, the prior's input
  std::vector<EvidenceScore> evidence;  // the counted items (ranking.evidence_counted), largest first
};

struct ExpertHit {
  std::string id;
  std::string name;
  std::string school;
  std::vector<std::string> roles;
  double score = 0.0;  // comparable within one answer only
  std::vector<EvidenceHit> evidence;  // strongest first
  std::optional<ScoreExplanation> explanation;  // only when ExpertQuery::explain
};

struct SearchResult {
  std::string query;
  std::size_t total = 0;  // people matching, over all pages
  std::size_t page = 1;
  std::size_t size = 10;
  std::vector<ExpertHit> results;
  Facets facets;
  std::optional<std::string> corrected_query;
};

}  // namespace wieweet

#endif  // WIEWEET_SEARCH_H_
