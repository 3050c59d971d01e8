// Reading and validating query parameters. Every rejection names the parameter at fault, so a
// client (or a person reading a 400) knows what to fix. Unknown parameters are rejected rather than
// ignored: "sise=50" or "shcool=X" silently answering something else is worse than an error.
#ifndef WIEWEET_SERVER_REQUEST_PARAMS_H_
#define WIEWEET_SERVER_REQUEST_PARAMS_H_

#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "http_types.h"
#include "wieweet/status.h"

namespace wieweet::server {

struct ParameterError {
  std::string parameter;
  std::string message;
};

// A 400 JSON error naming the parameter.
HttpResponse bad_parameter(const ParameterError& error);

class RequestParams {
 public:
  // Splits the query string; `single` names may appear once, `repeatable` ones any number of times.
  // Errors: a malformed query string (reported against "query"), unknown or repeated parameters.
  static std::optional<ParameterError> parse(const std::string& query_string, std::initializer_list<const char*> single,
                                             std::initializer_list<const char*> repeatable, RequestParams* out);

  // Trimmed text. A required one may not be empty (`why_required`, when given, ends the message);
  // none may exceed max_bytes.
  std::optional<ParameterError> text(const char* name, bool required, std::size_t max_bytes, std::string* out,
                                     const char* why_required = nullptr) const;
  // What was typed so far in a search box: trimmed on the left, while trailing blanks become one
  // space, since "de " (a finished word) completes differently from "de".
  std::optional<ParameterError> typed_text(const char* name, std::size_t max_bytes, std::string* out) const;

  // A whole number in [minimum, maximum]; `out` keeps its default when the parameter is absent.
  std::optional<ParameterError> number(const char* name, std::size_t minimum, std::size_t maximum,
                                       std::size_t* out) const;

  // "true" or "false"; `out` keeps its default when the parameter is absent.
  std::optional<ParameterError> boolean(const char* name, bool* out) const;

  // Every value of a repeatable parameter, trimmed: each non-empty, at most kMaxValueBytes, and at most
  // kMaxValues of them. `shape`, when given, must hold for each value; `shape_rule` explains it.
  static constexpr std::size_t kMaxValues = 20;
  static constexpr std::size_t kMaxValueBytes = 200;
  std::optional<ParameterError> list(const char* name, std::vector<std::string>* out,
                                     bool (*shape)(const std::string&) = nullptr, const char* shape_rule = "") const;

 private:
  std::multimap<std::string, std::string> values_;
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_REQUEST_PARAMS_H_
