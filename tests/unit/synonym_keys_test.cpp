// Issue 12 (review finding): thesaurus entries must be keyed exactly as the query text is read for
// the index being searched. They were keyed once with the default analysis, so an entry holding a
// question word ("eerste hulp", "juridisch advies": "hulp" and "advies" are question words) never
// fired, and on an index with other stopwords an entry could fire from the wrong words or not at all.
// Each case has one person whose evidence holds only the other side of the entry.
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

void build(const std::string& dir, const Config& config, const std::vector<IngestRecord>& records) {
  auto writer = IndexWriter::begin_rebuild(dir, config);
  ASSERT_TRUE(writer.ok()) << writer.status().to_string();
  for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
  ASSERT_TRUE(writer.value()->publish().ok());
}

bool finds(const std::string& dir, const QueryConfig& query, const std::string& text, const std::string& id) {
  auto searcher = Searcher::open(dir, RankingConfig{}, query);
  EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
  if (!searcher.ok()) return false;
  ExpertQuery request;
  request.text = text;
  auto result = searcher.value()->search(request);
  if (!result.ok()) return false;
  return std::any_of(result->results.begin(), result->results.end(), [&](const ExpertHit& hit) { return hit.id == id; });
}

TEST(SynonymKeys, AnEntryWithAQuestionWordFiresFromTheQuery) {
  TempDir dir;
  build(dir.path(), Config(),
        {person("ehbo", "Els Hendriks"), person("jur", "Joost Ruiter"), person("other", "Olga Rood"), person("adv", "Ali Demir"),
         document("d-ehbo", "ehbo", "EHBO-cursus voor het personeel"),
         document("d-jur", "jur", "Juridische ondersteuning bij klachten"),
         document("d-other", "other", "Roosteren met Zermelo"),
         document("d-adv", "adv", "Juridisch advies voor ouders")});
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
  build(dir.path(), Config(),
        {person("bij", "Bas IJzer"), person("zer", "Zara Eren"), document("d-bij", "bij", "Bijstand voor nieuwe docenten"),
         document("d-zer", "zer", "Roosteren met Zermelo")});
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
  build(dir.path(), config,
        {person("mould", "Mia Olson"), person("board", "Ben Oakes"), document("d-mould", "mould", "Pressure moulding"),
         document("d-board", "board", "The supervisory board meets")});
  QueryConfig query;
  query.synonyms_file = dir.write("synonyms.txt", "die casting, pressure moulding\nraad van toezicht => supervisory board\n");
  query.decompound = false;
  EXPECT_TRUE(finds(dir.path(), query, "die casting", "mould"));
  EXPECT_FALSE(finds(dir.path(), query, "casting", "mould")) << "\"casting\" alone is not the entry \"die casting\"";
  EXPECT_TRUE(finds(dir.path(), query, "raad van toezicht", "board"));
}

}  // namespace
}  // namespace wieweet
