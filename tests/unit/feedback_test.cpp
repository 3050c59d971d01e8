// Issue 12: pseudo-relevance feedback for long questions (ranking.feedback_*), on a real index. Bram
// wrote about heat pumps and insulation only; a long question about solar panels on the school roof
// reaches him only through the words its best items share with his (warmtepomp, isolatie).
#include <gtest/gtest.h>

#include "test_support.h"

namespace wieweet {
namespace {

using testing::authored_document;
using testing::named_person;
using testing::TempDir;

class Feedback : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::vector<IngestRecord> records = {
        named_person("anna", "Anna Smit"),
        named_person("bram", "Bram Vos"),
        named_person("carla", "Carla Bos"),
        authored_document("d1", "anna", "Zonnepanelen op het dak van de school, met een warmtepomp en isolatie"),
        authored_document("d2", "anna", "Energie van zonnepanelen op het schooldak; warmtepomp en isolatie erbij"),
        authored_document("d3", "bram", "Een warmtepomp kiezen en de isolatie verbeteren"),
        authored_document("d4", "carla", "Roosteren met Zermelo voor de bovenbouw"),
        authored_document("d5", "carla", "Toetsen in het PTA van havo en vwo"),
        authored_document("d6", "carla", "Mentorgesprekken met ouders plannen"),
        authored_document("d7", "carla", "Excursies naar musea organiseren"),
    };
    testing::build_index(dir_->path(), Config(), records);
  }
  static void TearDownTestSuite() { delete dir_; }

  static bool finds(const std::string& text, const std::string& id, const RankingConfig& ranking) {
    return testing::search_finds(dir_->path(), ranking, QueryConfig{}, text, id);
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
