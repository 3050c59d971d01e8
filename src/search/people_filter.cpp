#include "search/people_filter.h"

#include <algorithm>

namespace wieweet {
namespace {

std::unordered_set<std::string> normalised(const std::vector<std::string>& values, const TextAnalyzer& analyzer) {
  std::unordered_set<std::string> keys;
  for (const auto& value : values) keys.insert(analyzer.normalize_phrase(value));
  return keys;
}

bool any_accepted(const std::unordered_set<std::string>& accepted, const std::vector<std::string>& keys) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& key) { return accepted.count(key) != 0; });
}

}  // namespace

PeopleFilter::PeopleFilter(const ExpertFilters& filters, const TextAnalyzer& analyzer)
    : excluded_schools_(normalised(filters.exclude_schools, analyzer)) {
  const std::pair<FilterField, const std::vector<std::string>*> all[] = {
      {FilterField::kSchool, &filters.schools},         {FilterField::kRole, &filters.roles},
      {FilterField::kDepartment, &filters.departments}, {FilterField::kLocation, &filters.locations},
      {FilterField::kAvailableFor, &filters.available_for}, {FilterField::kLanguage, &filters.languages},
  };
  for (const auto& [field, values] : all) {
    if (!values->empty()) fields_.push_back({field, normalised(*values, analyzer)});
  }
}

bool PeopleFilter::accepts(const Field& field, const PersonCard& card) {
  switch (field.field) {
    case FilterField::kSchool: return field.accepted.count(card.school_key) != 0;
    case FilterField::kRole: return any_accepted(field.accepted, card.role_keys);
    case FilterField::kDepartment: return field.accepted.count(card.department_key) != 0;
    case FilterField::kLocation: return field.accepted.count(card.location_key) != 0;
    case FilterField::kAvailableFor: return any_accepted(field.accepted, card.available_keys);
    case FilterField::kLanguage: return any_accepted(field.accepted, card.language_keys);
  }
  return false;
}

bool PeopleFilter::passes_except(const PersonCard& card, const FilterField* ignored) const {
  if (!excluded_schools_.empty() && excluded_schools_.count(card.school_key) != 0) return false;
  for (const auto& field : fields_) {
    if (ignored != nullptr && field.field == *ignored) continue;
    if (!accepts(field, card)) return false;
  }
  return true;
}

}  // namespace wieweet
