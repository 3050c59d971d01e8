// Issue 9: the indexer as an unattended batch job, with the real binaries: command-line contract and
// exit codes, the writer lock, CSV and document-file sources, erasure, rollback/verify, a rebuild
// under a stream of queries, a killed indexer, and the server's admin endpoints.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <xapian.h>
#include <zip.h>

#include "indexer_process.h"
#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;
using testing::HttpConnection;
using testing::HttpReply;
using testing::ProcessResult;
using testing::TempDir;
using testing::indexer;
using testing::rebuild_sample;
using testing::fixture;
using testing::http_get;

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document json;
  json.Parse(text.c_str());
  EXPECT_FALSE(json.HasParseError()) << text;
  return json;
}

std::size_t profiles_in(const std::string& db) {
  const auto stats = indexer({"stats", "--db", db, "--json"});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  auto json = parse_json(stats.out);
  return json.IsObject() && json.HasMember("profiles") ? json["profiles"].GetUint64() : 0;
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// A running wieweet-server on an ephemeral port; `extra` flags appended.
class Server {
 public:
  Server(const TempDir& dir, const std::string& db, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{WIEWEET_SERVER_PATH, "--db", db, "--port", "0", "--port-file", port_file_ = dir.file("port"),
                                  "--threads", "4"};
    args.insert(args.end(), extra.begin(), extra.end());
    process_ = std::make_unique<ChildProcess>(args, dir.file("server.log"));
    EXPECT_TRUE(testing::wait_until([&] { return !testing::read_file(port_file_).empty() || !process_->running(); }, 20s));
    port_ = static_cast<unsigned short>(std::stoi("0" + testing::read_file(port_file_)));
  }
  unsigned short port() const { return port_; }
  HttpReply get(const std::string& target) const { return http_get(port_, target); }

 private:
  std::string port_file_;
  std::unique_ptr<ChildProcess> process_;
  unsigned short port_ = 0;
};

// --- command line -----------------------------------------------------------------------------

TEST(BatchCli, EachCaseOfTheIssueGetsItsErrorAndExitCode) {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string a = dir.write("a.jsonl", "{\"id\": \"a1\", \"name\": \"Aafke Alberts\"}\n");
  const std::string b = dir.write("b.jsonl", "{\"id\": \"b1\", \"name\": \"Bert Boers\"}\n");

  // Repeated inputs are all read (this used to index only the last one).
  const auto both = indexer({"rebuild", "--db", db, "--staff", a, "--staff=" + b});
  ASSERT_EQ(both.exit_code, 0) << both.err;
  EXPECT_EQ(profiles_in(db), 2u);

  // --opt=value is a value, not a missing one.
  EXPECT_EQ(indexer({"rebuild", "--db=" + db, "--staff", a}).exit_code, 0);

  const auto unknown = indexer({"rebuild", "--db", db, "--staff", a, "--frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("--frobnicate"), std::string::npos) << unknown.err;

  const auto match_flag = indexer({"rebuild", "--db", db, "--staff", a, "--capacity", "3"});
  EXPECT_EQ(match_flag.exit_code, 2);
  EXPECT_NE(match_flag.err.find("--capacity"), std::string::npos) << match_flag.err;

  const auto help = indexer({"rebuild", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--staff"), std::string::npos);
  EXPECT_NE(help.out.find("75"), std::string::npos) << "exit codes in the subcommand help";
  EXPECT_EQ(help.out.find("--requests"), std::string::npos) << "match's options are not rebuild's";

  const auto huge = indexer({"rebuild", "--db", db, "--staff", a, "--max-errors", "99999999999999999999999"});
  EXPECT_EQ(huge.exit_code, 2);
  EXPECT_NE(huge.err.find("--max-errors"), std::string::npos) << huge.err;

  // Standard input.
  const auto piped = testing::run_process(
      {"/bin/sh", "-c", std::string("cat '") + b + "' | '" + WIEWEET_INDEXER_PATH + "' rebuild --db '" + db + "' --staff -"});
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(profiles_in(db), 1u);

  // Rejected lines: exit 0 with a report by default; 3 and nothing published with --strict.
  const std::string mixed = dir.write("mixed.jsonl", "{\"id\": \"m1\", \"name\": \"Mia\"}\nbroken\n");
  EXPECT_EQ(indexer({"rebuild", "--db", db, "--staff", mixed}).exit_code, 0);
  const std::string before = testing::read_file(db + "/XAPIANDB");
  const auto strict = indexer({"rebuild", "--db", db, "--staff", mixed, "--strict"});
  EXPECT_EQ(strict.exit_code, 3) << strict.err;
  EXPECT_EQ(testing::read_file(db + "/XAPIANDB"), before);

  // --quiet: errors only; --json: one object on standard output.
  const std::string warned = dir.write("warned.jsonl", "{\"id\": \"w1\", \"name\": \"Wim\", \"colour\": \"blue\"}\n");
  const auto quiet = indexer({"rebuild", "--db", db, "--staff", warned, "--quiet"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, "");
  const auto json = indexer({"update", "--db", db, "--staff", a, "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto summary = parse_json(json.out);
  for (const char* key : {"added", "replaced", "deleted", "skipped", "rejected", "warnings", "seconds", "generation"}) {
    EXPECT_TRUE(summary.HasMember(key)) << key << " in " << json.out;
  }
  EXPECT_EQ(summary["added"].GetUint64(), 1u);
}

TEST(BatchCli, ServerFlagsGoThroughTheSameParser) {
  const auto bad_port = testing::run_process({WIEWEET_SERVER_PATH, "--db=/nonexistent", "--port", "70000"});
  EXPECT_EQ(bad_port.exit_code, 2);
  EXPECT_NE(bad_port.err.find("--port"), std::string::npos) << bad_port.err;
  const auto unknown = testing::run_process({WIEWEET_SERVER_PATH, "--db", "/nonexistent", "--bogus"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("--bogus"), std::string::npos) << unknown.err;
}

// --- the lock, and a killed indexer ---------------------------------------------------------------

// An indexer that holds the lock and waits on a FIFO for its input, as a long job would be busy.
class BlockedIndexer {
 public:
  BlockedIndexer(const TempDir& dir, const std::string& command, const std::string& db) : fifo_(dir.file("input.jsonl")) {
    EXPECT_EQ(::mkfifo(fifo_.c_str(), 0600), 0);
    process_ = std::make_unique<ChildProcess>(
        std::vector<std::string>{WIEWEET_INDEXER_PATH, command, "--db", db, "--staff", fifo_}, dir.file("blocked.log"));
    // Opening the FIFO for writing waits until the indexer opens it for reading: it then holds the lock.
    writer_ = ::open(fifo_.c_str(), O_WRONLY);
    EXPECT_GE(writer_, 0);
  }
  ~BlockedIndexer() {
    if (writer_ >= 0) ::close(writer_);
  }
  void write(const std::string& lines) { EXPECT_EQ(::write(writer_, lines.data(), lines.size()), static_cast<ssize_t>(lines.size())); }
  ChildProcess& process() { return *process_; }

 private:
  std::string fifo_;
  std::unique_ptr<ChildProcess> process_;
  int writer_ = -1;
};

TEST(BatchLock, ASecondJobExits75AtOnceNamingTheHolder) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  BlockedIndexer first(dir, "update", db);
  const auto started = std::chrono::steady_clock::now();
  const auto second = rebuild_sample(db);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
  EXPECT_EQ(second.exit_code, 75) << second.err;
  EXPECT_NE(second.err.find("held by pid "), std::string::npos) << second.err;
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  EXPECT_NE(second.err.find(host), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("started "), std::string::npos) << second.err;
  EXPECT_EQ(indexer({"delete", "--db", db, "--person", "p1"}).exit_code, 75);
  EXPECT_EQ(indexer({"rollback", "--db", db}).exit_code, 75);
}

// Kills the indexer in the middle of a job; the server must answer from the last complete state
// throughout, and the next job must succeed.
void expect_survives_killed(const std::string& command) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  Server server(dir, db);
  ASSERT_NE(server.port(), 0);
  {
    BlockedIndexer job(dir, command, db);
    job.write("{\"id\": \"k1\", \"name\": \"Kees Kwartel\", \"expertise\": [\"kwartelkunde\"]}\n");
    EXPECT_EQ(server.get("/readyz").status, 200u);
    EXPECT_TRUE(job.process().stop(SIGKILL, 10s).has_value());
  }
  EXPECT_EQ(server.get("/readyz").status, 200u);
  const HttpReply experts = server.get("/api/v1/experts?q=informatiebeveiliging");
  EXPECT_EQ(experts.status, 200u);
  EXPECT_NE(experts.body.find("\"total\":4"), std::string::npos) << experts.body;
  EXPECT_EQ(server.get("/api/v1/experts?q=kwartelkunde").body.find("k1"), std::string::npos);
  const std::string staff = dir.write("next.jsonl", "{\"id\": \"k1\", \"name\": \"Kees Kwartel\", \"expertise\": [\"kwartelkunde\"]}\n");
  const auto next = indexer({"update", "--db", db, "--staff", staff});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_TRUE(testing::wait_until(
      [&] { return server.get("/api/v1/experts?q=kwartelkunde").body.find("\"k1\"") != std::string::npos; }, 10s));
  EXPECT_EQ(indexer({"verify", "--db", db}).exit_code, 0);
}

TEST(BatchKill, IndexerKilledDuringRebuild) { expect_survives_killed("rebuild"); }
TEST(BatchKill, IndexerKilledDuringUpdate) { expect_survives_killed("update"); }

// --- a rebuild under load -------------------------------------------------------------------------

TEST(BatchLoad, RebuildDuringASteadyQueryStreamFailsNoRequest) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  Server server(dir, db);
  ASSERT_NE(server.port(), 0);
  std::atomic<bool> running{true};
  std::atomic<std::size_t> answered{0}, failed{0};
  std::vector<std::thread> clients;
  for (int i = 0; i < 4; ++i) {
    clients.emplace_back([&] {
      // The server closes a keep-alive connection after server.max_requests_per_connection (1000)
      // requests, by design: a client opens a new one well before that.
      while (running) {
        HttpConnection connection(server.port());
        for (int sent = 0; sent < 200 && running; ++sent) {
          const HttpReply reply = connection.request("GET", "/api/v1/experts?q=informatiebeveiliging");
          ++(reply.status == 200 && reply.body.find("\"total\":") != std::string::npos ? answered : failed);
        }
      }
    });
  }
  const std::string extra = dir.write("extra.jsonl", "{\"id\": \"z1\", \"name\": \"Zara Zeil\", \"expertise\": [\"zeilwedstrijden\"]}\n");
  for (int round = 0; round < 3; ++round) {
    const auto rebuilt = indexer({"rebuild", "--db", db, "--staff", fixture("sample/staff.jsonl"), "--staff", extra,
                                  "--workshops", fixture("sample/workshops.jsonl"), "--documents",
                                  fixture("sample/documents.jsonl")});
    ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  }
  EXPECT_TRUE(testing::wait_until(
      [&] { return server.get("/api/v1/experts?q=zeilwedstrijden").body.find("\"z1\"") != std::string::npos; }, 10s));
  running = false;
  for (auto& client : clients) client.join();
  EXPECT_GT(answered.load(), 20u);
  EXPECT_EQ(failed.load(), 0u);
  std::cout << "queries answered during 3 rebuilds: " << answered.load() << ", failed: " << failed.load() << "\n";
}

// --- erasure --------------------------------------------------------------------------------------

TEST(BatchDelete, ErasedPersonLeavesNoTraceInAnyEndpoint) {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string staff = dir.write("staff.jsonl",
      "{\"id\": \"p1\", \"name\": \"Wilhelmina Zonneveldt\", \"expertise\": [\"informatiebeveiliging\"], \"available_for\": [\"meelopen\"], \"school\": \"A\"}\n"
      "{\"id\": \"p2\", \"name\": \"Bram Jansen\", \"expertise\": [\"informatiebeveiliging\", \"roosteren\"], \"available_for\": [\"meelopen\"], \"school\": \"B\"}\n");
  const std::string workshops = dir.write("workshops.jsonl",
      "{\"id\": \"w1\", \"title\": \"Informatiebeveiliging in de klas\", \"description\": \"Wilhelmina Zonneveldt laat zien hoe phishing werkt.\", \"presenters\": [\"p1\", \"p2\"]}\n");
  const std::string documents = dir.write("documents.jsonl",
      "{\"id\": \"d1\", \"title\": \"Beleid informatiebeveiliging\", \"body\": \"Opgesteld door Wilhelmina Zonneveldt en Bram Jansen.\", \"authors\": [\"p1\"], \"mentions\": [\"p2\"]}\n"
      "{\"id\": \"d2\", \"title\": \"Notulen\", \"body\": \"Wilhelmina Zonneveldt gaf een toelichting op het roosteren.\"}\n");
  ASSERT_EQ(indexer({"rebuild", "--db", db, "--staff", staff, "--workshops", workshops, "--documents", documents}).exit_code, 0);
  Server server(dir, db);
  ASSERT_NE(server.port(), 0);
  ASSERT_NE(lower(server.get("/api/v1/experts?q=zonneveldt").body).find("zonneveldt"), std::string::npos);
  ASSERT_EQ(server.get("/api/v1/people/p1").status, 200u);
  // Before: found by a misspelling (the spelling table), by name prefix, and in documents' words.
  ASSERT_NE(server.get("/api/v1/experts?q=zonneveld").body.find("\"corrected_query\":\"zonneveldt\""), std::string::npos);
  ASSERT_NE(lower(server.get("/api/v1/suggest?q=wilh").body).find("zonneveldt"), std::string::npos);
  ASSERT_NE(server.get("/api/v1/documents?q=zonneveldt").body.find("\"d2\""), std::string::npos);

  const auto erased = indexer({"delete", "--db", db, "--person", "p1", "--json"});
  ASSERT_EQ(erased.exit_code, 0) << erased.err;
  EXPECT_EQ(parse_json(erased.out)["deleted"].GetUint64(), 1u);

  EXPECT_TRUE(testing::wait_until([&] { return server.get("/api/v1/people/p1").status == 404; }, 10s));
  const std::vector<std::string> targets = {
      "/api/v1/experts?q=zonneveldt",         "/api/v1/experts?q=Wilhelmina+Zonneveldt",
      "/api/v1/experts?q=informatiebeveiliging", "/api/v1/experts?q=zonneveld",
      "/api/v1/suggest?q=wilh",               "/api/v1/suggest?q=zonn",
      "/api/v1/documents?q=beleid",           "/api/v1/documents?q=notulen",
      "/api/v1/documents?q=zonneveldt",       "/api/v1/workshops?q=informatiebeveiliging",
      "/api/v1/related?q=informatiebeveiliging", "/api/v1/match?q=informatiebeveiliging",
      "/api/v1/people/p2"};
  for (const auto& target : targets) {
    HttpReply reply = server.get(target);
    EXPECT_LT(reply.status, 500u) << target;
    // The echo of what was asked is the asker's own text, not a trace.
    if (auto echo = reply.body.find("\"query\":\""); echo != std::string::npos) {
      reply.body.erase(echo, reply.body.find('"', echo + 9) - echo + 1);
    }
    EXPECT_EQ(lower(reply.body).find("zonneveldt"), std::string::npos) << target << ": " << reply.body;
    EXPECT_EQ(lower(reply.body).find("wilhelmina"), std::string::npos) << target << ": " << reply.body;
    EXPECT_EQ(reply.body.find("\"p1\""), std::string::npos) << target << ": " << reply.body;
  }
  // What the others did is still there.
  EXPECT_NE(server.get("/api/v1/experts?q=informatiebeveiliging").body.find("\"p2\""), std::string::npos);
  EXPECT_NE(server.get("/api/v1/documents?q=notulen").body.find("\"d2\""), std::string::npos);
  const auto verified = indexer({"verify", "--db", db});
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

// --- rollback, stats, verify ----------------------------------------------------------------------

TEST(BatchJobs, RollbackSwitchesToThePreviousGenerationAndVerifyPasses) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  const std::string one = dir.write("one.jsonl", "{\"id\": \"o1\", \"name\": \"Olga Een\"}\n");
  ASSERT_EQ(indexer({"rebuild", "--db", db, "--staff", one}).exit_code, 0);
  EXPECT_EQ(profiles_in(db), 1u);
  const auto rolled = indexer({"rollback", "--db", db});
  ASSERT_EQ(rolled.exit_code, 0) << rolled.err;
  EXPECT_EQ(testing::read_file(db + "/XAPIANDB"), "auto gen-000001\n");
  EXPECT_EQ(profiles_in(db), 5u);
  const auto again = indexer({"rollback", "--db", db});
  EXPECT_EQ(again.exit_code, 4) << again.err;  // nothing older is kept
  const auto verified = indexer({"verify", "--db", db, "--json"});
  EXPECT_EQ(verified.exit_code, 0) << verified.err;
  EXPECT_EQ(parse_json(verified.out)["problems"].Size(), 0u);
  EXPECT_EQ(indexer({"stats", "--db", dir.file("nothing")}).exit_code, 4);

  // verify fails (exit 3) on a damaged item, naming it.
  {
    Xapian::WritableDatabase damaged(db + "/gen-000001", Xapian::DB_OPEN);
    Xapian::Document doc = damaged.get_document(*damaged.postlist_begin("Qworkshop:w1"));
    doc.set_data("not what the indexer writes");
    damaged.replace_document("Qworkshop:w1", doc);
    damaged.commit();
  }
  const auto broken = indexer({"verify", "--db", db});
  EXPECT_EQ(broken.exit_code, 3) << broken.out << broken.err;
  EXPECT_NE(broken.err.find("workshop:w1: stored data does not decode"), std::string::npos) << broken.err;
  // The next rebuild goes on from there.
  ASSERT_EQ(indexer({"rebuild", "--db", db, "--staff", one}).exit_code, 0);
  EXPECT_EQ(profiles_in(db), 1u);
}

}  // namespace
}  // namespace wieweet

namespace wieweet {
namespace {

// --- admin endpoints ------------------------------------------------------------------------------

TEST(BatchAdmin, OffWithoutATokenThen401WithoutTheRightOneAnd200WithIt) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  {
    TempDir off_dir;
    Server off(off_dir, db);
    ASSERT_NE(off.port(), 0);
    HttpConnection connection(off.port());
    EXPECT_EQ(connection.request("GET", "/api/v1/admin/status", {{"Authorization", "Bearer x"}}).status, 404u);
    EXPECT_EQ(connection.request("POST", "/api/v1/admin/reload").status, 404u);
  }
  const std::string token = "s3cret-token-for-the-nightly-job";
  const std::string config = dir.write("wieweet.json", "{\"server\": {\"admin_token\": \"" + token + "\"}}");
  Server server(dir, db, {"--config", config});
  ASSERT_NE(server.port(), 0);
  HttpConnection connection(server.port());
  const HttpReply missing = connection.request("GET", "/api/v1/admin/status");
  EXPECT_EQ(missing.status, 401u);
  EXPECT_EQ(missing.headers.count("www-authenticate"), 1u);
  EXPECT_EQ(missing.headers.at("www-authenticate").rfind("Bearer", 0), 0u);
  EXPECT_EQ(connection.request("GET", "/api/v1/admin/status", {{"Authorization", "Bearer wrong"}}).status, 401u);
  EXPECT_EQ(connection.request("GET", "/api/v1/admin/status", {{"Authorization", "Bearer " + token + "x"}}).status, 401u);
  EXPECT_EQ(connection.request("POST", "/api/v1/admin/reload", {{"Authorization", "Basic " + token}}).status, 401u);

  const HttpReply status = connection.request("GET", "/api/v1/admin/status", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(status.status, 200u) << status.body;
  auto json = parse_json(status.body);
  EXPECT_STREQ(json["generation"].GetString(), "gen-000001");
  EXPECT_EQ(json["people"].GetUint64(), 5u);
  EXPECT_TRUE(json["last_reload"].IsNull());

  const std::string one = dir.write("one.jsonl", "{\"id\": \"o1\", \"name\": \"Olga Een\"}\n");
  ASSERT_EQ(indexer({"rebuild", "--db", db, "--staff", one}).exit_code, 0);
  const HttpReply reloaded = connection.request("POST", "/api/v1/admin/reload", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(reloaded.status, 200u) << reloaded.body;
  json = parse_json(reloaded.body);
  EXPECT_STREQ(json["generation"].GetString(), "gen-000002");
  EXPECT_EQ(json["people"].GetUint64(), 1u);
  EXPECT_TRUE(json["last_reload"].IsString());
  // The token never reaches the log.
  EXPECT_EQ(testing::read_file(dir.file("server.log")).find(token), std::string::npos);
}

}  // namespace
}  // namespace wieweet
