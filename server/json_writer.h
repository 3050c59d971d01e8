// JSON encoding of API responses (RapidJSON). The field names here are the v1 API (docs/api.md).
#ifndef WIEWEET_SERVER_JSON_WRITER_H_
#define WIEWEET_SERVER_JSON_WRITER_H_

#include <string>
#include <utility>
#include <vector>

#include "wieweet/search.h"
#include "wieweet/searcher.h"

namespace wieweet::server {

std::string search_result_json(const SearchResult& result);
std::string error_json(const std::string& code, const std::string& message, const std::string& parameter);
std::string readiness_json(const IndexInfo& info);
// {"status": "<status>"}
std::string status_json(const std::string& status);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_JSON_WRITER_H_
