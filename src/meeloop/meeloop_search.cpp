#include "meeloop/meeloop_search.h"

#include <algorithm>
#include <unordered_set>

#include "search/expert_search.h"
#include "search/people_filter.h"
#include "index/schema.h"

namespace wieweet {
namespace {

std::string without_request_words(const TextAnalyzer& analyzer, const std::string& text) {
  static const std::unordered_set<std::string> request_words(meeloop_request_words().begin(),
                                                             meeloop_request_words().end());
  std::string kept;
  for (const auto& span : split_words(text)) {
    if (request_words.count(analyzer.normalize(span.word)) != 0) continue;
    if (!kept.empty()) kept += ' ';
    kept += span.word;
  }
  return kept;
}

}  // namespace

Result<SearchResult> match_hosts(const SearchContext& context, const MatchQuery& query) {
  const TextAnalyzer& analyzer = context.index.analyzer;
  const std::string wanted = without_request_words(analyzer, query.text);
  auto built = wanted.empty() ? Result<BuiltQuery>(Status::invalid_argument(""))
                              : context.index.queries->build(wanted);
  if (!built.ok()) {
    return Status::invalid_argument("the request does not say whom to shadow: name a role or a topic");
  }
  PeopleSearch search;
  search.text = query.text;
  search.built = std::move(built.value());
  search.built.query = Xapian::Query(Xapian::Query::OP_FILTER, search.built.query,
                                     Xapian::Query(schema::type_term(EvidenceType::kProfile)));
  search.filters.available_for = {kMeeloopAvailability};
  if (!query.requester_school.empty()) search.filters.exclude_schools = {query.requester_school};
  search.excluded_person = query.requester_id;
  search.page = query.page;
  search.size = query.size;
  if (!query.preferred_schools.empty() || !query.preferred_roles.empty()) {
    // A preference reads like a filter (OR within schools or roles, AND across): the same PeopleFilter,
    // used to rank preferred hosts first instead of leaving the others out.
    ExpertFilters preference;
    preference.schools = query.preferred_schools;
    preference.roles = query.preferred_roles;
    search.preferred = [filter = std::make_shared<const PeopleFilter>(preference, analyzer)](const PersonCard& card) {
      return filter->passes(card);
    };
  }
  return find_people(context, search);
}

}  // namespace wieweet
