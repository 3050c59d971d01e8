// Issue 12: expansions kept from adding noise, on a real index. A query compound whose parts no item
// holds together is also searched by any one of its parts (query.compound_any_part_weight); when
// every typed word already finds plenty of items, the expansions count less
// (query.found_expansion_scale, query.found_min_items); a one-word query and its synonyms are
// weighted as one term (query.synonyms_as_one_term).
#include <gtest/gtest.h>

#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::authored_document;
using testing::named_person;
using testing::TempDir;

class QueryFallbacks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    // The shipped analysis: Dutch stemmer, compounds split with the word list, the built-in thesaurus.
    const std::vector<IngestRecord> records = {
        named_person("anna", "Anna Smit"), named_person("bram", "Bram Vos"), named_person("dave", "Dave Meijer"),
        named_person("erik", "Erik Jansen"), named_person("fien", "Fien de Wit"), named_person("gert", "Gert Bakker"),
        // "rooster" and "problemen" never stand in one item ("problemen" only inside a compound).
        authored_document("d-anna", "anna", "Roosters maken met Zermelo"),
        authored_document("d-bram", "bram", "Gedragsproblemen in de klas"),
        // "privacy" and "beleid" do: one part alone would only add noise.
        authored_document("d-dave", "dave", "Het beleid rond privacy van leerlingen"),
        authored_document("d-erik", "erik", "Beleid voor excursies"),
        // "AVG, Algemene verordening gegevensbescherming" is an entry of config/synonyms-nl.txt.
        authored_document("d-fien", "fien", "De AVG op school: wat mag wel en niet"),
        authored_document("d-gert", "gert", "Algemene verordening gegevensbescherming in de praktijk"),
    };
    testing::build_index(dir_->path(), Config(), records);
  }
  static void TearDownTestSuite() { delete dir_; }

  static bool finds(const std::string& text, const std::string& id, const QueryConfig& query) {
    return testing::search_finds(dir_->path(), RankingConfig{}, query, text, id);
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
  // Two words: a one-word query and its synonyms are one term (below). Scale 0 makes the effect
  // visible as found / not found; shipped, it is 0.5.
  const std::string text = "AVG school";
  QueryConfig found;
  found.found_expansion_scale = 0;
  found.found_min_items = 1;  // "AVG" and "school" are in one item each: enough
  EXPECT_TRUE(finds(text, "fien", found));
  EXPECT_FALSE(finds(text, "gert", found)) << "the expansion counts nothing once the typed words find enough";
  found.found_min_items = 2;  // one item is not enough: the expansion counts in full
  EXPECT_TRUE(finds(text, "gert", found));
  EXPECT_TRUE(finds(text, "gert", QueryConfig{})) << "shipped: half weight, still searched";
}

// A one-word query and its expansions are weighted as one term: the rare long form written once no
// longer outweighs the abbreviation everyone writes.
TEST(OneTermSynonyms, ARareExpansionDoesNotOutweighTheWordTyped) {
  TempDir dir;
  testing::build_index(dir.path(), Config(),
                       {named_person("anna", "Anna Smit"), named_person("bram", "Bram Vos"),
                        named_person("carla", "Carla Bos"), named_person("gert", "Gert Bakker"),
                        authored_document("d-anna", "anna", "De AVG op school"),
                        authored_document("d-bram", "bram", "De AVG bij toetsen"),
                        authored_document("d-carla", "carla", "De AVG en ouders"),
                        authored_document("d-gert", "gert", "Algemene verordening gegevensbescherming")});
  const auto first = [&](const QueryConfig& query) -> std::string {
    auto searcher = Searcher::open(dir.path(), RankingConfig{}, query);
    EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
    if (!searcher.ok()) return "";
    ExpertQuery request;
    request.text = "AVG";
    auto result = searcher.value()->search(request);
    EXPECT_TRUE(result.ok()) << result.status().to_string();
    if (!result.ok() || result->results.size() != 4) return "";
    return result->results.front().id;
  };
  QueryConfig added;
  added.synonyms_as_one_term = false;
  EXPECT_EQ(first(added), "gert") << "added at weight 1, three rare words outweigh one common one";
  const std::string shipped = first(QueryConfig{});
  EXPECT_FALSE(shipped.empty()) << "all four are found either way";
  EXPECT_NE(shipped, "gert");
}

}  // namespace
}  // namespace wieweet
