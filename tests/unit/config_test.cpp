#include "wieweet/config.h"

#include <gtest/gtest.h>

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
}

TEST(LoadConfig, ReadsAFileWithComments) {
  TempDir dir;
  const std::string path = dir.write("wieweet.json", R"({
    // the port
    "server": {"port": 9090, "bind": "0.0.0.0"},
    /* ranking */
    "ranking": {"weights": {"participant": 0.05}, "evidence_depth": 500,},
  })");
  auto config = load_config(path, {});
  ASSERT_TRUE(config.ok()) << config.status().to_string();
  EXPECT_EQ(config->server.port, 9090);
  EXPECT_EQ(config->server.bind, "0.0.0.0");
  EXPECT_DOUBLE_EQ(config->ranking.weights.participant, 0.05);
  EXPECT_EQ(config->ranking.evidence_depth, 500u);
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

// Issue 11: "inf" and "nan" read from the environment passed validation; an infinite weight turns
// every score into NaN.
TEST(ConfigValidate, RejectsWeightsThatAreNotFinite) {
  for (const char* value : {"inf", "-inf", "nan", "infinity"}) {
    auto config = load_config("", {{"WIEWEET_RANKING_WEIGHTS_OWNER", value}});
    ASSERT_TRUE(config.ok()) << value;  // a number, as strtod reads it
    EXPECT_NE(config->validate().message().find("ranking.weights"), std::string::npos) << value;
  }
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
