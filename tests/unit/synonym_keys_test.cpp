// Issue 12 (review finding): thesaurus entries must be keyed exactly as the query text is read for
// the index being searched. They were keyed once with the default analysis, so an entry holding a
// question word ("eerste hulp", "juridisch advies": "hulp" and "advies" are question words) never
// fired, and on an index with other stopwords an entry could fire from the wrong words or not at all.
// Each case has one person whose evidence holds only the other side of the entry.
#include <gtest/gtest.h>

#include "test_support.h"

namespace wieweet {
namespace {

using testing::authored_document;
using testing::build_index;
using testing::named_person;
using testing::TempDir;

bool finds(const std::string& dir, const QueryConfig& query, const std::string& text, const std::string& id) {
  return testing::search_finds(dir, RankingConfig{}, query, text, id);
}

TEST(SynonymKeys, AnEntryWithAQuestionWordFiresFromTheQuery) {
  TempDir dir;
  build_index(dir.path(), Config(),
              {named_person("ehbo", "Els Hendriks"), named_person("jur", "Joost Ruiter"),
               named_person("other", "Olga Rood"), named_person("adv", "Ali Demir"),
               authored_document("d-ehbo", "ehbo", "EHBO-cursus voor het personeel"),
               authored_document("d-jur", "jur", "Juridische ondersteuning bij klachten"),
               authored_document("d-other", "other", "Roosteren met Zermelo"),
               authored_document("d-adv", "adv", "Juridisch advies voor ouders")});
  const QueryConfig shipped;  // the built-in thesaurus, question words stripped
  // config/synonyms-nl.txt: "EHBO, eerste hulp, ..." and "juridische zaken, juridisch advies, ...".
  EXPECT_TRUE(finds(dir.path(), shipped, "eerste hulp", "ehbo"));
  EXPECT_TRUE(finds(dir.path(), shipped, "wie weet iets van eerste hulp?", "ehbo"));
  EXPECT_TRUE(finds(dir.path(), shipped, "juridisch advies", "jur"));
  // A one-way rule whose expansion holds a question word: the expansion is searched as written.
  EXPECT_TRUE(finds(dir.path(), shipped, "legal advice", "adv")) << "legal advice => juridisch advies";
}

TEST(SynonymKeys, AQuestionWordAloneExpandsNothing) {
  TempDir dir;
  build_index(dir.path(), Config(),
              {named_person("bij", "Bas IJzer"), named_person("zer", "Zara Eren"),
               authored_document("d-bij", "bij", "Bijstand voor nieuwe docenten"),
               authored_document("d-zer", "zer", "Roosteren met Zermelo")});
  QueryConfig query;
  query.synonyms_file = dir.write("synonyms.txt", "hulp, bijstand\n");
  EXPECT_FALSE(finds(dir.path(), query, "hulp met Zermelo", "bij")) << "\"hulp\" asks for help; it is no topic";
  query.strip_question_words = false;
  EXPECT_TRUE(finds(dir.path(), query, "hulp met Zermelo", "bij")) << "not a question word when not stripped";
}

TEST(SynonymKeys, EntriesAreKeyedWithTheStopwordsOfTheIndexSearched) {
  // An English index: "die" and "van" are Dutch stopwords, not English ones, so its queries keep them.
  TempDir dir;
  Config config;
  config.analysis.stemmer = "english";
  config.analysis.stopwords_file = dir.write("stopwords-en.txt", "the\nof\nand\n");
  config.analysis.compound_words_file = "";
  build_index(dir.path(), config,
              {named_person("mould", "Mia Olson"), named_person("board", "Ben Oakes"),
               authored_document("d-mould", "mould", "Pressure moulding"),
               authored_document("d-board", "board", "The supervisory board meets")});
  QueryConfig query;
  query.synonyms_file = dir.write("synonyms.txt", "die casting, pressure moulding\nraad van toezicht => supervisory board\n");
  query.decompound = false;
  EXPECT_TRUE(finds(dir.path(), query, "die casting", "mould"));
  EXPECT_FALSE(finds(dir.path(), query, "casting", "mould")) << "\"casting\" alone is not the entry \"die casting\"";
  EXPECT_TRUE(finds(dir.path(), query, "raad van toezicht", "board"));
}

}  // namespace
}  // namespace wieweet
