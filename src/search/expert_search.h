// Ranked people for a query: retrieval, Model-2 aggregation, profile filters, disjunctive facets,
// paging, and each person's strongest evidence with snippets. /api/v1/experts and /api/v1/match
// are both this, with different queries and filters.
#ifndef WIEWEET_SRC_EXPERT_SEARCH_H_
#define WIEWEET_SRC_EXPERT_SEARCH_H_

#include <functional>
#include <string>

#include "search/query_builder.h"
#include "search/search_context.h"
#include "wieweet/search.h"
#include "wieweet/status.h"

namespace wieweet {

struct PeopleSearch {
  std::string text;  // echoed in the result
  BuiltQuery built;
  ExpertFilters filters;
  std::string excluded_person;  // e.g. the requester of a meeloop match
  // When set, people it accepts come first, each group still in score order.
  std::function<bool(const PersonCard&)> preferred;
  std::size_t page = 1;
  std::size_t size = 10;
  bool explain = false;  // fill ExpertHit::explanation
};

// May throw Xapian::Error.
Result<SearchResult> find_people(const SearchContext& context, const PeopleSearch& search);

// /api/v1/experts. May throw Xapian::Error.
Result<SearchResult> search_experts(const SearchContext& context, const ExpertQuery& query);

}  // namespace wieweet

#endif  // WIEWEET_SRC_EXPERT_SEARCH_H_
