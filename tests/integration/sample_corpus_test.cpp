// The sample-data generator, the real indexer and the searcher together, on a small generated
// association (--staff 300): the data the README's run command serves, at a size a test can afford.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <set>

#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::TempDir;

class SampleCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const auto generated = testing::run_process({"/usr/bin/env", "python3", WIEWEET_GENERATOR_PATH, "--out",
                                                 dir_->file("data"), "--staff", "300"});
    ASSERT_EQ(generated.exit_code, 0) << generated.err;
    indexed_ = new testing::ProcessResult(testing::run_process(
        {WIEWEET_INDEXER_PATH, "rebuild", "--db", dir_->file("db"), "--staff", dir_->file("data/staff.jsonl"),
         "--workshops", dir_->file("data/workshops.jsonl"), "--documents", dir_->file("data/documents.jsonl")}));
  }
  static void TearDownTestSuite() {
    delete indexed_;
    delete dir_;
  }

  // id -> name of every hidden person, from the generator's ground truth and staff file.
  static std::map<std::string, std::string> hidden_people() {
    std::set<std::string> hidden_ids;
    std::ifstream truth(dir_->file("data/truth.jsonl"));
    for (std::string line; std::getline(truth, line);) {
      rapidjson::Document json;
      json.Parse(line.c_str());
      if (std::string(json["visibility"].GetString()) == "hidden") hidden_ids.insert(json["person"].GetString());
    }
    std::map<std::string, std::string> hidden;
    std::ifstream staff(dir_->file("data/staff.jsonl"));
    for (std::string line; std::getline(staff, line);) {
      rapidjson::Document json;
      json.Parse(line.c_str());
      if (hidden_ids.count(json["id"].GetString()) != 0) hidden[json["id"].GetString()] = json["name"].GetString();
    }
    return hidden;
  }

  static TempDir* dir_;
  static testing::ProcessResult* indexed_;
};

TempDir* SampleCorpus::dir_ = nullptr;
testing::ProcessResult* SampleCorpus::indexed_ = nullptr;

TEST_F(SampleCorpus, IndexesEveryGeneratedLine) {
  ASSERT_EQ(indexed_->exit_code, 0) << indexed_->err;
  EXPECT_EQ(indexed_->out.find("rejected, 0 warnings") != std::string::npos, true) << indexed_->out;
  EXPECT_EQ(indexed_->out.find(" 0 rejected") != std::string::npos, true) << indexed_->out;
  EXPECT_EQ(indexed_->err.find("error"), std::string::npos) << indexed_->err;
}

TEST_F(SampleCorpus, AnswersWhoKnowsWithEvidence) {
  auto searcher = Searcher::open(dir_->file("db"), RankingConfig{});
  ASSERT_TRUE(searcher.ok()) << searcher.status().to_string();
  for (const char* query : {"informatiebeveiliging", "roosteren", "passend onderwijs", "AVG"}) {
    auto result = searcher.value()->search({query, 1, 10, {}});
    ASSERT_TRUE(result.ok()) << query;
    EXPECT_GE(result->total, 3u) << query;
    for (const auto& hit : result->results) {
      EXPECT_FALSE(hit.name.empty()) << query;
      EXPECT_FALSE(hit.evidence.empty()) << query << ": every result says why";
    }
  }
}

TEST_F(SampleCorpus, NeverShowsHiddenPeopleOrTheirNames) {
  const auto hidden = hidden_people();
  ASSERT_FALSE(hidden.empty()) << "the generator should hide a few people";
  auto searcher = Searcher::open(dir_->file("db"), RankingConfig{});
  ASSERT_TRUE(searcher.ok());
  std::vector<std::string> queries = {"informatiebeveiliging", "verslag", "aanwezig", "contactpersoon", "rooster",
                                      "workshop", "beleid", "examen", "privacy", "teamvergadering"};
  for (const auto& [id, name] : hidden) queries.push_back(name);  // searching for them by name
  for (const auto& query : queries) {
    auto result = searcher.value()->search({query, 1, 50, {}});
    ASSERT_TRUE(result.ok()) << query;
    for (const auto& hit : result->results) {
      EXPECT_EQ(hidden.count(hit.id), 0u) << query << " returned hidden " << hit.id;
      for (const auto& evidence : hit.evidence) {
        for (const auto& [id, name] : hidden) {
          EXPECT_EQ(evidence.snippet.find(name), std::string::npos) << query << ": " << evidence.snippet;
          EXPECT_EQ(evidence.title.find(name), std::string::npos) << query << ": " << evidence.title;
        }
      }
    }
  }
}

}  // namespace
}  // namespace wieweet
