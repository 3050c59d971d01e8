// The real wieweet-server binary on an ephemeral loopback port, over an index built by the real
// wieweet-indexer, queried with real HTTP.
#include <signal.h>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "test_support.h"

namespace wieweet {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;
using testing::HttpConnection;
using testing::HttpReply;
using testing::TempDir;
using testing::fixture;
using testing::http_get;

rapidjson::Document parse(const HttpReply& reply) {
  rapidjson::Document document;
  document.Parse(reply.body.c_str());
  EXPECT_FALSE(document.HasParseError()) << reply.body;
  return document;
}

class ServerHttp : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto built = testing::run_indexer(WIEWEET_INDEXER_PATH, "rebuild", db_);
    ASSERT_EQ(built.exit_code, 0) << built.err;
    server_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{WIEWEET_SERVER_PATH, "--db", db_, "--port", "0", "--port-file", port_file_,
                                 "--threads", "2"},
        dir_.file("server.log"));
    port_ = testing::wait_for_port(*server_, port_file_, dir_.file("server.log"));
    ASSERT_NE(port_, 0);
  }

  HttpReply get(const std::string& target) { return http_get(port_, target); }

  TempDir dir_;
  std::string db_ = dir_.file("db");
  std::string port_file_ = dir_.file("port");
  std::unique_ptr<ChildProcess> server_;
  unsigned short port_ = 0;
};

TEST_F(ServerHttp, AnswersWhoKnowsWithRankedPeopleAndEvidence) {
  const HttpReply reply = get("/api/v1/experts?q=informatiebeveiliging");
  ASSERT_EQ(reply.status, 200u) << reply.body;
  EXPECT_EQ(reply.headers.at("content-type"), "application/json; charset=utf-8");
  auto json = parse(reply);
  EXPECT_STREQ(json["query"].GetString(), "informatiebeveiliging");
  EXPECT_EQ(json["total"].GetUint(), 4u);
  EXPECT_EQ(json["page"].GetUint(), 1u);
  const auto& first = json["results"][0];
  EXPECT_STREQ(first["id"].GetString(), "p1");
  EXPECT_STREQ(first["name"].GetString(), "Anna de Vries");
  EXPECT_GT(first["score"].GetDouble(), json["results"][1]["score"].GetDouble());
  ASSERT_GE(first["evidence"].Size(), 2u);
  for (const auto& evidence : first["evidence"].GetArray()) {
    EXPECT_TRUE(evidence.HasMember("type") && evidence.HasMember("id") && evidence.HasMember("title") &&
                evidence.HasMember("url") && evidence.HasMember("snippet"));
  }
  EXPECT_NE(std::string(first["evidence"][0]["snippet"].GetString()).find("<mark>"), std::string::npos);
}

TEST_F(ServerHttp, NeverReturnsHiddenPeopleOrTheirContactDetails) {
  for (const char* query : {"informatiebeveiliging", "Daan+Verborgen", "pentesten", "security+officer", "beleid",
                            "p4", "daan.verborgen%40servicebureau.nl", "06-99999999"}) {
    const HttpReply reply = get(std::string("/api/v1/experts?q=") + query + "&size=50");
    ASSERT_EQ(reply.status, 200u) << query;
    // Everything after the echoed query: the people and their evidence.
    const std::string results = reply.body.substr(reply.body.find("\"total\""));
    EXPECT_EQ(results.find("Verborgen"), std::string::npos) << query << ": " << results;
    EXPECT_EQ(results.find("\"p4\""), std::string::npos) << query;
    EXPECT_EQ(results.find("06-"), std::string::npos) << query << ": no phone numbers in results";
    EXPECT_EQ(results.find("@"), std::string::npos) << query << ": no email addresses in results";
  }
}

TEST_F(ServerHttp, EscapesEvidenceTextInSnippets) {
  const HttpReply reply = get("/api/v1/experts?q=xssprobe");
  ASSERT_EQ(reply.status, 200u);
  auto json = parse(reply);
  const std::string snippet = json["results"][0]["evidence"][0]["snippet"].GetString();
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>xssprobe</mark>"), std::string::npos) << snippet;
}

TEST_F(ServerHttp, AnswersBadRequestsWithJsonErrorsAndKeepsServing) {
  const struct {
    std::string target;
    unsigned status;
  } cases[] = {
      {"/api/v1/experts", 400},
      {"/api/v1/experts?q=" + std::string(501, 'x'), 400},
      {"/api/v1/experts?q=a&size=1000", 400},
      {"/api/v1/experts?q=a&page=-1", 400},
      {"/api/v1/experts?q=%E0%80", 400},
      {"/api/v1/experts?q=%", 400},
      {"/api/v1/nope", 404},
      {"/%FF", 400},
  };
  for (const auto& c : cases) {
    const HttpReply reply = get(c.target);
    EXPECT_EQ(reply.status, c.status) << c.target;
    auto json = parse(reply);
    ASSERT_TRUE(json.IsObject() && json.HasMember("error")) << c.target << ": " << reply.body;
    EXPECT_TRUE(json["error"].HasMember("code") && json["error"].HasMember("message"));
  }
  HttpConnection connection(port_);
  EXPECT_EQ(connection.request("DELETE", "/api/v1/experts?q=a").status, 405u);
  EXPECT_EQ(get("/api/v1/experts?q=rooster").status, 200u);
  EXPECT_TRUE(server_->running());
}

TEST_F(ServerHttp, RejectsOversizedHeadersAndStillServesOthers) {
  HttpConnection connection(port_);
  const HttpReply reply = connection.request("GET", "/healthz", {{"X-Padding", std::string(20000, 'a')}});
  EXPECT_EQ(reply.status, 431u);
  EXPECT_EQ(get("/healthz").status, 200u);
  // Malformed requests are visible to monitoring too.
  EXPECT_NE(get("/metrics").body.find("route=\"malformed\",status=\"431\"} 1"), std::string::npos);
}

// Regression: the decoded path was logged, so %0A in a URL could write a forged access-log line.
TEST_F(ServerHttp, LogsOneLinePerRequestWithoutQueriesOrForgeableNewlines) {
  EXPECT_EQ(get("/x%0Aforged%20GET%20/admin%20200").status, 404u);
  EXPECT_EQ(get("/api/v1/experts?q=geheime+zoekvraag").status, 200u);
  const std::string log = testing::read_file(dir_.file("server.log"));
  EXPECT_NE(log.find("GET /x%0Aforged%20GET%20/admin%20200 404"), std::string::npos) << log;
  EXPECT_EQ(log.find("\nforged"), std::string::npos) << log;
  EXPECT_NE(log.find("GET /api/v1/experts 200"), std::string::npos) << log;
  EXPECT_EQ(log.find("geheime"), std::string::npos) << "search text must not be logged";
}

TEST_F(ServerHttp, KeepsConnectionsAlive) {
  HttpConnection connection(port_);
  for (int i = 0; i < 3; ++i) {
    HttpReply reply = connection.request("GET", "/api/v1/experts?q=rooster");
    EXPECT_EQ(reply.status, 200u);
    EXPECT_NE(reply.headers["connection"], "close");
  }
  EXPECT_EQ(connection.request("HEAD", "/").status, 200u);
  const HttpReply closing = connection.request("GET", "/healthz", {{"Connection", "close"}});
  EXPECT_EQ(closing.status, 200u);
  EXPECT_TRUE(connection.closed_by_peer());
}

TEST_F(ServerHttp, ServesTheSearchPageAndOperationalEndpoints) {
  HttpReply page = get("/");
  EXPECT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("<html"), std::string::npos);
  EXPECT_NE(page.headers["content-security-policy"].find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(get("/?q=rooster").status, 200u);
  EXPECT_EQ(get("/healthz").status, 200u);
  const HttpReply ready = get("/readyz");
  EXPECT_EQ(ready.status, 200u);
  EXPECT_STREQ(parse(ready)["generation"].GetString(), "gen-000001");
  const HttpReply metrics = get("/metrics");
  EXPECT_EQ(metrics.status, 200u);
  EXPECT_NE(metrics.body.find("wieweet_http_requests_total{route=\"/readyz\",status=\"200\"} 1"), std::string::npos)
      << metrics.body;
}

// Issue 8: what the widget and the browser need, through the real session: the request headers
// (Origin, If-None-Match, Accept-Encoding) reach the handlers.
TEST_F(ServerHttp, AnswersCorsConditionalAndCompressedRequests) {
  const std::string config = dir_.write(
      "cors.json", R"({"server": {"cors_allowed_origins": ["http://intranet.example:8081"]}})");
  const std::string port_file = dir_.file("cors-port");
  ChildProcess server({WIEWEET_SERVER_PATH, "--db", db_, "--port", "0", "--port-file", port_file, "--threads", "1",
                       "--config", config},
                      dir_.file("cors-server.log"));
  ASSERT_TRUE(testing::wait_until([&] { return !testing::read_file(port_file).empty() || !server.running(); }, 20s));
  ASSERT_TRUE(server.running()) << testing::read_file(dir_.file("cors-server.log"));
  HttpConnection connection(static_cast<unsigned short>(std::stoi(testing::read_file(port_file))));

  HttpReply allowed = connection.request("GET", "/api/v1/experts?q=avg", {{"Origin", "http://intranet.example:8081"}});
  EXPECT_EQ(allowed.status, 200u);
  EXPECT_EQ(allowed.headers["access-control-allow-origin"], "http://intranet.example:8081");
  EXPECT_EQ(allowed.headers["vary"], "Origin");
  HttpReply other = connection.request("GET", "/api/v1/experts?q=avg", {{"Origin", "http://elsewhere.example"}});
  EXPECT_EQ(other.status, 200u);
  EXPECT_EQ(other.headers.count("access-control-allow-origin"), 0u);

  HttpReply preflight = connection.request("OPTIONS", "/api/v1/suggest?q=an",
                                           {{"Origin", "http://intranet.example:8081"},
                                            {"Access-Control-Request-Method", "GET"}});
  EXPECT_EQ(preflight.status, 204u);
  EXPECT_EQ(preflight.headers["access-control-allow-methods"], "GET, HEAD");
  EXPECT_EQ(preflight.headers.count("content-type"), 0u);

  HttpReply script = connection.request("GET", "/widget.js", {{"Accept-Encoding", "gzip"}});
  EXPECT_EQ(script.status, 200u);
  EXPECT_EQ(script.headers["content-encoding"], "gzip");
  EXPECT_EQ(script.headers["access-control-allow-origin"], "*");
  ASSERT_FALSE(script.headers["etag"].empty());
  HttpReply unchanged = connection.request("GET", "/widget.js",
                                           {{"Accept-Encoding", "gzip"}, {"If-None-Match", script.headers["etag"]}});
  EXPECT_EQ(unchanged.status, 304u);
  EXPECT_TRUE(unchanged.body.empty());

  HttpReply missing = connection.request("GET", "/people/p4");  // hidden
  EXPECT_EQ(missing.status, 404u);
  EXPECT_EQ(missing.headers["content-type"], "text/html; charset=utf-8");
  EXPECT_EQ(connection.request("GET", "/people/p1").status, 200u);
}

TEST_F(ServerHttp, PicksUpANewGenerationWithoutRestart) {
  EXPECT_EQ(parse(get("/api/v1/experts?q=verzuim"))["total"].GetUint(), 0u);
  const std::string documents = dir_.write("documents.jsonl",
                                           "{\"id\": \"d1\", \"title\": \"Verzuim aanpakken\", \"authors\": [\"p3\"]}\n");
  const auto rebuilt = testing::run_process({WIEWEET_INDEXER_PATH, "rebuild", "--db", db_, "--staff",
                                             fixture("sample/staff.jsonl"), "--documents", documents});
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  auto json = parse(get("/api/v1/experts?q=verzuim"));
  EXPECT_EQ(json["total"].GetUint(), 1u);
  EXPECT_STREQ(json["results"][0]["id"].GetString(), "p3");
  EXPECT_STREQ(parse(get("/readyz"))["generation"].GetString(), "gen-000002");
}

TEST_F(ServerHttp, StopsCleanlyOnSigterm) {
  EXPECT_EQ(server_->stop(SIGTERM, 10s), std::optional<int>(0));
  EXPECT_NE(testing::read_file(dir_.file("server.log")).find("stopped"), std::string::npos);
}

TEST(ServerStartup, ServesNotReadyUntilAnIndexIsPublished) {
  TempDir dir;
  ChildProcess server({WIEWEET_SERVER_PATH, "--db", dir.file("db"), "--port", "0", "--port-file", dir.file("port")},
                      dir.file("server.log"));
  ASSERT_TRUE(testing::wait_until([&] { return !testing::read_file(dir.file("port")).empty(); }, 20s));
  const auto port = static_cast<unsigned short>(std::stoi(testing::read_file(dir.file("port"))));
  EXPECT_EQ(http_get(port, "/healthz").status, 200u);
  EXPECT_EQ(http_get(port, "/readyz").status, 503u);
  EXPECT_EQ(http_get(port, "/api/v1/experts?q=x").status, 503u);
  const auto built = testing::run_process(
      {WIEWEET_INDEXER_PATH, "rebuild", "--db", dir.file("db"), "--staff", fixture("sample/staff.jsonl")});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(http_get(port, "/readyz").status, 200u);
}

TEST(ServerStartup, ExitsWithAClearErrorWhenThePortIsTaken) {
  TempDir dir;
  ChildProcess first({WIEWEET_SERVER_PATH, "--db", dir.file("db"), "--port", "0", "--port-file", dir.file("port")},
                     dir.file("first.log"));
  ASSERT_TRUE(testing::wait_until([&] { return !testing::read_file(dir.file("port")).empty(); }, 20s));
  const std::string port = std::to_string(std::stoi(testing::read_file(dir.file("port"))));
  const auto second = testing::run_process({WIEWEET_SERVER_PATH, "--db", dir.file("db"), "--port", port});
  EXPECT_EQ(second.exit_code, 3);
  EXPECT_NE(second.out.find("cannot bind"), std::string::npos) << second.out << second.err;
}

TEST(ServerStartup, RejectsBadOptions) {
  EXPECT_EQ(testing::run_process({WIEWEET_SERVER_PATH}).exit_code, 2);
  EXPECT_EQ(testing::run_process({WIEWEET_SERVER_PATH, "--db", "x", "--port", "70000"}).exit_code, 2);
  EXPECT_EQ(testing::run_process({WIEWEET_SERVER_PATH, "--db", "x", "--bind", "not-an-ip"}).exit_code, 2);
  const auto help = testing::run_process({WIEWEET_SERVER_PATH, "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--port-file"), std::string::npos);
}

}  // namespace
}  // namespace wieweet
