// Handlers and the route table called directly, without sockets (the real server is covered by
// tests/integration).
#include "router.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <spdlog/sinks/null_sink.h>

#include "test_support.h"

namespace wieweet::server {
namespace {

using testing::TempDir;

class RouterTest : public ::testing::Test {
 protected:
  RouterTest() { testing::build_sample_index(dir_.path()); }

  RoutedResponse get(const std::string& target, const std::string& method = "GET") {
    HttpRequest request;
    request.method = method;
    request.target = target;
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query = target.substr(question + 1);
    return router_.handle(request, services_);
  }

  static rapidjson::Document json(const HttpResponse& response) {
    rapidjson::Document document;
    document.Parse(response.body.c_str());
    EXPECT_FALSE(document.HasParseError()) << response.body;
    return document;
  }

  // Checks the error body and returns its message.
  static std::string error_of(const HttpResponse& response, const char* parameter = nullptr) {
    auto document = json(response);
    EXPECT_TRUE(document.HasMember("error")) << response.body;
    if (!document.HasMember("error")) return {};
    if (parameter != nullptr) {
      EXPECT_STREQ(document["error"]["parameter"].GetString(), parameter);
    }
    return document["error"]["message"].GetString();
  }

  TempDir dir_;
  ServerConfig config_;
  SearcherPool searchers_{dir_.path(), RankingConfig{}, Searcher::load_query_resources({}).value(), 2};
  Metrics metrics_;
  Services services_{config_, searchers_, metrics_, std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::null_sink_mt>())};
  Router router_ = make_router();
};

TEST_F(RouterTest, AnswersExpertsAsJson) {
  const auto routed = get("/api/v1/experts?q=informatiebeveiliging&size=2");
  EXPECT_EQ(routed.response.status, 200u);
  EXPECT_EQ(routed.route, "/api/v1/experts");
  auto document = json(routed.response);
  EXPECT_EQ(document["total"].GetUint(), 4u);
  EXPECT_EQ(document["size"].GetUint(), 2u);
  ASSERT_EQ(document["results"].Size(), 2u);
  EXPECT_STREQ(document["results"][0]["name"].GetString(), "Anna de Vries");
  EXPECT_FALSE(document["results"][0].HasMember("email"));  // contact fields are not part of results
}

TEST_F(RouterTest, RejectsBadParametersNamingThem) {
  struct Case {
    const char* target;
    const char* parameter;
  } cases[] = {
      {"/api/v1/experts", "q"},
      {"/api/v1/experts?q=%20%20", "q"},
      {"/api/v1/experts?q=a&page=0", "page"},
      {"/api/v1/experts?q=a&page=-1", "page"},
      {"/api/v1/experts?q=a&page=1.5", "page"},
      {"/api/v1/experts?q=a&size=51", "size"},
      {"/api/v1/experts?q=a&size=", "size"},
      {"/api/v1/experts?q=a&q=b", "q"},
      {"/api/v1/experts?q=a&schol=X", "schol"},
  };
  for (const auto& c : cases) {
    const auto routed = get(c.target);
    EXPECT_EQ(routed.response.status, 400u) << c.target;
    error_of(routed.response, c.parameter);
  }
  const auto too_long = get("/api/v1/experts?q=" + std::string(config_.max_query_bytes + 1, 'a'));
  EXPECT_EQ(too_long.response.status, 400u);
  EXPECT_NE(error_of(too_long.response, "q").find("longer than"), std::string::npos);
}

TEST_F(RouterTest, Gives404And405AsJson) {
  const auto missing = get("/api/v1/nothing");
  EXPECT_EQ(missing.response.status, 404u);
  EXPECT_EQ(missing.route, "unmatched");  // metrics never get one series per probed path
  error_of(missing.response);

  const auto wrong_method = get("/api/v1/experts?q=a", "POST");
  EXPECT_EQ(wrong_method.response.status, 405u);
  error_of(wrong_method.response);
  bool has_allow = false;
  for (const auto& [name, value] : wrong_method.response.headers) has_allow = has_allow || (name == "Allow" && value == "GET, HEAD");
  EXPECT_TRUE(has_allow);

  EXPECT_EQ(get("/healthz", "HEAD").response.status, 200u);
}

TEST_F(RouterTest, ServesTheSearchPage) {
  const auto page = get("/");
  EXPECT_EQ(page.response.status, 200u);
  EXPECT_EQ(page.response.content_type, "text/html; charset=utf-8");
  EXPECT_NE(page.response.body.find("/app.js"), std::string::npos);
  EXPECT_EQ(get("/app.js").response.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(get("/style.css").response.content_type, "text/css; charset=utf-8");
}

TEST_F(RouterTest, ReportsReadinessAndMetrics) {
  auto ready = get("/readyz");
  EXPECT_EQ(ready.response.status, 200u);
  EXPECT_EQ(json(ready.response)["people"].GetUint(), 5u);  // six staff, one hidden
  get("/api/v1/experts?q=rooster");
  metrics_.observe("/api/v1/experts", 200, std::chrono::microseconds(1500));
  const auto metrics = get("/metrics").response.body;
  EXPECT_NE(metrics.find("wieweet_http_requests_total{route=\"/api/v1/experts\",status=\"200\"} 1"), std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("wieweet_http_request_duration_seconds_bucket{route=\"/api/v1/experts\",le=\"0.0025\"} 1"),
            std::string::npos);
}

// Services over a directory where no index was ever published.
struct ServicesWithoutIndex {
  TempDir empty;
  ServerConfig config;
  SearcherPool searchers{empty.path(), RankingConfig{}, Searcher::load_query_resources({}).value(), 1};
  Metrics metrics;
  Services services{config, searchers, metrics,
                    std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::null_sink_mt>())};
};

TEST(RouterWithoutIndex, AnswersNotReadyAndServiceUnavailable) {
  ServicesWithoutIndex fixture;
  Services& services = fixture.services;
  const TempDir& empty = fixture.empty;
  const Router router = make_router();
  HttpRequest request{"GET", "/readyz", "/readyz", "", {}};
  EXPECT_EQ(router.handle(request, services).response.status, 503u);
  request = {"GET", "/api/v1/experts?q=x", "/api/v1/experts", "q=x", {}};
  const auto routed = router.handle(request, services);
  EXPECT_EQ(routed.response.status, 503u);
  EXPECT_EQ(routed.response.body.find(empty.path()), std::string::npos);  // no server paths leak to clients
  request = {"GET", "/healthz", "/healthz", "", {}};
  EXPECT_EQ(router.handle(request, services).response.status, 200u);
}

TEST(RouterErrors, TurnsAThrowingHandlerIntoA500WithoutDetail) {
  ServicesWithoutIndex fixture;
  Services& services = fixture.services;
  const Router router({{"GET", "/boom", [](const HttpRequest&, Services&) -> HttpResponse {
                          throw std::runtime_error("secret detail /etc/passwd");
                        }}});
  const auto routed = router.handle(HttpRequest{"GET", "/boom", "/boom", "", {}}, services);
  EXPECT_EQ(routed.response.status, 500u);
  EXPECT_EQ(routed.response.body.find("secret"), std::string::npos);
}

}  // namespace
}  // namespace wieweet::server
