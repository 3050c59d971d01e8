// JSON encoding of API responses (RapidJSON). The field names here are the v1 API (docs/api.md).
#ifndef WIEWEET_SERVER_JSON_WRITER_H_
#define WIEWEET_SERVER_JSON_WRITER_H_

#include <string>
#include <utility>
#include <vector>

#include "wieweet/browse.h"
#include "wieweet/search.h"
#include "wieweet/searcher.h"

namespace wieweet::server {

// /api/v1/experts and /api/v1/match.
std::string search_result_json(const SearchResult& result);
std::string person_page_json(const PersonPage& page);
// `people[i]`, when not null, is the profile of name suggestion i: its school and roles tell two
// colleagues with the same name apart.
std::string suggestions_json(const std::string& query, const std::vector<Suggestion>& suggestions,
                             const std::vector<const Person*>& people = {});
std::string related_json(const std::string& query, const std::vector<RelatedTopic>& topics);
// /api/v1/workshops and /api/v1/documents.
std::string evidence_search_json(const EvidenceSearchResult& result);
std::string error_json(const std::string& code, const std::string& message, const std::string& parameter);
std::string readiness_json(const IndexInfo& info);
// {"status": "<status>"}
std::string status_json(const std::string& status);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_JSON_WRITER_H_
