#include "meeloop_search.h"

#include <algorithm>
#include <unordered_set>

#include "expert_search.h"
#include "schema.h"

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

std::unordered_set<std::string> normalised(const TextAnalyzer& analyzer, const std::vector<std::string>& values) {
  std::unordered_set<std::string> keys;
  for (const auto& value : values) keys.insert(analyzer.normalize_phrase(value));
  return keys;
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
    auto schools = normalised(analyzer, query.preferred_schools);
    auto roles = normalised(analyzer, query.preferred_roles);
    search.preferred = [schools = std::move(schools), roles = std::move(roles)](const PersonCard& card) {
      const bool school_ok = schools.empty() || schools.count(card.school_key) != 0;
      const bool role_ok = roles.empty() || std::any_of(card.role_keys.begin(), card.role_keys.end(),
                                                        [&](const std::string& key) { return roles.count(key) != 0; });
      return school_ok && role_ok;
    };
  }
  return find_people(context, search);
}

}  // namespace wieweet
