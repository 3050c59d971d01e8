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

  RoutedResponse get(const std::string& target, const std::string& method = "GET",
                     std::vector<std::pair<std::string, std::string>> headers = {}) {
    HttpRequest request;
    request.headers = std::move(headers);
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

std::string header(const HttpResponse& response, const std::string& name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return {};
}

// Issue 8: the intranet's widget calls the API from another origin.
TEST_F(RouterTest, AllowsOnlyConfiguredOriginsAcrossSites) {
  config_.cors_allowed_origins = {"https://intranet.example.nl"};
  const auto allowed = get("/api/v1/experts?q=avg", "GET", {{"origin", "https://intranet.example.nl"}});
  EXPECT_EQ(allowed.response.status, 200u);
  EXPECT_EQ(header(allowed.response, "Access-Control-Allow-Origin"), "https://intranet.example.nl");
  EXPECT_EQ(header(allowed.response, "Vary"), "Origin");

  const auto other = get("/api/v1/experts?q=avg", "GET", {{"origin", "https://evil.example"}});
  EXPECT_EQ(other.response.status, 200u);
  EXPECT_EQ(header(other.response, "Access-Control-Allow-Origin"), "");
  EXPECT_EQ(header(other.response, "Vary"), "Origin");
  // Errors are answers too: the widget must be able to read them.
  const auto error = get("/api/v1/experts", "GET", {{"origin", "https://intranet.example.nl"}});
  EXPECT_EQ(error.response.status, 400u);
  EXPECT_EQ(header(error.response, "Access-Control-Allow-Origin"), "https://intranet.example.nl");

  const auto preflight = get("/api/v1/people/p1", "OPTIONS",
                             {{"origin", "https://intranet.example.nl"}, {"access-control-request-method", "GET"}});
  EXPECT_EQ(preflight.response.status, 204u);
  EXPECT_EQ(header(preflight.response, "Access-Control-Allow-Origin"), "https://intranet.example.nl");
  EXPECT_EQ(header(preflight.response, "Access-Control-Allow-Methods"), "GET, HEAD");
  EXPECT_NE(header(preflight.response, "Access-Control-Allow-Headers"), "");
  const auto refused = get("/api/v1/experts", "OPTIONS", {{"origin", "https://evil.example"}});
  EXPECT_EQ(refused.response.status, 204u);
  EXPECT_EQ(header(refused.response, "Access-Control-Allow-Origin"), "");
  EXPECT_EQ(header(refused.response, "Access-Control-Allow-Methods"), "");
  EXPECT_EQ(get("/api/v1/nothing", "OPTIONS", {{"origin", "https://intranet.example.nl"}}).response.status, 404u);

  // Without configuration (the default): same origin only, no CORS headers at all.
  config_.cors_allowed_origins.clear();
  const auto none = get("/api/v1/experts?q=avg", "GET", {{"origin", "https://intranet.example.nl"}});
  EXPECT_EQ(header(none.response, "Access-Control-Allow-Origin"), "");
  // The widget script itself may be loaded by any page.
  EXPECT_EQ(header(get("/widget.js").response, "Access-Control-Allow-Origin"), "*");
}

TEST_F(RouterTest, StaticAssetsRevalidateWithETagAndCompress) {
  const auto plain = get("/app.js");
  ASSERT_EQ(plain.response.status, 200u);
  const std::string etag = header(plain.response, "ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(header(plain.response, "Content-Encoding"), "");

  const auto again = get("/app.js", "GET", {{"if-none-match", etag}});
  EXPECT_EQ(again.response.status, 304u);
  EXPECT_TRUE(again.response.body.empty());
  EXPECT_EQ(get("/app.js", "GET", {{"if-none-match", "\"stale\""}}).response.status, 200u);

  for (const char* path : {"/app.js", "/style.css", "/widget.js", "/api/v1/openapi.json"}) {
    const auto gzipped = get(path, "GET", {{"accept-encoding", "gzip, deflate, br"}});
    EXPECT_EQ(header(gzipped.response, "Content-Encoding"), "gzip") << path;
    EXPECT_EQ(header(gzipped.response, "Vary"), "Accept-Encoding") << path;
    ASSERT_GE(gzipped.response.body.size(), 2u);
    EXPECT_EQ(static_cast<unsigned char>(gzipped.response.body[0]), 0x1fu) << path;  // gzip magic
    EXPECT_LT(gzipped.response.body.size(), get(path).response.body.size()) << path;
    // The compressed copy revalidates with either validator.
    EXPECT_EQ(get(path, "GET", {{"accept-encoding", "gzip"}, {"if-none-match", header(gzipped.response, "ETag")}})
                  .response.status,
              304u);
  }
  EXPECT_EQ(header(get("/app.js", "GET", {{"accept-encoding", "gzip;q=0"}}).response, "Content-Encoding"), "");
  // The page still forbids inline script.
  const std::string csp = header(get("/").response, "Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
}

TEST_F(RouterTest, ServesPersonPagesAndHtmlNotFoundPages) {
  const auto anna = get("/people/p1");
  EXPECT_EQ(anna.response.status, 200u);
  EXPECT_EQ(anna.response.content_type, "text/html; charset=utf-8");
  EXPECT_NE(anna.response.body.find("<title>Anna de Vries – WieWeet</title>"), std::string::npos);
  EXPECT_EQ(anna.route, "/people/{id}");
  const std::string long_id = "/people/" + std::string(300, 'x');
  for (const char* path : {"/people/p4", "/people/nobody", "/nothing/here", "/app.jss", "/people/a\x01b", long_id.c_str()}) {
    const auto missing = get(path);
    EXPECT_EQ(missing.response.status, 404u) << path;
    EXPECT_EQ(missing.response.content_type, "text/html; charset=utf-8") << path;
    EXPECT_NE(missing.response.body.find("Deze pagina bestaat niet"), std::string::npos) << path;
  }
  EXPECT_EQ(get("/api/v1/nothing").response.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(get("/widget-demo.html").response.status, 200u);
}

TEST_F(RouterTest, SpellingFalseSearchesWhatWasTyped) {
  const auto corrected = json(get("/api/v1/experts?q=informatiebeveilging").response);
  ASSERT_TRUE(corrected.HasMember("corrected_query"));
  EXPECT_GT(corrected["total"].GetUint(), 0u);
  const auto exact = json(get("/api/v1/experts?q=informatiebeveilging&spelling=false").response);
  EXPECT_FALSE(exact.HasMember("corrected_query"));
  EXPECT_EQ(exact["total"].GetUint(), 0u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&spelling=no").response.status, 400u);
}

TEST_F(RouterTest, PagingCapScalesWithThePageSize) {
  // Default: no cap, so every matching person can be reached (a page past the end is empty).
  EXPECT_EQ(get("/api/v1/experts?q=informatiebeveiliging&page=5000&size=1").response.status, 200u);
  config_.max_page = 3;  // three pages of default_page_size (10): 30 people deep
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=3").response.status, 200u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=4").response.status, 400u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=30&size=1").response.status, 200u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=31&size=1").response.status, 400u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=6&size=5").response.status, 200u);
  EXPECT_EQ(get("/api/v1/experts?q=avg&page=7&size=5").response.status, 400u);
}

TEST_F(RouterTest, NameSuggestionsCarrySchoolAndRoles) {
  const auto document = json(get("/api/v1/suggest?q=anna").response);
  ASSERT_GE(document["suggestions"].Size(), 1u);
  const auto& anna = document["suggestions"][0];
  EXPECT_STREQ(anna["kind"].GetString(), "name");
  EXPECT_STREQ(anna["school"].GetString(), "Het Baken College");
  EXPECT_STREQ(anna["roles"][0].GetString(), "informatiebeveiliger");
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
  HttpRequest request{"GET", "/readyz", "/readyz", "", {}, {}};
  EXPECT_EQ(router.handle(request, services).response.status, 503u);
  request = {"GET", "/api/v1/experts?q=x", "/api/v1/experts", "q=x", {}, {}};
  const auto routed = router.handle(request, services);
  EXPECT_EQ(routed.response.status, 503u);
  EXPECT_EQ(routed.response.body.find(empty.path()), std::string::npos);  // no server paths leak to clients
  request = {"GET", "/healthz", "/healthz", "", {}, {}};
  EXPECT_EQ(router.handle(request, services).response.status, 200u);
}

TEST(RouterErrors, TurnsAThrowingHandlerIntoA500WithoutDetail) {
  ServicesWithoutIndex fixture;
  Services& services = fixture.services;
  const Router router({{"GET", "/boom", [](const HttpRequest&, Services&) -> HttpResponse {
                          throw std::runtime_error("secret detail /etc/passwd");
                        }}});
  const auto routed = router.handle(HttpRequest{"GET", "/boom", "/boom", "", {}, {}}, services);
  EXPECT_EQ(routed.response.status, 500u);
  EXPECT_EQ(routed.response.body.find("secret"), std::string::npos);
}

}  // namespace
}  // namespace wieweet::server
