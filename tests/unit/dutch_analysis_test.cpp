// Each Dutch analysis feature pinned on a real index built for the purpose: compounds (both ways),
// synonyms and abbreviations from the shipped thesaurus, diacritics, spelling correction, question
// words, English evidence, names with and without tussenvoegsel, phrases. Every case has one person
// whose evidence holds only the *other* form of the query, so the feature is the only way to find them.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/searcher.h"
#include "analysis/compound_splitter.h"  // src/: the unit under test is internal to the core
#include "analysis/synonyms.h"

namespace wieweet {
namespace {

using testing::TempDir;

Person person(const std::string& id, const std::string& name, const std::string& role) {
  Person p;
  p.id = id;
  p.name = name;
  p.school = "Het Baken College";
  p.roles = {role};
  return p;
}

Document document(const std::string& id, const std::string& author, const std::string& title, const std::string& body) {
  Document d;
  d.id = id;
  d.authors = {author};
  d.title = title;
  d.body = body;
  return d;
}

class DutchAnalysis : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    auto writer = IndexWriter::begin_rebuild(dir_->path(), Config());
    ASSERT_TRUE(writer.ok()) << writer.status().to_string();
    const std::vector<IngestRecord> records = {
        person("pest", "Piet Peters", "mentor"),
        person("ibp", "Ilse Bos", "adviseur"),
        person("privacy", "Priya Sharma", "jurist"),
        person("coord", "Carla Mulder", "docent"),
        person("phish", "Oliver Walker", "ICT"),
        person("rooster", "Rik Jansen", "docent"),
        person("heijden", "Marieke van der Heijden", "conciërge"),
        person("ziek", "Zeynep Kaya", "P&O"),
        person("dys", "Dirk Dekker", "remedial teacher"),
        document("d-pest", "pest", "Aanpak van pesten", "Ons beleid tegen pesten: wat doet de mentor als een leerling gepest wordt."),
        document("d-ibp", "ibp", "Het informatiebeveiligingsbeleid", "Het informatiebeveiligingsbeleid van de school is vernieuwd."),
        document("d-avg", "privacy", "Algemene verordening gegevensbescherming",
                 "Wat de Algemene verordening gegevensbescherming betekent voor leerlinggegevens."),
        document("d-coord", "coord", "De coördinator leerlingzaken", "Als coördinator regel ik de leerlingzaken."),
        document("d-phish", "phish", "Reporting a phishing email",
                 "How to report a phishing email to the service desk, and what happens next."),
        document("d-rooster", "rooster", "Roosteren met Zermelo", "Tips voor roosterwijzigingen in Zermelo."),
        document("d-ziek", "ziek", "Ziekteverzuim melden", "Hoe je ziekteverzuim meldt bij P&O en de bedrijfsarts."),
        document("d-spell", "ibp", "Informatiebeveiliging in de praktijk", "Informatiebeveiliging begint bij sterke wachtwoorden."),
        document("d-phrase", "coord", "Passend onderwijs", "Passend onderwijs vraagt om maatwerk."),
        document("d-iets", "heijden", "Iets wat iedereen weet", "Wie iets weet over de kantine, kan mij helpen."),
        document("d-dys", "dys", "Extra tijd bij toetsen",
                 "Een leerling met dyslexie en een lees- en spellingstoornis krijgt extra tijd en een groter lettertype."),
        document("d-apart", "rooster", "Onderwijs dat past", "Dit onderwijs past bij de leerling, zonder extra ondersteuning."),
    };
    for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
    ASSERT_TRUE(writer.value()->publish().ok());
  }
  static void TearDownTestSuite() { delete dir_; }

  static SearchResult search(const std::string& text, const QueryConfig& query = {}) {
    auto searcher = Searcher::open(dir_->path(), RankingConfig{}, query);
    EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
    ExpertQuery request;
    request.text = text;
    auto result = searcher.value()->search(request);
    EXPECT_TRUE(result.ok()) << text << ": " << result.status().to_string();
    return result.ok() ? result.value() : SearchResult{};
  }

  static std::vector<std::string> ids(const SearchResult& result) {
    std::vector<std::string> found;
    for (const auto& hit : result.results) found.push_back(hit.id);
    return found;
  }

  static bool finds(const std::string& text, const std::string& id, const QueryConfig& query = {}) {
    const auto found = ids(search(text, query));
    return std::find(found.begin(), found.end(), id) != found.end();
  }

  static QueryConfig without(bool QueryConfig::*feature) {
    QueryConfig query;
    query.*feature = false;
    return query;
  }

  static TempDir* dir_;
};

TempDir* DutchAnalysis::dir_ = nullptr;

TEST_F(DutchAnalysis, ACompoundQueryFindsEvidenceWithItsParts) {
  // "pestbeleid" is written nowhere; "beleid tegen pesten" is.
  EXPECT_EQ(ids(search("pestbeleid")).front(), "pest");
  EXPECT_FALSE(finds("pestbeleid", "pest", without(&QueryConfig::decompound)));
}

TEST_F(DutchAnalysis, APartFindsTheCompound) {
  // Only "informatiebeveiligingsbeleid" is in d-ibp; the index also holds its parts.
  EXPECT_TRUE(finds("beveiliging", "ibp"));
  EXPECT_TRUE(finds("beleid", "ibp"));
}

TEST_F(DutchAnalysis, AnAbbreviationFindsTheWrittenOutFormAndBack) {
  // The shipped thesaurus: AVG = Algemene verordening gegevensbescherming.
  EXPECT_EQ(ids(search("AVG")).front(), "privacy");
  QueryConfig no_synonyms;
  no_synonyms.synonyms_file = "none";
  EXPECT_FALSE(finds("AVG", "privacy", no_synonyms));
  EXPECT_TRUE(finds("sick leave", "ziek")) << "English to Dutch: sick leave => ziekteverzuim";
}

TEST_F(DutchAnalysis, AnExcludedWordGetsNoSynonymsAddedBack) {
  // "-AVG" excludes; its expansion "Algemene verordening gegevensbescherming" (d-avg, the only way
  // to reach "privacy" from this query) must not be searched as a match.
  EXPECT_TRUE(finds("Zermelo AVG", "privacy"));
  EXPECT_FALSE(finds("Zermelo -AVG", "privacy"));
  EXPECT_FALSE(finds("Zermelo NOT AVG", "privacy"));
}

TEST_F(DutchAnalysis, DiacriticsDoNotMatter) {
  EXPECT_EQ(ids(search("coordinator")).front(), "coord");
  EXPECT_EQ(ids(search("coördinator")).front(), "coord");
}

TEST_F(DutchAnalysis, AMisspelledQueryIsCorrectedAndSaysSo) {
  const SearchResult result = search("informatiebeveilging");
  ASSERT_TRUE(result.corrected_query.has_value());
  EXPECT_EQ(*result.corrected_query, "informatiebeveiliging");
  EXPECT_EQ(ids(result).front(), "ibp");
  EXPECT_FALSE(search("informatiebeveiliging").corrected_query.has_value()) << "a known word is left alone";
  EXPECT_FALSE(search("pestbeleid").corrected_query.has_value()) << "a compound of known words is no typo";
  EXPECT_TRUE(search("informatiebeveilging", without(&QueryConfig::spelling_correction)).results.empty());
}

TEST_F(DutchAnalysis, AStopwordInsideASynonymPhraseIsNotHighlightedAlone) {
  // Issue 8: "dyslexie" also searches the phrase "lees- en spellingstoornis"; its "en" was marked
  // wherever it stood in the snippet.
  const SearchResult result = search("dyslexie");
  auto hit = std::find_if(result.results.begin(), result.results.end(), [](const ExpertHit& h) { return h.id == "dys"; });
  ASSERT_NE(hit, result.results.end());
  ASSERT_FALSE(hit->evidence.empty());
  const std::string& snippet = hit->evidence.front().snippet;
  EXPECT_NE(snippet.find("<mark>dyslexie</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>spellingstoornis</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<mark>en</mark>"), std::string::npos) << snippet;
}

TEST_F(DutchAnalysis, NamesAreFoundWithAndWithoutTussenvoegselAndWithATypo) {
  EXPECT_EQ(ids(search("van der Heijden")).front(), "heijden");
  EXPECT_EQ(ids(search("Heijden")).front(), "heijden");
  const SearchResult typo = search("Marieke Heijdem");
  EXPECT_EQ(ids(typo).front(), "heijden");
  EXPECT_TRUE(typo.corrected_query.has_value());
}

TEST_F(DutchAnalysis, QuestionWordsAreLeftOutOfNaturalQuestions) {
  const SearchResult result = search("wie weet iets van roosteren met Zermelo?");
  ASSERT_FALSE(result.results.empty());
  EXPECT_EQ(result.results.front().id, "rooster");
  // Only the question's subject matched, not d-iets, which is full of "wie", "weet" and "iets".
  EXPECT_EQ(result.total, 1u);
  EXPECT_TRUE(finds("wie weet iets van roosteren met Zermelo?", "heijden", without(&QueryConfig::strip_question_words)));
}

TEST_F(DutchAnalysis, AnEnglishQueryFindsEnglishEvidence) {
  EXPECT_EQ(ids(search("How do I report a phishing email?")).front(), "phish");
}

TEST_F(DutchAnalysis, APhraseMatchesOnlyTheWordsInOrder) {
  EXPECT_EQ(ids(search("\"passend onderwijs\"")), (std::vector<std::string>{"coord"}));
  const auto loose = ids(search("passend onderwijs"));
  EXPECT_NE(std::find(loose.begin(), loose.end(), "rooster"), loose.end()) << "without quotes, the words alone match";
}

TEST(CompoundSplitting, SplitsIntoTheFewestKnownPartsWithLinkingSounds) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok());
  const std::set<std::string> words = {"informatie", "beveiliging", "informatiebeveiliging", "beleid", "onder",
                                       "wijs", "onderwijs", "reken", "rekenen"};
  auto is_word = [&](const std::string& word) { return words.count(word) != 0; };
  EXPECT_EQ(split_compound("informatiebeveiligingsbeleid", is_word, analyzer.value()),
            (std::vector<std::string>{"informatiebeveiliging", "beleid"}));
  EXPECT_EQ(split_compound("rekenonderwijs", is_word, analyzer.value()),
            (std::vector<std::string>{"reken", "onderwijs"}));
  EXPECT_TRUE(split_compound("onderwijs", is_word, analyzer.value()).empty()) << "\"onder\" is a stopword";
  EXPECT_TRUE(split_compound("beleid", is_word, analyzer.value()).empty()) << "too short to be a compound";
}

// Issue 10: plain ASCII lines of the word list skip the UTF-8 splitter; every kind of line must be
// read as before (one word, normalised) or skipped as before (not a single word).
TEST(CompoundSplitting, TheWordListTakesOnlyLinesThatAreOneWord) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok());
  TempDir dir;
  const std::string path = dir.path() + "/words.txt";
  std::ofstream(path, std::ios::binary) << "Informatie\r\nbeveiliging\nBELEID\n\n \nvoor-afgaand\n zorg\nzorg \n"
                                         << "ondersteuning\r\r\nleerling_zorg\ncoördinatie\ncoördinatie-team\nteam\n";
  auto loaded = CompoundSplitter::load(path, analyzer.value());
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  CompoundSplitter splitter = loaded->share(analyzer.value());  // a share splits as the original
  EXPECT_EQ(splitter.parts("informatiebeveiligingsbeleid"),
            (std::vector<std::string>{"informatie", "beveiliging", "beleid"}))
      << "capitals and a CRLF ending are read as the word";
  EXPECT_EQ(loaded->parts("coordinatieteam"), (std::vector<std::string>{"coordinatie", "team"}))
      << "a word with diacritics is normalised";
  EXPECT_TRUE(splitter.parts("voorafgaandzorg").empty()) << "hyphenated and blank-padded lines are no words";
  EXPECT_TRUE(splitter.parts("ondersteuningteam").empty()) << "a line ending in two CRs is no word";
  EXPECT_EQ(splitter.parts("leerling_zorgteam"), (std::vector<std::string>{"leerling_zorg", "team"}));
}

TEST(Synonyms, ReportsAMalformedLineWithFileAndLine) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok());
  auto table = SynonymTable::parse("# comment\nAVG, privacywet\nalleen\n", "syn.txt", analyzer.value());
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().message().rfind("syn.txt:3: ", 0), 0u) << table.status().message();
  auto empty_entry = SynonymTable::parse("a, , b\n", "syn.txt", analyzer.value());
  ASSERT_FALSE(empty_entry.ok());
  auto one_way = SynonymTable::parse("GDPR => AVG\n", "syn.txt", analyzer.value());
  ASSERT_TRUE(one_way.ok());
  EXPECT_EQ(one_way->expansions({"gdpr"}), (std::vector<std::string>{"AVG"}));
  EXPECT_TRUE(one_way->expansions({"avg"}).empty()) << "one-way rules do not go back";
}

TEST(Synonyms, TheShippedListLoads) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok());
  auto table = SynonymTable::load("", analyzer.value());
  ASSERT_TRUE(table.ok()) << table.status().to_string();
  EXPECT_GT(table->size(), 500u);
}

}  // namespace
}  // namespace wieweet
