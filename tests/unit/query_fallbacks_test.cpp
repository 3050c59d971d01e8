// Issue 12: expansions as fallbacks, on a real index. A query compound whose parts no item holds
// together is also searched by any one of its parts (query.compound_any_part_weight); and when every
// typed word already finds plenty of items, the expansions count less (query.found_expansion_scale,
// query.found_min_items).
#include <gtest/gtest.h>

#include "test_support.h"

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
