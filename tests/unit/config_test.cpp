#include "wieweet/config.h"

#include <gtest/gtest.h>

#include <limits>

#include "test_support.h"

namespace wieweet {
namespace {

using testing::TempDir;

TEST(LoadConfig, DefaultsAreValid) {
  auto config = load_config("", {});
  ASSERT_TRUE(config.ok());
  EXPECT_TRUE(config->validate().ok());
  EXPECT_EQ(config->server.port, 8080);
  EXPECT_EQ(config->analysis.stemmer, "kraaij_pohlmann");
  EXPECT_EQ(config->ranking.evidence_counted, 10u);
  EXPECT_TRUE(config->query.spelling_correction);
  EXPECT_TRUE(config->query.synonyms_as_one_term);
  EXPECT_DOUBLE_EQ(config->query.compound_any_part_weight, 0.2);
  EXPECT_DOUBLE_EQ(config->query.found_expansion_scale, 0.5);
  EXPECT_EQ(config->query.found_min_items, 50u);
}

TEST(LoadConfig, ReadsAFileWithComments) {
  TempDir dir;
  const std::string path = dir.write("wieweet.json", R"({
    // the port
    "server": {"port": 9090, "bind": "0.0.0.0"},
    /* ranking */
    "ranking": {"weights": {"participant": 0.05}, "evidence_depth": 800,},
  })");
  auto config = load_config(path, {});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->server.port, 9090);
  EXPECT_EQ(config->server.bind, "0.0.0.0");
  EXPECT_DOUBLE_EQ(config->ranking.weights.participant, 0.05);
  EXPECT_EQ(config->ranking.evidence_depth, 800u);
}

TEST(LoadConfig, RejectsUnknownKeysAndWrongTypesByName) {
  TempDir dir;
  auto unknown = load_config(dir.write("a.json", R"({"server": {"prot": 1}})"), {});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("server.prot"), std::string::npos);
  auto wrong = load_config(dir.write("b.json", R"({"server": {"port": "80"}})"), {});
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("server.port"), std::string::npos);
  auto negative = load_config(dir.write("c.json", R"({"ranking": {"evidence_depth": -1}})"), {});
  EXPECT_FALSE(negative.ok());
}

TEST(LoadConfig, NamesTheLineOfInvalidJson) {
  TempDir dir;
  auto config = load_config(dir.write("bad.json", "{\n  \"server\": {\n    \"port\": ,\n  }\n}"), {});
  ASSERT_FALSE(config.ok());
  ASSERT_TRUE(config.status().location().has_value());
  EXPECT_EQ(config.status().location()->line, 3u);
}

TEST(LoadConfig, EnvironmentOverridesTheFile) {
  TempDir dir;
  const std::string path = dir.write("wieweet.json", R"({"server": {"port": 9090}})");
  auto config = load_config(path, {{"WIEWEET_SERVER_PORT", "7070"}, {"WIEWEET_RANKING_WEIGHTS_AUTHOR", "0.5"},
                                   {"WIEWEET_BASE_URL", "not a config variable"}});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->server.port, 7070);
  EXPECT_DOUBLE_EQ(config->ranking.weights.author, 0.5);
}

TEST(LoadConfig, RejectsMisspeltOrMalformedEnvironmentSettings) {
  auto misspelt = load_config("", {{"WIEWEET_SERVER_PROT", "1"}});
  ASSERT_FALSE(misspelt.ok());
  EXPECT_NE(misspelt.status().message().find("WIEWEET_SERVER_PROT"), std::string::npos);
  EXPECT_FALSE(load_config("", {{"WIEWEET_SERVER_PORT", "99999"}}).ok());
  EXPECT_FALSE(load_config("", {{"WIEWEET_SERVER_THREADS", "-2"}}).ok());
}

// Issue 8: the origins allowed to call the API from a browser (the intranet's widget).
TEST(LoadConfig, ReadsCorsOriginsFromFileAndCommaSeparatedEnvironment) {
  TempDir dir;
  const std::string path =
      dir.write("wieweet.json", R"({"server": {"cors_allowed_origins": ["https://intranet.example.nl"]}})");
  auto from_file = load_config(path, {});
  ASSERT_TRUE(from_file.ok()) << from_file.status().to_string();
  EXPECT_EQ(from_file->server.cors_allowed_origins, std::vector<std::string>{"https://intranet.example.nl"});
  EXPECT_TRUE(from_file->validate().ok());

  auto from_env = load_config(path, {{"WIEWEET_SERVER_CORS_ALLOWED_ORIGINS", " https://a.example.nl, http://b.example:8080,,"}});
  ASSERT_TRUE(from_env.ok()) << from_env.status().to_string();
  EXPECT_EQ(from_env->server.cors_allowed_origins,
            (std::vector<std::string>{"https://a.example.nl", "http://b.example:8080"}));
  EXPECT_TRUE(load_config("", {{"WIEWEET_SERVER_CORS_ALLOWED_ORIGINS", ""}})->server.cors_allowed_origins.empty());

  EXPECT_FALSE(load_config(dir.write("bad.json", R"({"server": {"cors_allowed_origins": "https://a.nl"}})"), {}).ok());
  for (const char* origin : {"https://intranet.example.nl/", "intranet.example.nl", "*", "ftp://x.nl", "https://"}) {
    Config config;
    config.server.cors_allowed_origins = {origin};
    EXPECT_NE(config.validate().message().find("server.cors_allowed_origins"), std::string::npos) << origin;
  }
}

TEST(ConfigValidate, NamesTheOffendingKey) {
  Config config;
  config.server.default_page_size = 80;  // above max_page_size (50)
  EXPECT_NE(config.validate().message().find("server.default_page_size"), std::string::npos);
  config = Config();
  config.index.keep_generations = 1;
  EXPECT_NE(config.validate().message().find("index.keep_generations"), std::string::npos);
  config = Config();
  config.ranking.weights.author = -1;
  EXPECT_FALSE(config.validate().ok());
}

// Issue 9: the CSV column mapping is an object in the file and JSON in the environment; its
// values must be staff fields. The admin token, when set, must not be guessable.
TEST(LoadConfig, ReadsTheCsvColumnMappingAndTheAdminToken) {
  TempDir dir;
  const std::string path = dir.write("wieweet.json", R"({"ingest": {"csv_columns": {"Nummer": "id", "Rol": "roles"}}})");
  auto config = load_config(path, {{"WIEWEET_SERVER_ADMIN_TOKEN", "0123456789abcdef0123"}});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->ingest.csv_columns.at("Nummer"), "id");
  EXPECT_EQ(config->ingest.csv_columns.at("Rol"), "roles");
  EXPECT_EQ(config->server.admin_token, "0123456789abcdef0123");
  EXPECT_TRUE(config->validate().ok());

  auto from_env = load_config("", {{"WIEWEET_INGEST_CSV_COLUMNS", R"({"Code": "id"})"}});
  ASSERT_TRUE(from_env.ok()) << from_env.status().to_string();
  EXPECT_EQ(from_env->ingest.csv_columns.at("Code"), "id");

  auto not_a_field = load_config(dir.write("bad.json", R"({"ingest": {"csv_columns": {"Kleur": "colour"}}})"), {});
  ASSERT_TRUE(not_a_field.ok());
  EXPECT_NE(not_a_field->validate().message().find("colour"), std::string::npos);
  auto short_token = load_config("", {{"WIEWEET_SERVER_ADMIN_TOKEN", "1234"}});
  ASSERT_TRUE(short_token.ok());
  EXPECT_NE(short_token->validate().message().find("server.admin_token"), std::string::npos);
  EXPECT_FALSE(load_config(dir.write("list.json", R"({"ingest": {"csv_columns": ["id"]}})"), {}).ok());
}

// Issue 11: the limits are settings with sane defaults, and the older request_timeout_ms still works.
TEST(LoadConfig, ReadsTheLimits) {
  auto defaults = load_config("", {});
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->server.max_connections, 1000u);
  EXPECT_EQ(defaults->server.request_timeout_ms, 15000u);
  EXPECT_EQ(defaults->server.idle_timeout_ms, 30000u);
  EXPECT_EQ(defaults->server.shutdown_grace_ms, 10000u);
  EXPECT_EQ(defaults->query.max_words, 32u);
  EXPECT_EQ(defaults->query.deadline_ms, 2000u);
  TempDir dir;
  auto config = load_config(dir.write("limits.json", R"({
    "server": {"max_connections": 64, "request_timeout_ms": 5000, "idle_timeout_ms": 60000, "shutdown_grace_ms": 0},
    "query": {"max_words": 12, "deadline_ms": 0}})"),
                            {{"WIEWEET_SERVER_MAX_CONNECTIONS", "128"}});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_TRUE(config->validate().ok());
  EXPECT_EQ(config->server.max_connections, 128u);
  EXPECT_EQ(config->server.request_timeout_ms, 5000u);
  EXPECT_EQ(config->server.idle_timeout_ms, 60000u);
  EXPECT_EQ(config->server.shutdown_grace_ms, 0u);
  EXPECT_EQ(config->query.max_words, 12u);
  EXPECT_EQ(config->query.deadline_ms, 0u);
}

TEST(ConfigValidate, RejectsLimitsThatWouldStopTheServer) {
  Config config;
  config.server.max_connections = 0;
  EXPECT_NE(config.validate().message().find("server.max_connections"), std::string::npos);
  config = Config();
  config.server.idle_timeout_ms = 10;
  EXPECT_NE(config.validate().message().find("server.idle_timeout_ms"), std::string::npos);
  config = Config();
  config.query.max_words = 0;
  EXPECT_NE(config.validate().message().find("query.max_words"), std::string::npos);
}

// Issue 11: "inf" and "nan" read from the environment passed validation; an infinite weight turns
// every score into NaN.
TEST(ConfigValidate, RejectsWeightsThatAreNotFinite) {
  for (const char* value : {"inf", "-inf", "nan", "infinity"}) {
    auto config = load_config("", {{"WIEWEET_RANKING_WEIGHTS_OWNER", value}});
    ASSERT_TRUE(config.ok()) << value;  // a number, as strtod reads it
    EXPECT_NE(config->validate().message().find("ranking.weights"), std::string::npos) << value;
  }
}

// Issue 12: the expansion fallbacks are read from the environment like every key, and checked.
TEST(ConfigValidate, ChecksTheExpansionFallbacks) {
  auto config = load_config("", {{"WIEWEET_QUERY_COMPOUND_ANY_PART_WEIGHT", "0.1"}, {"WIEWEET_QUERY_FOUND_MIN_ITEMS", "20"}});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_DOUBLE_EQ(config->query.compound_any_part_weight, 0.1);
  EXPECT_EQ(config->query.found_min_items, 20u);
  EXPECT_TRUE(config->validate().ok());
  config->query.found_expansion_scale = -1;
  EXPECT_NE(config->validate().message().find("query.found_expansion_scale"), std::string::npos);
  config->query.found_expansion_scale = 0.5;
  config->query.compound_any_part_weight = std::numeric_limits<double>::infinity();
  EXPECT_NE(config->validate().message().find("query.compound_any_part_weight"), std::string::npos);
}

// Issue 11: a NUL byte ended the config text for RapidJSON; what followed it was silently ignored.
TEST(ParseConfig, ReadsTextAndRejectsANulByte) {
  auto config = parse_config(R"({"server": {"port": 9090}})", "inline.json", {});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->server.port, 9090);
  const std::string with_nul = std::string(R"({"server": {"port": 9090}})") + '\0' + R"({"x": 1})";
  auto rejected = parse_config(with_nul, "inline.json", {});
  ASSERT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.status().location()->file, "inline.json");
  EXPECT_EQ(parse_config(std::nullopt, "", {{"WIEWEET_SERVER_PORT", "7070"}})->server.port, 7070);
}

}  // namespace
}  // namespace wieweet
