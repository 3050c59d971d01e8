// Issue 12: expansions as fallbacks, on a real index. A query compound whose parts no item holds
// together is also searched by any one of its parts (query.compound_any_part_weight); and when every
// typed word already finds plenty of items, the expansions count less (query.found_expansion_scale,
// query.found_min_items).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::TempDir;

Person person(const std::string& id, const std::string& name) {
  Person p;
  p.id = id;
  p.name = name;
  return p;
}

Document document(const std::string& id, const std::string& author, const std::string& title) {
  Document d;
  d.id = id;
  d.authors = {author};
  d.title = title;
  d.body = title;
  return d;
}

class QueryFallbacks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    // The shipped analysis: Dutch stemmer, compounds split with the word list, the built-in thesaurus.
    auto writer = IndexWriter::begin_rebuild(dir_->path(), Config());
    ASSERT_TRUE(writer.ok()) << writer.status().to_string();
    const std::vector<IngestRecord> records = {
        person("anna", "Anna Smit"), person("bram", "Bram Vos"), person("dave", "Dave Meijer"),
        person("erik", "Erik Jansen"), person("fien", "Fien de Wit"), person("gert", "Gert Bakker"),
        // "rooster" and "problemen" never stand in one item ("problemen" only inside a compound).
        document("d-anna", "anna", "Roosters maken met Zermelo"),
        document("d-bram", "bram", "Gedragsproblemen in de klas"),
        // "privacy" and "beleid" do: one part alone would only add noise.
        document("d-dave", "dave", "Het beleid rond privacy van leerlingen"),
        document("d-erik", "erik", "Beleid voor excursies"),
        // "AVG, Algemene verordening gegevensbescherming" is an entry of config/synonyms-nl.txt.
        document("d-fien", "fien", "De AVG op school: wat mag wel en niet"),
        document("d-gert", "gert", "Algemene verordening gegevensbescherming in de praktijk"),
    };
    for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
    ASSERT_TRUE(writer.value()->publish().ok());
  }
  static void TearDownTestSuite() { delete dir_; }

  static bool finds(const std::string& text, const std::string& id, const QueryConfig& query) {
    auto searcher = Searcher::open(dir_->path(), RankingConfig{}, query);
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

TempDir* QueryFallbacks::dir_ = nullptr;

TEST_F(QueryFallbacks, ACompoundWhosePartsNeverMeetIsSearchedByAnyPart) {
  QueryConfig off;
  off.compound_any_part_weight = 0;
  EXPECT_FALSE(finds("roosterproblemen", "anna", off)) << "no item holds both parts";
  EXPECT_TRUE(finds("roosterproblemen", "anna", QueryConfig{})) << "on by default";
  EXPECT_TRUE(finds("roosterproblemen", "bram", QueryConfig{})) << "the other part, inside a compound";
}

TEST_F(QueryFallbacks, NotWhenThePartsMeetInSomeItem) {
  EXPECT_TRUE(finds("privacybeleid", "dave", QueryConfig{})) << "both parts in one item";
  EXPECT_FALSE(finds("privacybeleid", "erik", QueryConfig{})) << "\"beleid\" alone is not searched";
}

TEST_F(QueryFallbacks, ExpansionsCountLessWhenTheTypedWordsFindEnough) {
  // Scale 0 makes the effect visible as found / not found; shipped, it is 0.5.
  QueryConfig found;
  found.found_expansion_scale = 0;
  found.found_min_items = 1;  // "AVG" is in one item: enough
  EXPECT_TRUE(finds("AVG", "fien", found));
  EXPECT_FALSE(finds("AVG", "gert", found)) << "the expansion counts nothing once AVG itself finds enough";
  found.found_min_items = 2;  // one item is not enough: the expansion counts in full
  EXPECT_TRUE(finds("AVG", "gert", found));
  EXPECT_TRUE(finds("AVG", "gert", QueryConfig{})) << "shipped: half weight, still searched";
}

}  // namespace
}  // namespace wieweet
