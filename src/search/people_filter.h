// The profile filters of /api/v1/experts (school, role, department, location, available_for,
// language: OR within a field, AND across fields; exclude_school), compiled once per request and
// tested against the person directory, with the per-field detail disjunctive facets need.
#ifndef WIEWEET_SRC_PEOPLE_FILTER_H_
#define WIEWEET_SRC_PEOPLE_FILTER_H_

#include <string>
#include <unordered_set>

#include "search/open_index.h"
#include "wieweet/search.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

enum class FilterField { kSchool, kRole, kDepartment, kLocation, kAvailableFor, kLanguage };

class PeopleFilter {
 public:
  PeopleFilter(const ExpertFilters& filters, const TextAnalyzer& analyzer);

  // True when the person passes every filter, except `ignored`'s own (for its facet's counts).
  bool passes(const PersonCard& card) const { return passes_except(card, nullptr); }
  bool passes_except(const PersonCard& card, const FilterField* ignored) const;

 private:
  struct Field {
    FilterField field;
    std::unordered_set<std::string> accepted;  // normalised; empty: no filter on this field
  };
  static bool accepts(const Field& field, const PersonCard& card);

  std::vector<Field> fields_;
  std::unordered_set<std::string> excluded_schools_;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_PEOPLE_FILTER_H_
