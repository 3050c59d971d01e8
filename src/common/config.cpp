// Configuration loading: one table of keys drives the JSON file, the environment overrides and the
// unknown-key check, so a new setting is added in exactly one place (kFields below).
#include "wieweet/config.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "wieweet/numbers.h"
#include "wieweet/ingest.h"

extern char** environ;

namespace wieweet {
namespace {

// A config key ("server.port"), how to reach its field, and where in Config it lives.
struct FieldSpec {
  const char* key;
  std::function<void*(Config&)> field;
  enum class Type { kString, kCount, kNumber, kPort, kBool, kStringList, kStringMap } type;
};

template <class Section, class T>
std::function<void*(Config&)> member(Section Config::*section, T Section::*field) {
  return [section, field](Config& config) -> void* { return &(config.*section.*field); };
}

template <class T>
std::function<void*(Config&)> weight(T LinkWeights::*field) {
  return [field](Config& config) -> void* { return &(config.ranking.weights.*field); };
}

const std::vector<FieldSpec>& fields() {
  using Type = FieldSpec::Type;
  static const std::vector<FieldSpec> kFields = {
      {"analysis.stemmer", member(&Config::analysis, &AnalysisConfig::stemmer), Type::kString},
      {"analysis.stopwords_file", member(&Config::analysis, &AnalysisConfig::stopwords_file), Type::kString},
      {"analysis.compound_words_file", member(&Config::analysis, &AnalysisConfig::compound_words_file),
       Type::kString},
      {"analysis.spelling", member(&Config::analysis, &AnalysisConfig::spelling), Type::kBool},
      {"query.synonyms_file", member(&Config::query, &QueryConfig::synonyms_file), Type::kString},
      {"query.strip_question_words", member(&Config::query, &QueryConfig::strip_question_words), Type::kBool},
      {"query.decompound", member(&Config::query, &QueryConfig::decompound), Type::kBool},
      {"query.spelling_correction", member(&Config::query, &QueryConfig::spelling_correction), Type::kBool},
      {"query.question_words_file", member(&Config::query, &QueryConfig::question_words_file), Type::kString},
      {"query.synonym_weight", member(&Config::query, &QueryConfig::synonym_weight), Type::kNumber},
      {"query.compound_parts_weight", member(&Config::query, &QueryConfig::compound_parts_weight), Type::kNumber},
      {"query.part_of_compound_weight", member(&Config::query, &QueryConfig::part_of_compound_weight), Type::kNumber},
      {"query.synonyms_as_one_term", member(&Config::query, &QueryConfig::synonyms_as_one_term), Type::kBool},
      {"query.compound_any_part_weight", member(&Config::query, &QueryConfig::compound_any_part_weight),
       Type::kNumber},
      {"query.found_expansion_scale", member(&Config::query, &QueryConfig::found_expansion_scale), Type::kNumber},
      {"query.found_min_items", member(&Config::query, &QueryConfig::found_min_items), Type::kCount},
      {"query.max_words", member(&Config::query, &QueryConfig::max_words), Type::kCount},
      {"query.deadline_ms", member(&Config::query, &QueryConfig::deadline_ms), Type::kCount},
      {"ingest.max_errors", member(&Config::ingest, &IngestConfig::max_errors), Type::kCount},
      {"ingest.max_line_bytes", member(&Config::ingest, &IngestConfig::max_line_bytes), Type::kCount},
      {"ingest.csv_columns", member(&Config::ingest, &IngestConfig::csv_columns), Type::kStringMap},
      {"index.commit_every", member(&Config::index, &IndexConfig::commit_every), Type::kCount},
      {"index.keep_generations", member(&Config::index, &IndexConfig::keep_generations), Type::kCount},
      {"index.threads", member(&Config::index, &IndexConfig::threads), Type::kCount},
      {"ranking.weights.owner", weight(&LinkWeights::owner), Type::kNumber},
      {"ranking.weights.presenter", weight(&LinkWeights::presenter), Type::kNumber},
      {"ranking.weights.author", weight(&LinkWeights::author), Type::kNumber},
      {"ranking.weights.participant", weight(&LinkWeights::participant), Type::kNumber},
      {"ranking.weights.mention", weight(&LinkWeights::mention), Type::kNumber},
      {"ranking.evidence_depth", member(&Config::ranking, &RankingConfig::evidence_depth), Type::kCount},
      {"ranking.evidence_counted", member(&Config::ranking, &RankingConfig::evidence_counted), Type::kCount},
      {"ranking.evidence_per_person", member(&Config::ranking, &RankingConfig::evidence_per_person), Type::kCount},
      {"ranking.snippet_chars", member(&Config::ranking, &RankingConfig::snippet_chars), Type::kCount},
      {"ranking.weighting", member(&Config::ranking, &RankingConfig::weighting), Type::kString},
      {"ranking.bm25_k1", member(&Config::ranking, &RankingConfig::bm25_k1), Type::kNumber},
      {"ranking.bm25_b", member(&Config::ranking, &RankingConfig::bm25_b), Type::kNumber},
      {"ranking.aggregation", member(&Config::ranking, &RankingConfig::aggregation), Type::kString},
      {"ranking.rank_constant", member(&Config::ranking, &RankingConfig::rank_constant), Type::kNumber},
      {"ranking.link_share", member(&Config::ranking, &RankingConfig::link_share), Type::kNumber},
      {"ranking.prior_weight", member(&Config::ranking, &RankingConfig::prior_weight), Type::kNumber},
      {"ranking.prior_cap", member(&Config::ranking, &RankingConfig::prior_cap), Type::kCount},
      {"ranking.feedback_terms", member(&Config::ranking, &RankingConfig::feedback_terms), Type::kCount},
      {"ranking.feedback_docs", member(&Config::ranking, &RankingConfig::feedback_docs), Type::kCount},
      {"ranking.feedback_min_words", member(&Config::ranking, &RankingConfig::feedback_min_words), Type::kCount},
      {"ranking.feedback_weight", member(&Config::ranking, &RankingConfig::feedback_weight), Type::kNumber},
      {"ranking.related_depth", member(&Config::ranking, &RankingConfig::related_depth), Type::kCount},
      {"ranking.similarity_depth", member(&Config::ranking, &RankingConfig::similarity_depth), Type::kCount},
      {"server.bind", member(&Config::server, &ServerConfig::bind), Type::kString},
      {"server.admin_token", member(&Config::server, &ServerConfig::admin_token), Type::kString},
      {"server.port", member(&Config::server, &ServerConfig::port), Type::kPort},
      {"server.threads", member(&Config::server, &ServerConfig::threads), Type::kCount},
      {"server.max_query_bytes", member(&Config::server, &ServerConfig::max_query_bytes), Type::kCount},
      {"server.max_page_size", member(&Config::server, &ServerConfig::max_page_size), Type::kCount},
      {"server.default_page_size", member(&Config::server, &ServerConfig::default_page_size), Type::kCount},
      {"server.max_page", member(&Config::server, &ServerConfig::max_page), Type::kCount},
      {"server.max_header_bytes", member(&Config::server, &ServerConfig::max_header_bytes), Type::kCount},
      {"server.max_body_bytes", member(&Config::server, &ServerConfig::max_body_bytes), Type::kCount},
      {"server.request_timeout_ms", member(&Config::server, &ServerConfig::request_timeout_ms), Type::kCount},
      {"server.max_requests_per_connection", member(&Config::server, &ServerConfig::max_requests_per_connection),
       Type::kCount},
      {"server.cors_allowed_origins", member(&Config::server, &ServerConfig::cors_allowed_origins),
       Type::kStringList},
      {"server.max_connections", member(&Config::server, &ServerConfig::max_connections), Type::kCount},
      {"server.idle_timeout_ms", member(&Config::server, &ServerConfig::idle_timeout_ms), Type::kCount},
      {"server.shutdown_grace_ms", member(&Config::server, &ServerConfig::shutdown_grace_ms), Type::kCount},
  };
  return kFields;
}

const FieldSpec* find_field(const std::string& key) {
  for (const auto& spec : fields()) {
    if (key == spec.key) return &spec;
  }
  return nullptr;
}

// "server.max_page_size" -> "WIEWEET_SERVER_MAX_PAGE_SIZE"
std::string env_name(const std::string& key) {
  std::string name = "WIEWEET_";
  for (char c : key) name += c == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

Status set_from_json(Config& config, const FieldSpec& spec, const rapidjson::Value& value) {
  void* target = spec.field(config);
  const std::string key = spec.key;
  switch (spec.type) {
    case FieldSpec::Type::kString:
      if (!value.IsString()) return Status::invalid_argument(key + " must be a string");
      *static_cast<std::string*>(target) = std::string(value.GetString(), value.GetStringLength());
      return {};
    case FieldSpec::Type::kCount:
      if (!value.IsUint64()) return Status::invalid_argument(key + " must be a whole number >= 0");
      *static_cast<std::size_t*>(target) = value.GetUint64();
      return {};
    case FieldSpec::Type::kNumber:
      if (!value.IsNumber()) return Status::invalid_argument(key + " must be a number");
      *static_cast<double*>(target) = value.GetDouble();
      return {};
    case FieldSpec::Type::kBool:
      if (!value.IsBool()) return Status::invalid_argument(key + " must be true or false");
      *static_cast<bool*>(target) = value.GetBool();
      return {};
    case FieldSpec::Type::kPort:
      if (!value.IsUint() || value.GetUint() > 65535) return Status::invalid_argument(key + " must be a port 0-65535");
      *static_cast<std::uint16_t*>(target) = static_cast<std::uint16_t>(value.GetUint());
      return {};
    case FieldSpec::Type::kStringList: {
      if (!value.IsArray()) return Status::invalid_argument(key + " must be a list of strings");
      std::vector<std::string> list;
      for (const auto& item : value.GetArray()) {
        if (!item.IsString()) return Status::invalid_argument(key + " must be a list of strings");
        list.emplace_back(item.GetString());
      }
      *static_cast<std::vector<std::string>*>(target) = std::move(list);
      return {};
    }
    case FieldSpec::Type::kStringMap: {
      if (!value.IsObject()) return Status::invalid_argument(key + " must be an object of strings");
      auto& map = *static_cast<std::map<std::string, std::string>*>(target);
      map.clear();
      for (auto entry = value.MemberBegin(); entry != value.MemberEnd(); ++entry) {
        if (!entry->value.IsString()) {
          return Status::invalid_argument(key + "." + entry->name.GetString() + " must be a string");
        }
        map[entry->name.GetString()] = entry->value.GetString();
      }
      return {};
    }
  }
  return Status::internal("unhandled config type");
}

Status set_from_text(Config& config, const FieldSpec& spec, const std::string& text, const std::string& source) {
  void* target = spec.field(config);
  const std::string what = source + " (" + spec.key + ")";
  if (spec.type == FieldSpec::Type::kString) {
    *static_cast<std::string*>(target) = text;
    return {};
  }
  if (spec.type == FieldSpec::Type::kStringList) {
    // Comma-separated; blanks around items and empty items ("a,,b", "") are dropped.
    std::vector<std::string> list;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t comma = text.find(',', start);
      if (comma == std::string::npos) comma = text.size();
      std::string item = text.substr(start, comma - start);
      const auto first = item.find_first_not_of(" \t");
      if (first != std::string::npos) list.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
      start = comma + 1;
    }
    *static_cast<std::vector<std::string>*>(target) = std::move(list);
    return {};
  }
  if (spec.type == FieldSpec::Type::kStringMap) {
    // In the environment, the object is written as JSON: WIEWEET_INGEST_CSV_COLUMNS='{"Naam": "name"}'.
    rapidjson::Document json;
    json.Parse(text.c_str());
    if (json.HasParseError()) return Status::invalid_argument(what + " must be a JSON object of strings");
    return set_from_json(config, spec, json);
  }
  if (spec.type == FieldSpec::Type::kBool) {
    if (text != "true" && text != "false") return Status::invalid_argument(what + " must be true or false");
    *static_cast<bool*>(target) = text == "true";
    return {};
  }
  char* end = nullptr;
  errno = 0;
  if (spec.type == FieldSpec::Type::kNumber) {
    const double number = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno != 0) return Status::invalid_argument(what + " must be a number");
    *static_cast<double*>(target) = number;
    return {};
  }
  if (spec.type == FieldSpec::Type::kPort) {
    const auto port = parse_whole_number(text, 65535);
    if (!port) return Status::invalid_argument(what + " must be a port 0-65535");
    *static_cast<std::uint16_t*>(target) = static_cast<std::uint16_t>(*port);
    return {};
  }
  const auto number = parse_whole_number(text, std::numeric_limits<std::size_t>::max());
  if (!number) return Status::invalid_argument(what + " must be a whole number >= 0");
  *static_cast<std::size_t*>(target) = static_cast<std::size_t>(*number);
  return {};
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

Status apply_object(Config& config, const rapidjson::Value& object, const std::string& prefix) {
  for (auto member = object.MemberBegin(); member != object.MemberEnd(); ++member) {
    const std::string key = prefix + std::string(member->name.GetString(), member->name.GetStringLength());
    const FieldSpec* object_field = find_field(key);
    if (member->value.IsObject() && (object_field == nullptr || object_field->type != FieldSpec::Type::kStringMap)) {
      const bool is_section = std::any_of(fields().begin(), fields().end(), [&](const FieldSpec& spec) {
        return std::string_view(spec.key).rfind(key + ".", 0) == 0;
      });
      if (!is_section) return Status::invalid_argument("unknown configuration section \"" + key + "\"");
      if (Status status = apply_object(config, member->value, key + "."); !status.ok()) return status;
      continue;
    }
    const FieldSpec* spec = find_field(key);
    if (spec == nullptr) return Status::invalid_argument("unknown configuration key \"" + key + "\"");
    if (Status status = set_from_json(config, *spec, member->value); !status.ok()) return status;
  }
  return {};
}

}  // namespace

Result<Config> load_config(const std::string& path, const Environment& env) {
  if (path.empty()) return parse_config(std::nullopt, path, env);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot read config file " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return parse_config(content.str(), path, env);
}

Result<Config> parse_config(std::optional<std::string_view> text, const std::string& source, const Environment& env) {
  Config config;
  if (text) {
    // RapidJSON takes a NUL byte for the end of the text, even when given the length: what follows
    // one would be silently ignored.
    if (const auto nul = text->find('\0'); nul != std::string_view::npos) {
      return Status::invalid_argument("the config file holds a NUL byte").at({source, line_of_offset(*text, nul)});
    }
    rapidjson::Document json;
    // Iterative, as ingest lines are parsed: deep nesting costs heap, never a stack overflow.
    json.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag | rapidjson::kParseIterativeFlag>(
        text->data(), text->size());
    if (json.HasParseError()) {
      return Status::invalid_argument(std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()))
          .at({source, line_of_offset(*text, json.GetErrorOffset())});
    }
    if (!json.IsObject()) return Status::invalid_argument("the config file must hold one JSON object").at({source, 1});
    if (Status status = apply_object(config, json, ""); !status.ok()) {
      return Status::invalid_argument(source + ": " + status.message());
    }
  }
  for (const auto& spec : fields()) {
    auto it = env.find(env_name(spec.key));
    if (it == env.end()) continue;
    if (Status status = set_from_text(config, spec, it->second, it->first); !status.ok()) return status;
  }
  // A misspelt setting must not be silently ignored. Only names under a config section are checked:
  // other WIEWEET_* variables belong to scripts and tests.
  static const char* const kSections[] = {"WIEWEET_ANALYSIS_", "WIEWEET_INGEST_", "WIEWEET_INDEX_",
                                          "WIEWEET_RANKING_", "WIEWEET_QUERY_", "WIEWEET_SERVER_"};
  for (const auto& [name, value] : env) {
    bool in_section = false;
    for (const char* section : kSections) in_section = in_section || name.rfind(section, 0) == 0;
    if (!in_section) continue;
    bool known = false;
    for (const auto& spec : fields()) known = known || env_name(spec.key) == name;
    if (!known) return Status::invalid_argument("unknown environment variable " + name);
  }
  return config;
}

Status Config::validate() const {
  auto require = [](bool condition, const std::string& message) {
    return condition ? Status() : Status::invalid_argument(message);
  };
  const std::vector<Status> checks = {
      require(!analysis.stemmer.empty(), "analysis.stemmer must not be empty"),
      require(ingest.max_line_bytes >= 1024, "ingest.max_line_bytes must be at least 1024"),
      require(index.commit_every >= 1, "index.commit_every must be at least 1"),
      require(index.keep_generations >= 2, "index.keep_generations must be at least 2"),
      require(index.threads <= 256, "index.threads must be at most 256"),
      require(ranking.evidence_depth >= 10 && ranking.evidence_depth <= 100000,
              "ranking.evidence_depth must be between 10 and 100000"),
      require(ranking.evidence_counted <= 100000, "ranking.evidence_counted must be between 0 and 100000"),
      require(ranking.evidence_per_person >= 1 && ranking.evidence_per_person <= 20,
              "ranking.evidence_per_person must be between 1 and 20"),
      require(ranking.snippet_chars >= 40 && ranking.snippet_chars <= 2000,
              "ranking.snippet_chars must be between 40 and 2000"),
      require(ranking.weights.owner >= 0 && ranking.weights.presenter >= 0 && ranking.weights.author >= 0 &&
                  ranking.weights.participant >= 0 && ranking.weights.mention >= 0,
              "ranking.weights must not be negative"),
      require(ranking.weighting == "bm25" || ranking.weighting == "bm25+" || ranking.weighting == "dlh" ||
                  ranking.weighting == "dph" || ranking.weighting == "pl2" || ranking.weighting == "lm" ||
                  ranking.weighting == "tfidf",
              "ranking.weighting must be one of bm25, bm25+, dlh, dph, pl2, lm, tfidf"),
      require(ranking.bm25_k1 >= 0 && ranking.bm25_b >= 0 && ranking.bm25_b <= 1,
              "ranking.bm25_k1 must not be negative and ranking.bm25_b must be between 0 and 1"),
      require(ranking.aggregation == "score" || ranking.aggregation == "rank",
              "ranking.aggregation must be \"score\" or \"rank\""),
      require(ranking.rank_constant >= 0, "ranking.rank_constant must not be negative"),
      require(ranking.link_share >= 0 && ranking.link_share <= 1, "ranking.link_share must be between 0 and 1"),
      require(ranking.prior_weight >= 0, "ranking.prior_weight must not be negative"),
      require(ranking.prior_cap >= 1, "ranking.prior_cap must be at least 1"),
      require(ranking.feedback_terms <= 100 && ranking.feedback_docs >= 1 && ranking.feedback_docs <= 1000 &&
                  ranking.feedback_weight >= 0,
              "ranking.feedback_terms must be 0-100, ranking.feedback_docs 1-1000, ranking.feedback_weight >= 0"),
      require(ranking.related_depth >= 10 && ranking.related_depth <= 100000,
              "ranking.related_depth must be between 10 and 100000"),
      require(ranking.similarity_depth >= 10 && ranking.similarity_depth <= 100000,
              "ranking.similarity_depth must be between 10 and 100000"),
      require(query.synonym_weight >= 0 && query.compound_parts_weight >= 0 && query.part_of_compound_weight >= 0,
              "query expansion weights must not be negative"),
      require(query.compound_any_part_weight >= 0 && query.found_expansion_scale >= 0 &&
                  std::isfinite(query.compound_any_part_weight) && std::isfinite(query.found_expansion_scale),
              "query.compound_any_part_weight and query.found_expansion_scale must be finite and not negative"),
      // "inf" and "nan" parse as numbers from the environment; an infinite weight makes every score
      // inf/inf = NaN, and sorting NaNs is undefined (issue 11).
      require(std::isfinite(ranking.weights.owner) && std::isfinite(ranking.weights.presenter) &&
                  std::isfinite(ranking.weights.author) && std::isfinite(ranking.weights.participant) &&
                  std::isfinite(ranking.weights.mention),
              "ranking.weights must be finite numbers"),
      require(!server.bind.empty(), "server.bind must not be empty"),
      require(server.threads <= 256, "server.threads must be at most 256"),
      require(server.max_query_bytes >= 1 && server.max_query_bytes <= 10000,
              "server.max_query_bytes must be between 1 and 10000"),
      require(server.max_page_size >= 1 && server.max_page_size <= 1000,
              "server.max_page_size must be between 1 and 1000"),
      require(server.default_page_size >= 1 && server.default_page_size <= server.max_page_size,
              "server.default_page_size must be between 1 and server.max_page_size"),
      require(server.max_page <= 10'000'000, "server.max_page must be between 0 (no cap) and 10000000"),
      require(server.max_header_bytes >= 1024, "server.max_header_bytes must be at least 1024"),
      require(server.request_timeout_ms >= 100, "server.request_timeout_ms must be at least 100"),
      require(server.max_requests_per_connection >= 1, "server.max_requests_per_connection must be at least 1"),
      require(server.max_connections >= 1 && server.max_connections <= 1000000,
              "server.max_connections must be between 1 and 1000000"),
      require(server.idle_timeout_ms >= 100, "server.idle_timeout_ms must be at least 100"),
      require(server.shutdown_grace_ms <= 3600000, "server.shutdown_grace_ms must be at most 3600000 (an hour)"),
      require(query.max_words >= 1 && query.max_words <= 1000, "query.max_words must be between 1 and 1000"),
  };
  for (const auto& status : checks) {
    if (!status.ok()) return status;
  }
  // An origin is what a browser sends in Origin: scheme, host, optional port; nothing after it.
  for (const auto& origin : server.cors_allowed_origins) {
    const bool web_scheme = origin.rfind("http://", 0) == 0 || origin.rfind("https://", 0) == 0;
    const std::size_t host = origin.find("://") + 3;
    if (!web_scheme || origin.size() <= host || origin.find('/', host) != std::string::npos ||
        origin.find_first_of(" \t*,") != std::string::npos) {
      return Status::invalid_argument("server.cors_allowed_origins: \"" + origin +
                                      "\" is not an origin such as \"https://intranet.example.nl\" "
                                      "(scheme and host, optional port, no path or trailing slash)");
    }
  }
  for (const auto& [header, field] : ingest.csv_columns) {
    if (!is_staff_field(field)) {
      return Status::invalid_argument("ingest.csv_columns maps \"" + header + "\" to \"" + field +
                                      "\", which is not a staff field (docs/ingest-format.md)");
    }
  }
  // A short token can be guessed by anyone who can reach the port.
  if (!server.admin_token.empty() && server.admin_token.size() < 16) {
    return Status::invalid_argument("server.admin_token must be at least 16 characters (or empty: admin off)");
  }
  return {};
}

Environment process_environment() {
  Environment env;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string text = *entry;
    if (text.rfind("WIEWEET_", 0) != 0) continue;
    const auto equals = text.find('=');
    if (equals == std::string::npos) continue;
    env.emplace(text.substr(0, equals), text.substr(equals + 1));
  }
  return env;
}

}  // namespace wieweet
