#include "api_handlers.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "http_status.h"
#include "json_writer.h"
#include "request_params.h"
#include "wieweet/text_analysis.h"

namespace wieweet::server {
namespace {

// Suggestions are for a search box: a short prefix, a short list.
constexpr std::size_t kMaxSuggestQueryBytes = 100;
constexpr std::size_t kMaxSuggestions = 10;
constexpr std::size_t kMaxRelatedTopics = 20;
constexpr std::size_t kDefaultRelatedTopics = 10;

bool is_language_code(const std::string& value) {
  return (value.size() == 2 || value.size() == 3) &&
         std::all_of(value.begin(), value.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// A filter value is compared by its words; one of only punctuation has none and would match
// everyone whose field is empty.
bool has_a_word(const std::string& value) { return !normalize_text(value).empty(); }

HttpResponse json(std::string body) {
  HttpResponse response;
  response.body = std::move(body);
  // Answers follow the index, which changes under a running server.
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

// The searcher's errors as responses (http_status.h maps them). The core rejects only what a
// parameter said, so an InvalidArgument concerns `parameter`; server-side failures are logged in full.
HttpResponse failure(const Status& status, const char* parameter, const char* endpoint, Services& services) {
  if (status.code() == StatusCode::kUnavailable || status.code() == StatusCode::kDeadlineExceeded) {
    services.log->warn("{}: {}", endpoint, status.to_string());
  } else if (http_status_for(status.code()) >= 500) {
    services.log->error("{}: {}", endpoint, status.to_string());
  }
  return error_response(status, parameter);
}

// Runs `call` with a searcher from the pool; its Result becomes JSON via `encode`.
template <typename Call, typename Encode>
HttpResponse with_searcher(Services& services, const char* endpoint, const char* parameter, Call call, Encode encode) {
  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) return failure(searcher.status(), parameter, endpoint, services);
  auto result = call(*searcher.value());
  if (!result.ok()) return failure(result.status(), parameter, endpoint, services);
  return json(encode(result.value()));
}

// The highest `page` served for pages of `size`: server.max_page counts pages of the default size,
// so a larger page reaches as deep in people, never deeper; without a cap, any page whose first
// result index cannot overflow (a page past the end is an empty answer, not an error).
std::size_t deepest_page(const ServerConfig& config, std::size_t size) {
  constexpr std::size_t kUncapped = 10'000'000;
  if (config.max_page == 0) return kUncapped;
  const std::size_t people = config.max_page * config.default_page_size;
  return std::max<std::size_t>(1, (people + size - 1) / size);
}

// q, page and size as every search endpoint reads them.
std::optional<ParameterError> read_search(const RequestParams& params, const ServerConfig& config, std::string* text,
                                          std::size_t* page, std::size_t* size) {
  if (auto error = params.text("q", true, config.max_query_bytes, text, "what are you looking for?")) return error;
  *size = config.default_page_size;
  if (auto error = params.number("size", 1, config.max_page_size, size)) return error;
  return params.number("page", 1, deepest_page(config, *size), page);
}

std::optional<ParameterError> read_filters(const RequestParams& params, ExpertFilters* filters) {
  constexpr const char* kNeedsAWord = "must contain a word, not only punctuation";
  if (auto error = params.list("school", &filters->schools, has_a_word, kNeedsAWord)) return error;
  if (auto error = params.list("role", &filters->roles, has_a_word, kNeedsAWord)) return error;
  if (auto error = params.list("department", &filters->departments, has_a_word, kNeedsAWord)) return error;
  if (auto error = params.list("location", &filters->locations, has_a_word, kNeedsAWord)) return error;
  if (auto error = params.list("available_for", &filters->available_for, has_a_word, kNeedsAWord)) return error;
  if (auto error = params.list("language", &filters->languages, is_language_code,
                               "must be a language code of two or three letters, such as \"nl\" or \"en\"")) {
    return error;
  }
  return params.list("exclude_school", &filters->exclude_schools, has_a_word, kNeedsAWord);
}

// A switch: "true" or "false" (absent: false).
std::optional<ParameterError> read_switch(const RequestParams& params, const char* name, bool* out) {
  std::string value;
  if (params.text(name, false, 5, &value)) return ParameterError{name, "must be true or false"};
  if (value != "" && value != "true" && value != "false") return ParameterError{name, "must be true or false"};
  *out = value == "true";
  return std::nullopt;
}

}  // namespace

// Ids as the ingest contract allows them in practice: printable, no slash (it would be another path).
bool is_person_id(const std::string& id) {
  return !id.empty() && id.size() <= kMaxIdBytes && std::none_of(id.begin(), id.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == '/' || c == 0x7f;
  });
}

HttpResponse handle_experts(const HttpRequest& request, Services& services) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {"q", "page", "size", "spelling", "explain"},
                                        {"school", "role", "department", "location", "available_for", "language",
                                         "exclude_school"},
                                        &params)) {
    return bad_parameter(*error);
  }
  ExpertQuery query;
  if (auto error = read_search(params, services.config, &query.text, &query.page, &query.size)) {
    return bad_parameter(*error);
  }
  if (auto error = params.boolean("spelling", &query.spelling_correction)) return bad_parameter(*error);
  if (auto error = read_filters(params, &query.filters)) return bad_parameter(*error);
  if (auto error = read_switch(params, "explain", &query.explain)) return bad_parameter(*error);
  return with_searcher(
      services, "experts", "q", [&](Searcher& searcher) { return searcher.search(query); },
      [](const SearchResult& result) { return search_result_json(result); });
}

HttpResponse handle_person(const HttpRequest& request, Services& services) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {}, {}, &params)) return bad_parameter(*error);
  const std::string& id = request.path_parameter;
  if (!is_person_id(id)) {
    return bad_parameter({"id", "a person id is 1 to " + std::to_string(kMaxIdBytes) +
                                    " printable bytes without \"/\""});
  }
  return with_searcher(
      services, "people", "id", [&](Searcher& searcher) { return searcher.person(id); },
      [](const PersonPage& page) { return person_page_json(page); });
}

HttpResponse handle_suggest(const HttpRequest& request, Services& services) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {"q", "size"}, {}, &params)) return bad_parameter(*error);
  std::string typed;
  std::size_t size = kMaxSuggestions;
  if (auto error = params.typed_text("q", kMaxSuggestQueryBytes, &typed)) return bad_parameter(*error);
  if (auto error = params.number("size", 1, kMaxSuggestions, &size)) return bad_parameter(*error);
  // Names come with the person's school and roles, read from their (already redacted) profile, so
  // that two colleagues with the same name can be told apart in the list.
  std::vector<std::optional<Person>> profiles;
  std::vector<const Person*> people;
  return with_searcher(
      services, "suggest", "q",
      [&](Searcher& searcher) {
        auto suggestions = searcher.suggest(typed, size);
        if (!suggestions.ok()) return suggestions;
        for (const auto& suggestion : suggestions.value()) {
          auto profile = suggestion.kind == Suggestion::Kind::kName ? searcher.profile(suggestion.id)
                                                                     : Result<Person>(Status::not_found(""));
          profiles.push_back(profile.ok() ? std::optional<Person>(std::move(profile.value())) : std::nullopt);
        }
        for (const auto& profile : profiles) people.push_back(profile ? &*profile : nullptr);
        return suggestions;
      },
      [&](const std::vector<Suggestion>& suggestions) { return suggestions_json(typed, suggestions, people); });
}

HttpResponse handle_related(const HttpRequest& request, Services& services) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {"q", "size"}, {}, &params)) return bad_parameter(*error);
  std::string text;
  std::size_t size = kDefaultRelatedTopics;
  if (auto error = params.text("q", true, services.config.max_query_bytes, &text)) return bad_parameter(*error);
  if (auto error = params.number("size", 1, kMaxRelatedTopics, &size)) return bad_parameter(*error);
  return with_searcher(
      services, "related", "q", [&](Searcher& searcher) { return searcher.related(text, size); },
      [&](const std::vector<RelatedTopic>& topics) { return related_json(text, topics); });
}

namespace {

HttpResponse evidence_endpoint(const HttpRequest& request, Services& services, EvidenceType type,
                               const char* endpoint) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {"q", "page", "size"}, {}, &params)) {
    return bad_parameter(*error);
  }
  EvidenceQuery query;
  query.type = type;
  if (auto error = read_search(params, services.config, &query.text, &query.page, &query.size)) {
    return bad_parameter(*error);
  }
  return with_searcher(
      services, endpoint, "q", [&](Searcher& searcher) { return searcher.search_evidence(query); },
      [](const EvidenceSearchResult& result) { return evidence_search_json(result); });
}

}  // namespace

HttpResponse handle_workshops(const HttpRequest& request, Services& services) {
  return evidence_endpoint(request, services, EvidenceType::kWorkshop, "workshops");
}

HttpResponse handle_documents(const HttpRequest& request, Services& services) {
  return evidence_endpoint(request, services, EvidenceType::kDocument, "documents");
}

HttpResponse handle_match(const HttpRequest& request, Services& services) {
  RequestParams params;
  if (auto error = RequestParams::parse(request.query, {"q", "school", "page", "size"}, {"prefer_school", "prefer_role"},
                                        &params)) {
    return bad_parameter(*error);
  }
  MatchQuery query;
  if (auto error = read_search(params, services.config, &query.text, &query.page, &query.size)) {
    return bad_parameter(*error);
  }
  if (auto error = params.text("school", false, RequestParams::kMaxValueBytes, &query.requester_school)) {
    return bad_parameter(*error);
  }
  if (auto error = params.list("prefer_school", &query.preferred_schools)) return bad_parameter(*error);
  if (auto error = params.list("prefer_role", &query.preferred_roles)) return bad_parameter(*error);
  return with_searcher(
      services, "match", "q", [&](Searcher& searcher) { return searcher.match(query); },
      [](const SearchResult& result) { return search_result_json(result); });
}

}  // namespace wieweet::server
