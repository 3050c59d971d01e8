// Issue 12: pseudo-relevance feedback for long questions (ranking.feedback_*), on a real index. Bram
// wrote about heat pumps and insulation only; a long question about solar panels on the school roof
// reaches him only through the words its best items share with his (warmtepomp, isolatie).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::TempDir;

class Feedback : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto writer = IndexWriter::begin_rebuild(dir_->path(), Config());
    ASSERT_TRUE(writer.ok()) << writer.status().to_string();
    auto person = [](const std::string& id, const std::string& name) {
      Person p;
      p.id = id;
      p.name = name;
      return IngestRecord(p);
    };
    auto document = [](const std::string& id, const std::string& author, const std::string& text) {
      Document d;
      d.id = id;
      d.authors = {author};
      d.title = text;
      d.body = text;
      return IngestRecord(d);
    };
    const std::vector<IngestRecord> records = {
        person("anna", "Anna Smit"), person("bram", "Bram Vos"), person("carla", "Carla Bos"),
        document("d1", "anna", "Zonnepanelen op het dak van de school, met een warmtepomp en isolatie"),
        document("d2", "anna", "Energie van zonnepanelen op het schooldak; warmtepomp en isolatie erbij"),
        document("d3", "bram", "Een warmtepomp kiezen en de isolatie verbeteren"),
        document("d4", "carla", "Roosteren met Zermelo voor de bovenbouw"),
        document("d5", "carla", "Toetsen in het PTA van havo en vwo"),
        document("d6", "carla", "Mentorgesprekken met ouders plannen"),
        document("d7", "carla", "Excursies naar musea organiseren"),
    };
    for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
    ASSERT_TRUE(writer.value()->publish().ok());
  }
  static void TearDownTestSuite() { delete dir_; }

  static bool finds(const std::string& text, const std::string& id, const RankingConfig& ranking) {
    auto searcher = Searcher::open(dir_->path(), ranking, QueryConfig{});
    EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
    if (!searcher.ok()) return false;
    ExpertQuery request;
    request.text = text;
    auto result = searcher.value()->search(request);
    EXPECT_TRUE(result.ok()) << result.status().to_string();
    if (!result.ok()) return false;
    return std::any_of(result->results.begin(), result->results.end(), [&](const ExpertHit& hit) { return hit.id == id; });
  }

  static TempDir* dir_;
};

TempDir* Feedback::dir_ = nullptr;

TEST_F(Feedback, ALongQuestionAlsoFindsWhatItsBestItemsShare) {
  const std::string question = "zonnepanelen op het dak van de school voor energie";  // 4 content words
  RankingConfig off;
  off.feedback_terms = 0;
  EXPECT_FALSE(finds(question, "bram", off)) << "no word of the question is in Bram's document";
  EXPECT_TRUE(finds(question, "bram", RankingConfig{})) << "on by default for 4 or more content words";
  EXPECT_FALSE(finds(question, "carla", RankingConfig{})) << "feedback adds related words, not everything";
}

TEST_F(Feedback, AShortQueryGetsNone) {
  EXPECT_FALSE(finds("zonnepanelen dak", "bram", RankingConfig{})) << "2 content words: below feedback_min_words";
  RankingConfig every_query;
  every_query.feedback_min_words = 1;
  EXPECT_TRUE(finds("zonnepanelen dak", "bram", every_query));
}

}  // namespace
}  // namespace wieweet
