// Issue 12: explain=true on /api/v1/experts, through the route table and handler on a real index
// (tests/data/sample): the parts of each score are there, add up to the score, and are left out
// when not asked for.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <spdlog/sinks/null_sink.h>

#include <cmath>
#include <string>

#include "router.h"
#include "test_support.h"

namespace wieweet::server {
namespace {

using testing::TempDir;

class ExplainTest : public ::testing::Test {
 protected:
  ExplainTest() { testing::build_sample_index(dir_.path()); }

  HttpResponse get(const std::string& target) {
    HttpRequest request;
    request.method = "GET";
    request.target = target;
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query = target.substr(question + 1);
    return router_.handle(request, services_).response;
  }

  static rapidjson::Document json(const HttpResponse& response) {
    rapidjson::Document document;
    document.Parse(response.body.c_str());
    EXPECT_FALSE(document.HasParseError()) << response.body;
    return document;
  }

  TempDir dir_;
  ServerConfig config_;
  SearcherPool searchers_{dir_.path(), RankingConfig{}, Searcher::load_query_resources({}).value(), 1};
  Metrics metrics_;
  Services services_{config_, searchers_, metrics_,
                     std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::null_sink_mt>())};
  Router router_ = make_router();
};

TEST_F(ExplainTest, GivesThePartsOfEachScoreAndTheyAddUp) {
  const auto response = get("/api/v1/experts?q=informatiebeveiliging&explain=true");
  ASSERT_EQ(response.status, 200u) << response.body;
  const auto document = json(response);
  ASSERT_GT(document["results"].Size(), 1u);
  for (const auto& hit : document["results"].GetArray()) {
    ASSERT_TRUE(hit.HasMember("explanation")) << response.body;
    const auto& explanation = hit["explanation"];
    const double content = explanation["content"].GetDouble();
    const double prior = explanation["prior"].GetDouble();
    EXPECT_NEAR(hit["score"].GetDouble(), content * prior, 1e-4) << "score = content * prior";
    EXPECT_GE(prior, 1.0);
    ASSERT_GT(explanation["evidence"].Size(), 0u);
    double sum = 0.0, previous = INFINITY;
    for (const auto& item : explanation["evidence"].GetArray()) {
      const double amount = item["amount"].GetDouble();
      EXPECT_NEAR(amount, item["relevance"].GetDouble() * item["link_weight"].GetDouble() * item["share"].GetDouble(), 1e-5);
      EXPECT_LE(amount, previous) << "largest first";
      EXPECT_GE(item["rank"].GetUint(), 1u);
      EXPECT_GT(item["retrieval"].GetDouble(), 0.0);
      EXPECT_FALSE(std::string(item["id"].GetString()).empty());
      previous = amount;
      sum += amount;
    }
    EXPECT_NEAR(sum, content, 1e-4) << "content = the sum of the counted items";
  }
  // Anna's profile names informatiebeveiliging: her own profile is among her counted items.
  const auto& anna = document["results"][0];
  EXPECT_STREQ(anna["id"].GetString(), "p1");
  bool owner = false;
  for (const auto& item : anna["explanation"]["evidence"].GetArray()) {
    owner = owner || (std::string(item["link"].GetString()) == "owner" && std::string(item["id"].GetString()) == "p1");
  }
  EXPECT_TRUE(owner) << response.body;
  // The hidden colleague (p4, an informatiebeveiliging expert) is in no explanation either.
  EXPECT_EQ(response.body.find("Verborgen"), std::string::npos);
  EXPECT_EQ(response.body.find("\"p4\""), std::string::npos);
}

TEST_F(ExplainTest, IsLeftOutUnlessAskedAndRejectsOtherValues) {
  for (const char* target : {"/api/v1/experts?q=informatiebeveiliging", "/api/v1/experts?q=informatiebeveiliging&explain=false"}) {
    const auto response = get(target);
    ASSERT_EQ(response.status, 200u);
    const auto document = json(response);
    ASSERT_GT(document["results"].Size(), 0u);
    EXPECT_FALSE(document["results"][0].HasMember("explanation")) << target;
  }
  const auto bad = get("/api/v1/experts?q=informatiebeveiliging&explain=yes");
  EXPECT_EQ(bad.status, 400u);
  const auto error = json(bad);
  EXPECT_STREQ(error["error"]["parameter"].GetString(), "explain");
}

}  // namespace
}  // namespace wieweet::server
