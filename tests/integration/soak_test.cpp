// Soak (issue 11): the real server on a generated association under steady load from several
// keep-alive clients, person pages included, while the real indexer runs two full rebuilds and an
// update. Every request must succeed, and the server's memory must not grow.
//
// Runs for WIEWEET_SOAK_SECONDS (default 60). Under the sanitizer build (WIEWEET_SANITIZED) the
// memory check is skipped (ASan's quarantine dominates RSS); everything else is asserted.
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <random>
#include <thread>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "test_support.h"

namespace wieweet {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using testing::TempDir;

std::chrono::seconds soak_duration() {
  const char* value = std::getenv("WIEWEET_SOAK_SECONDS");
  return std::chrono::seconds(value != nullptr && *value != '\0' ? std::stol(value) : 60);
}

// VmRSS of a process, in KiB, from /proc/PID/status.
long resident_kib(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

std::vector<std::string> person_ids(const std::string& staff_file) {
  std::vector<std::string> ids;
  std::ifstream in(staff_file);
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document json;
    json.Parse(line.c_str());
    if (json.IsObject() && json.HasMember("id")) ids.emplace_back(json["id"].GetString());
  }
  return ids;
}

// What the clients ask, in proportions like a search page's: mostly searches and suggestions,
// person pages, some document searches and related topics.
class RequestMix {
 public:
  explicit RequestMix(std::vector<std::string> people) : people_(std::move(people)) {}

  // A target, and whether a 404 is a correct answer (a person not in the live generation).
  std::pair<std::string, bool> next(std::mt19937& random) const {
    static const std::vector<std::string> kTopics = {
        "informatiebeveiliging", "roosteren", "passend+onderwijs", "AVG", "examen", "toetsing", "pesten",
        "ouders", "privacy", "formatieplanning", "wie+weet+iets+van+roosteren%3F", "ict", "begroting",
        "dyslexie", "burgerschap", "verzuim", "teamvergadering", "Engels", "digitale+geletterdheid"};
    static const std::vector<std::string> kPrefixes = {"inf", "roos", "ex", "pri", "ou", "pes", "a", "dig"};
    const auto& topic = kTopics[random() % kTopics.size()];
    switch (random() % 10) {
      case 0:
      case 1:
      case 2: return {"/api/v1/experts?q=" + topic + (random() % 2 ? "&size=50" : ""), false};
      case 3: return {"/api/v1/experts?q=" + topic + "&page=2", false};
      case 4:
      case 5: return {"/api/v1/people/" + people_[random() % people_.size()], true};
      case 6:
      case 7: return {"/api/v1/suggest?q=" + kPrefixes[random() % kPrefixes.size()], false};
      case 8: return {"/api/v1/documents?q=" + topic, false};
      default: return {"/api/v1/related?q=" + topic, false};
    }
  }

 private:
  std::vector<std::string> people_;
};

class Soak : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& [seed, dir] : {std::pair{"1", data_a_}, std::pair{"2", data_b_}}) {
      const auto generated = testing::run_process(
          {"/usr/bin/env", "python3", WIEWEET_GENERATOR_PATH, "--out", dir, "--staff", "300", "--seed", seed});
      ASSERT_EQ(generated.exit_code, 0) << generated.err;
    }
    const auto built = testing::run_indexer(WIEWEET_INDEXER_PATH, "rebuild", db_, data_a_);
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }

  TempDir dir_;
  std::string db_ = dir_.file("db");
  std::string data_a_ = dir_.file("a");
  std::string data_b_ = dir_.file("b");
};

TEST_F(Soak, ServesEveryRequestThroughRebuildsAndAnUpdateWithoutGrowing) {
  const auto duration = soak_duration();
  testing::ChildProcess server({WIEWEET_SERVER_PATH, "--db", db_, "--port", "0", "--port-file", dir_.file("port"),
                                "--threads", "2"},
                               dir_.file("server.log"));
  const unsigned short port = testing::wait_for_port(server, dir_.file("port"), dir_.file("server.log"));
  ASSERT_NE(port, 0);

  std::vector<std::string> people = person_ids(data_a_ + "/staff.jsonl");
  for (auto& id : person_ids(data_b_ + "/staff.jsonl")) people.push_back(std::move(id));
  people.push_back("p-nobody");
  const RequestMix mix(people);

  std::atomic<bool> done{false};
  std::atomic<std::uint64_t> answered{0};
  std::atomic<std::uint64_t> failed{0};
  std::mutex failures_mutex;
  std::vector<std::string> failures;  // the first few, for the report
  auto fail = [&](const std::string& what) {
    ++failed;
    std::lock_guard lock(failures_mutex);
    if (failures.size() < 20) failures.push_back(what);
  };

  constexpr int kClients = 4;
  std::vector<std::thread> clients;
  for (int client = 0; client < kClients; ++client) {
    clients.emplace_back([&, client] {
      std::mt19937 random(static_cast<unsigned>(client) + 1);
      std::unique_ptr<testing::HttpConnection> connection;
      while (!done) {
        const auto [target, may_be_missing] = mix.next(random);
        try {
          if (!connection) connection = std::make_unique<testing::HttpConnection>(port);
          const testing::HttpReply reply = connection->request("GET", target);
          ++answered;
          const bool ok = (reply.status >= 200 && reply.status < 300) || (may_be_missing && reply.status == 404);
          if (!ok) fail(target + " -> " + std::to_string(reply.status) + " " + reply.body.substr(0, 200));
          // The server closes a connection after server.max_requests_per_connection requests.
          if (reply.headers.count("connection") != 0 && reply.headers.at("connection") == "close") connection.reset();
        } catch (const std::exception& error) {
          fail(target + " -> " + error.what());
          connection.reset();
        }
      }
    });
  }

  // Warm-up: every endpoint and both kinds of person page have been served, caches are filled.
  const auto started = Clock::now();
  std::this_thread::sleep_for(duration / 6);
  const long rss_warm = resident_kib(server.pid());

  // Meanwhile, the indexer: a rebuild from other data, an update, a rebuild back.
  std::vector<std::string> indexer_failures;
  auto index = [&](const std::string& mode, const std::string& data) {
    const auto run = testing::run_indexer(WIEWEET_INDEXER_PATH, mode, db_, data);
    if (run.exit_code != 0) indexer_failures.push_back(mode + ": " + run.err);
  };
  index("rebuild", data_b_);
  std::this_thread::sleep_for(duration / 6);
  index("update", data_a_);
  std::this_thread::sleep_for(duration / 6);
  index("rebuild", data_a_);
  while (Clock::now() - started < duration) std::this_thread::sleep_for(100ms);  // the rest of the soak

  done = true;
  for (auto& client : clients) client.join();
  const long rss_end = resident_kib(server.pid());

  EXPECT_TRUE(indexer_failures.empty()) << ::testing::PrintToString(indexer_failures);
  EXPECT_EQ(failed.load(), 0u) << ::testing::PrintToString(failures);
  EXPECT_GT(answered.load(), 1000u) << "the soak hardly ran";
  EXPECT_TRUE(server.running()) << testing::read_file(dir_.file("server.log.err"));
  const std::string readiness = testing::http_get(port, "/readyz").body;
  EXPECT_NE(readiness.find("gen-000003"), std::string::npos) << "the second rebuild is live: " << readiness;
  std::printf("soak: %llu requests in %lld s, %llu failed; RSS %ld KiB after warm-up, %ld KiB at the end\n",
              static_cast<unsigned long long>(answered.load()), static_cast<long long>(duration.count()),
              static_cast<unsigned long long>(failed.load()), rss_warm, rss_end);
#ifndef WIEWEET_SANITIZED
  EXPECT_LE(rss_end, rss_warm * 12 / 10) << "RSS grew by more than 20% after warm-up";
#endif
  EXPECT_EQ(server.stop(SIGTERM, 15s), std::optional<int>(0));
}

}  // namespace
}  // namespace wieweet
