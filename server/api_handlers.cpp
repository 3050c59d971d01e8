#include "api_handlers.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>

#include "http_status.h"
#include "json_writer.h"
#include "query_string.h"

namespace wieweet::server {
namespace {

// A 400 that names the parameter at fault.
struct ParameterError {
  std::string parameter;
  std::string message;
};

HttpResponse bad_parameter(const ParameterError& error) {
  return error_response(400, "invalid_argument", error.message, error.parameter);
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Reads a whole number within [minimum, maximum], or the default when absent.
std::optional<ParameterError> read_number(const std::optional<std::string>& text, const char* name, std::size_t minimum,
                                          std::size_t maximum, std::size_t* out) {
  if (!text) return std::nullopt;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text->c_str(), &end, 10);
  const bool digits = !text->empty() && std::all_of(text->begin(), text->end(), ::isdigit);
  if (!digits || *end != '\0' || value < minimum || value > maximum) {
    return ParameterError{name, std::string("parameter \"") + name + "\" must be a whole number from " +
                                    std::to_string(minimum) + " to " + std::to_string(maximum)};
  }
  *out = value;
  return std::nullopt;
}

// Collects single-valued parameters, rejecting unknown and repeated ones (a typo such as "sise=50"
// should not silently give 10 results).
std::optional<ParameterError> collect(const QueryParams& params, std::initializer_list<const char*> known,
                                      std::map<std::string, std::string>* out) {
  for (const auto& [name, value] : params) {
    const bool is_known = std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; });
    if (!is_known) return ParameterError{name, "unknown parameter \"" + name + "\""};
    if (!out->emplace(name, value).second) {
      return ParameterError{name, "parameter \"" + name + "\" may be given only once"};
    }
  }
  return std::nullopt;
}

std::optional<std::string> get(const std::map<std::string, std::string>& values, const char* name) {
  auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

}  // namespace

HttpResponse handle_experts(const HttpRequest& request, Services& services) {
  auto params = parse_query_string(request.query);
  if (!params.ok()) return error_response(params.status());
  std::map<std::string, std::string> values;
  if (auto error = collect(params.value(), {"q", "page", "size"}, &values)) return bad_parameter(*error);

  const ServerConfig& config = services.config;
  ExpertQuery query;
  query.text = trim(get(values, "q").value_or(""));
  if (query.text.empty()) return bad_parameter({"q", "parameter \"q\" is required: what are you looking for?"});
  if (query.text.size() > config.max_query_bytes) {
    return bad_parameter(
        {"q", "parameter \"q\" is longer than " + std::to_string(config.max_query_bytes) + " bytes"});
  }
  query.size = config.default_page_size;
  if (auto error = read_number(get(values, "page"), "page", 1, config.max_page, &query.page)) return bad_parameter(*error);
  if (auto error = read_number(get(values, "size"), "size", 1, config.max_page_size, &query.size)) {
    return bad_parameter(*error);
  }

  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) {
    services.log->warn("experts: {}", searcher.status().to_string());
    return error_response(searcher.status());
  }
  auto result = searcher.value()->search(query);
  if (!result.ok()) {
    // The core rejects only the text itself ("the query has no searchable words").
    if (result.status().code() == StatusCode::kInvalidArgument) {
      return bad_parameter({"q", result.status().message()});
    }
    services.log->error("experts: {}", result.status().to_string());
    return error_response(result.status());
  }
  HttpResponse response;
  response.body = search_result_json(result.value());
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace wieweet::server
