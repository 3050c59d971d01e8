// The core end to end on a real on-disk index: IndexWriter builds it from the fixture files,
// Searcher answers from it. The fixture (tests/data/sample) is small enough to argue every order.
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/privacy.h"
#include "wieweet/searcher.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

using testing::TempDir;

std::vector<std::string> ids_of(const SearchResult& result) {
  std::vector<std::string> ids;
  for (const auto& hit : result.results) ids.push_back(hit.id);
  return ids;
}

class IndexSearch : public ::testing::Test {
 protected:
  void SetUp() override { testing::build_sample_index(dir_.path()); }

  SearchResult search(const std::string& text, std::size_t page = 1, std::size_t size = 10) {
    if (!searcher_) {
      auto opened = Searcher::open(dir_.path(), RankingConfig{});
      EXPECT_TRUE(opened.ok()) << opened.status().to_string();
      searcher_ = std::move(opened.value());
    }
    auto result = searcher_->search({text, page, size, {}});
    EXPECT_TRUE(result.ok()) << result.status().to_string();
    return result.ok() ? result.value() : SearchResult{};
  }

  void apply(const std::vector<IngestRecord>& records) {
    auto writer = IndexWriter::begin_update(dir_.path(), Config());
    ASSERT_TRUE(writer.ok()) << writer.status().to_string();
    for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
    ASSERT_TRUE(writer.value()->publish().ok());
  }

  TempDir dir_;
  std::unique_ptr<Searcher> searcher_;
};

// Anna owns a profile declaring the topic, presented the workshop and wrote about it: strongest.
// Fatima authored the policy document: second. Bram and Chantal only attended the workshop.
// Daan (hidden) co-wrote the policy and declares the topic, and must not appear at all.
TEST_F(IndexSearch, RanksTheExpertFirstAndAttendeesLast) {
  const SearchResult result = search("informatiebeveiliging");
  EXPECT_EQ(ids_of(result), (std::vector<std::string>{"p1", "p6", "p2", "p3"}));
  EXPECT_EQ(result.total, 4u);
  const ExpertHit& anna = result.results[0];
  EXPECT_EQ(anna.name, "Anna de Vries");
  EXPECT_EQ(anna.school, "Het Baken College");
  ASSERT_EQ(anna.evidence.size(), 3u);
  EXPECT_EQ(anna.evidence[0].type, EvidenceType::kProfile);
  EXPECT_NE(anna.evidence[0].snippet.find("<mark>informatiebeveiliging</mark>"), std::string::npos);
  EXPECT_EQ(result.results[2].evidence[0].link, LinkKind::kParticipant);
}

TEST_F(IndexSearch, NeverReturnsHiddenOrUnknownPeople) {
  for (const char* query : {"informatiebeveiliging", "Daan Verborgen", "pentesten security officer", "privacy",
                            "exchange students", "beleid"}) {
    for (const auto& hit : search(query).results) {
      EXPECT_NE(hit.id, "p4") << query;    // hidden
      EXPECT_NE(hit.id, "p999") << query;  // referenced by d4 but not in staff.jsonl
    }
  }
  EXPECT_EQ(search("pentesten").total, 0u);  // only the hidden person's bio says it
}

TEST_F(IndexSearch, FoldsDiacriticsTheSameWayAtIndexAndQueryTime) {
  EXPECT_EQ(ids_of(search("zorgcoordinator")), (std::vector<std::string>{"p3"}));
  EXPECT_EQ(ids_of(search("ZORGCOÖRDINATOR")), (std::vector<std::string>{"p3"}));
}

TEST_F(IndexSearch, FindsEnglishEvidence) {
  const SearchResult result = search("personal data of exchange students");
  ASSERT_FALSE(result.results.empty());
  EXPECT_EQ(result.results[0].id, "p6");
  // The English document is among her evidence shown. (Since rank aggregation, issue 12, her own
  // profile, second in the retrieval but an owner link, may come before it.)
  const auto& evidence = result.results[0].evidence;
  EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(), [](const EvidenceHit& hit) { return hit.id == "d4"; }));
}

TEST_F(IndexSearch, SupportsPhrases) {
  EXPECT_EQ(ids_of(search("\"datalek melden\"")), (std::vector<std::string>{"p1"}));
  // The same words in another order are not the phrase.
  EXPECT_EQ(search("\"melden datalek\"").total, 0u);
}

TEST_F(IndexSearch, PagesWithoutRepeatingOrSkippingPeople) {
  const SearchResult all = search("informatiebeveiliging");
  std::vector<std::string> paged;
  for (std::size_t page = 1; page <= all.total; ++page) {
    const SearchResult one = search("informatiebeveiliging", page, 1);
    EXPECT_EQ(one.total, all.total);
    ASSERT_EQ(one.results.size(), 1u);
    paged.push_back(one.results[0].id);
  }
  EXPECT_EQ(paged, ids_of(all));
  EXPECT_TRUE(search("informatiebeveiliging", 9, 1).results.empty());
}

TEST_F(IndexSearch, RejectsQueriesWithoutSearchableWords) {
  auto opened = Searcher::open(dir_.path(), RankingConfig{});
  ASSERT_TRUE(opened.ok());
  auto result = opened.value()->search({"   ", 1, 10, {}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(IndexSearch, SeesIncrementalUpdatesWithoutReopening) {
  EXPECT_EQ(search("Zermelo").results.at(0).id, "p5");
  Document document;
  document.id = "d100";
  document.title = "Roosterwijzigingen in Zermelo doorvoeren";
  document.body = "Handleiding voor Zermelo.";
  document.authors = {"p3"};
  apply({document, Deletion{SourceKind::kStaff, "p5"}});
  // Eva was deleted, so her profile and presenting no longer count; Chantal now wrote about it, and
  // Bram still attended the Zermelo workshop.
  EXPECT_EQ(ids_of(search("Zermelo")), (std::vector<std::string>{"p3", "p2"}));
}

TEST_F(IndexSearch, HidingAPersonLaterRemovesThemFromAnswers) {
  EXPECT_EQ(search("Zermelo").results.at(0).id, "p5");
  Person eva;
  eva.id = "p5";
  eva.name = "Eva Smit";
  eva.visibility = Visibility::kHidden;
  apply({eva});
  EXPECT_EQ(search("Zermelo").total, 1u);  // only Bram, who attended her workshop
  EXPECT_EQ(search("Zermelo").results.at(0).id, "p2");
}

TEST_F(IndexSearch, SwitchesToANewGenerationAtomically) {
  auto info = Searcher::open(dir_.path(), RankingConfig{}).value()->info();
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->generation, "gen-000001");
  EXPECT_EQ(search("informatiebeveiliging").total, 4u);

  // A rebuild with only staff: a new generation with profiles only.
  auto writer = IndexWriter::begin_rebuild(dir_.path(), Config());
  ASSERT_TRUE(writer.ok());
  Person anna;
  anna.id = "p1";
  anna.name = "Anna de Vries";
  anna.expertise = {"informatiebeveiliging"};
  ASSERT_TRUE(writer.value()->upsert(anna).ok());
  // Until publish, readers still see the old generation.
  EXPECT_EQ(search("informatiebeveiliging").total, 4u);
  auto report = writer.value()->publish();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->generation, "gen-000002");
  EXPECT_EQ(search("informatiebeveiliging").total, 1u);  // the same Searcher picked up the switch
  EXPECT_EQ(searcher_->info()->generation, "gen-000002");
}

TEST_F(IndexSearch, AnAbandonedRebuildChangesNothing) {
  {
    auto writer = IndexWriter::begin_rebuild(dir_.path(), Config());
    ASSERT_TRUE(writer.ok());
    Person someone;
    someone.id = "p1";
    someone.name = "Vervangen";
    ASSERT_TRUE(writer.value()->upsert(someone).ok());
  }  // destroyed without publish()
  EXPECT_FALSE(std::filesystem::exists(dir_.file("gen-000002")));
  EXPECT_EQ(search("informatiebeveiliging").total, 4u);
}

// Regression: an abandoned update used to be committed by close(), half-applied, while the indexer
// said nothing had changed.
TEST_F(IndexSearch, AFailedUpdateChangesNothing) {
  EXPECT_EQ(search("Zermelo").results.at(0).id, "p5");
  {
    auto writer = IndexWriter::begin_update(dir_.path(), Config());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer.value()->upsert(Deletion{SourceKind::kStaff, "p5"}).ok());
    // Readers do not see an update before it is published.
    EXPECT_EQ(search("Zermelo").results.at(0).id, "p5");
  }  // abandoned
  EXPECT_EQ(search("Zermelo").results.at(0).id, "p5");
  EXPECT_EQ(search("Zermelo").total, 2u);
}

TEST_F(IndexSearch, RefusesToPublishAnEmptyRebuild) {
  auto writer = IndexWriter::begin_rebuild(dir_.path(), Config());
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE(writer.value()->upsert(Deletion{SourceKind::kStaff, "p1"}).ok());
  auto report = writer.value()->publish();
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kInvalidArgument);
  writer.value().reset();
  EXPECT_EQ(search("informatiebeveiliging").total, 4u);
}

// Regression: a generation left by a crashed rebuild was kept by pruning as if it were the previous
// live one, and the real previous generation was deleted.
TEST_F(IndexSearch, CleansUpAfterACrashedRebuild) {
  std::filesystem::create_directory(dir_.file("gen-000007"));  // a rebuild that died before publishing
  testing::build_sample_index(dir_.path());
  EXPECT_FALSE(std::filesystem::exists(dir_.file("gen-000007")));
  EXPECT_TRUE(std::filesystem::exists(dir_.file("gen-000001")));  // the previous live generation
  EXPECT_TRUE(std::filesystem::exists(dir_.file("gen-000002")));
  EXPECT_EQ(searcher_ ? searcher_->info()->generation : Searcher::open(dir_.path(), {}).value()->info()->generation,
            "gen-000002");
}

TEST_F(IndexSearch, AllowsOneWriterAtATime) {
  auto first = IndexWriter::begin_update(dir_.path(), Config());
  ASSERT_TRUE(first.ok());
  auto second = IndexWriter::begin_rebuild(dir_.path(), Config());
  ASSERT_FALSE(second.ok());
  // Busy, not an index error: a scheduler retries later (issue 9), and the message names the holder.
  EXPECT_EQ(second.status().code(), StatusCode::kBusy);
  EXPECT_NE(second.status().message().find("held by pid " + std::to_string(::getpid())), std::string::npos)
      << second.status().message();
}

TEST_F(IndexSearch, KeepsOnlyTheConfiguredNumberOfGenerations) {
  for (int i = 0; i < 3; ++i) testing::build_sample_index(dir_.path());
  EXPECT_FALSE(std::filesystem::exists(dir_.file("gen-000002")));
  EXPECT_TRUE(std::filesystem::exists(dir_.file("gen-000003")));
  EXPECT_TRUE(std::filesystem::exists(dir_.file("gen-000004")));
}

TEST_F(IndexSearch, ReportsUnknownPeopleReferencedByEvidence) {
  auto writer = IndexWriter::begin_rebuild(dir_.path(), Config());
  ASSERT_TRUE(writer.ok());
  Workshop workshop;
  workshop.id = "w9";
  workshop.title = "Onbekende presentator";
  workshop.presenters = {"nobody"};
  ASSERT_TRUE(writer.value()->upsert(workshop).ok());
  auto report = writer.value()->publish();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->unknown_people, (std::map<std::string, std::size_t>{{"nobody", 1}}));
}

// d1 names the hidden Daan Verborgen in its text ("Contactpersoon: Daan Verborgen").
TEST_F(IndexSearch, BlanksHiddenPeoplesNamesOutOfEvidence) {
  EXPECT_EQ(search("Verborgen").total, 0u);  // his name is not even indexed in d1
  const SearchResult result = search("informatiebeveiligingsbeleid");
  ASSERT_FALSE(result.results.empty());
  const EvidenceHit& policy = result.results[0].evidence[0];
  ASSERT_EQ(policy.id, "d1");
  EXPECT_NE(policy.snippet.find("Contactpersoon: [naam verborgen]."), std::string::npos) << policy.snippet;
}

// d2 names Fatima in its text; she is hidden later, by an update, after d2 was indexed.
TEST_F(IndexSearch, BlanksTheNameOfSomeoneHiddenLater) {
  Person fatima;
  fatima.id = "p6";
  fatima.name = "Fatima el Idrissi";
  fatima.visibility = Visibility::kHidden;
  apply({fatima});
  const SearchResult result = search("datalek melden");
  ASSERT_FALSE(result.results.empty());
  for (const auto& hit : result.results) {
    EXPECT_NE(hit.id, "p6");
    for (const auto& evidence : hit.evidence) {
      EXPECT_EQ(evidence.snippet.find("Fatima"), std::string::npos) << evidence.snippet;
    }
  }
}

TEST(NameRedactor, BlanksFullNamesWhateverTheirCaseSpacingOrDiacritics) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  const NameRedactor redactor({{"p4", "Daan Verborgen"}, {"p8", "Zoë de Wit"}, {"p9", "Cher"}}, analyzer.value());
  const struct {
    const char* text;
    const char* expected;
  } cases[] = {
      {"Aanwezig: Daan Verborgen, Anna.", "Aanwezig: [naam verborgen], Anna."},
      {"DAAN  VERBORGEN belt", "[naam verborgen] belt"},
      {"met Zoe de Wit en zoë DE wit", "met [naam verborgen] en [naam verborgen]"},
      {"Daan alleen, of Verborgenheid", "Daan alleen, of Verborgenheid"},  // parts of a name are not the name
      {"Cher zingt, CHÉR ook", "[naam verborgen] zingt, [naam verborgen] ook"},  // one-word names too (issue 11)
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(redactor.redact(c.text), c.expected) << c.text;
  EXPECT_TRUE(redactor.names_hidden_person("de Cher-methode"));
  EXPECT_TRUE(redactor.names_hidden_person("zoe de wit"));
  EXPECT_FALSE(redactor.names_hidden_person("Zoë en de Wit"));
}

// Issue 11, defects 4-6: a name of a hidden colleague, of any length, reaches no endpoint, and a
// change of visibility by `update` takes effect on every one of them at once.
class HiddenNames : public IndexSearch {
 protected:
  std::unique_ptr<Searcher>& searcher() {
    search("informatiebeveiliging");  // opens the searcher
    return searcher_;
  }
  std::vector<std::string> suggestions(const std::string& typed) {
    auto found = searcher()->suggest(typed, 10);
    EXPECT_TRUE(found.ok()) << found.status().to_string();
    std::vector<std::string> texts;
    if (found.ok()) {
      for (const auto& suggestion : found.value()) texts.push_back(suggestion.text);
    }
    return texts;
  }
  PersonPage page(const std::string& id) {
    auto found = searcher()->person(id);
    EXPECT_TRUE(found.ok()) << found.status().to_string();
    return found.ok() ? found.value() : PersonPage{};
  }
  static bool mentions(const std::string& text, const std::vector<std::string>& words) {
    std::string lower = text;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& word : words) {
      if (lower.find(word) != std::string::npos) return true;
    }
    return false;
  }
  static Person person(const std::string& id, const std::string& name, Visibility visibility) {
    Person p;
    p.id = id;
    p.name = name;
    p.visibility = visibility;
    return p;
  }
  // Eva's profile names Daan (hidden since the start) in her bio and expertise; a document tagged with
  // a method named after Zorro, who is visible when it is indexed.
  void add_mentions() {
    Person eva = person("p5", "Eva Smit", Visibility::kPublic);
    eva.school = "Vakcollege De Linie";
    eva.roles = {"roostermaker"};
    eva.expertise = {"roosteren", "de Daan Verborgen-aanpak", "Zorro-rooster"};
    eva.bio = "Ik werk samen met Daan Verborgen en met Zorro aan roosters.";
    Document doc;
    doc.id = "d9";
    doc.title = "De Zorro methode voor roosters";
    doc.body = "Zorro bedacht een methode om roosterwijzigingen te beperken.";
    doc.authors = {"p5"};
    doc.tags = {"Zorro methode", "roosteren"};
    apply({person("p7", "Zorro", Visibility::kInternal), eva, doc});
  }
};

TEST_F(HiddenNames, NoNameOfAHiddenColleagueOnAVisibleColleaguesPage) {
  add_mentions();
  apply({person("p7", "Zorro", Visibility::kHidden)});
  const PersonPage eva = page("p5");
  // "verborgen" is also a word of the placeholder, so Daan Verborgen is looked for by first name.
  const std::vector<std::string> names = {"daan", "zorro"};
  EXPECT_FALSE(mentions(eva.person.bio, names)) << eva.person.bio;
  EXPECT_NE(eva.person.bio.find("[naam verborgen]"), std::string::npos);
  for (const auto& topic : eva.person.expertise) EXPECT_FALSE(mentions(topic, names)) << topic;
  for (const auto& topic : eva.topics) EXPECT_FALSE(mentions(topic.topic, names)) << topic.topic;
  for (const auto& item : eva.documents_written.items) EXPECT_FALSE(mentions(item.title, names)) << item.title;
}

TEST_F(HiddenNames, SomeoneHiddenByAnUpdateIsFoundNowhere) {
  add_mentions();
  // Visible: Zorro can be found, and completes.
  EXPECT_GT(search("Zorro").total, 0u);
  EXPECT_FALSE(suggestions("zorro").empty());
  apply({person("p7", "Zorro", Visibility::kHidden)});
  EXPECT_EQ(search("Zorro").total, 0u);
  const SearchResult method = search("zorro methode");
  ASSERT_FALSE(method.results.empty());  // "methode" is still searchable
  EXPECT_EQ(method.results[0].id, "p5");
  for (const auto& hit : search("zorro methode roosterwijzigingen").results) {
    for (const auto& evidence : hit.evidence) {
      EXPECT_FALSE(mentions(evidence.title + evidence.snippet, {"zorro"})) << evidence.title << evidence.snippet;
    }
  }
  EXPECT_TRUE(suggestions("zorro").empty());
  EXPECT_TRUE(suggestions("zor").empty());
  auto documents = searcher()->search_evidence({"Zorro", EvidenceType::kDocument, 1, 10});
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents->total, 0u);
  auto related = searcher()->related("roosteren", 20);
  ASSERT_TRUE(related.ok());
  for (const auto& topic : related.value()) EXPECT_FALSE(mentions(topic.topic, {"zorro"})) << topic.topic;
}

TEST_F(HiddenNames, SearchingForAHiddenNameFindsNobodyAndIsNoError) {
  apply({person("p6", "Fatima el Idrissi", Visibility::kHidden)});
  // d2 ("Bel Fatima el Idrissi") was indexed while she was visible.
  EXPECT_EQ(search("Fatima el Idrissi").total, 0u);
  EXPECT_EQ(search("fatima el idrissi").total, 0u);
  auto documents = searcher()->search_evidence({"Fatima el Idrissi", EvidenceType::kDocument, 1, 10});
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents->total, 0u);
  EXPECT_TRUE(suggestions("fatima").empty());
}

// Person pages read each item's link and date without its stored data and load only what they show
// (docs/performance.md, "Person page"): the same items, in the same order, as loading them all.
class PersonPages : public HiddenNames {
 protected:
  static Document written(const std::string& id, const std::string& author, const std::string& date,
                          const std::string& body) {
    Document doc;
    doc.id = id;
    doc.title = "Notitie " + id;
    doc.body = body;
    doc.authors = {author};
    doc.date = date;
    return doc;
  }
  static std::vector<std::string> ids_of(const EvidenceGroup& group) {
    std::vector<std::string> ids;
    for (const auto& item : group.items) ids.push_back(item.id);
    return ids;
  }
  // One update: the person, then the documents (a vector of IngestRecord grown in a loop trips a
  // false -Wmaybe-uninitialized in GCC 12's std::variant).
  void apply_documents(const Person& who, const std::vector<Document>& documents) {
    auto writer = IndexWriter::begin_update(dir_.path(), Config());
    ASSERT_TRUE(writer.ok()) << writer.status().to_string();
    ASSERT_TRUE(writer.value()->upsert(IngestRecord(who)).ok());
    for (const auto& document : documents) ASSERT_TRUE(writer.value()->upsert(IngestRecord(document)).ok());
    ASSERT_TRUE(writer.value()->publish().ok());
  }
  static bool has_topic(const PersonPage& page, const std::string& topic) {
    return std::any_of(page.topics.begin(), page.topics.end(), [&](const PersonTopic& t) { return t.topic == topic; });
  }
};

TEST_F(PersonPages, ListTheNewestItemsOfEachKindThenByIdAndCountThemAll) {
  std::vector<Document> records;
  // w00..w16 on distinct days; w17..w24 on one older day, indexed in reverse order so that their
  // index order is not their id order; w25 undated.
  for (int i = 0; i <= 16; ++i) {
    const std::string n = (i < 10 ? "0" : "") + std::to_string(i);
    records.push_back(written("w" + n, "p20", "2024-02-" + std::to_string(10 + i), "Verslag over roosters."));
  }
  for (int i = 24; i >= 17; --i) {
    records.push_back(written("w" + std::to_string(i), "p20", "2024-01-05", "Verslag over roosters."));
  }
  records.push_back(written("w25", "p20", "", "Verslag over roosters."));
  Document mention = written("m1", "p1", "2023-06-01", "Olga Bakker las mee.");
  mention.mentions = {"p20"};
  records.push_back(mention);
  apply_documents(person("p20", "Olga Bakker", Visibility::kInternal), records);

  const PersonPage olga = page("p20");
  std::vector<std::string> expected;
  for (int i = 16; i >= 0; --i) expected.push_back("w" + std::string(i < 10 ? "0" : "") + std::to_string(i));
  for (const char* tied : {"w17", "w18", "w19"}) expected.emplace_back(tied);
  ASSERT_EQ(expected.size(), kPersonPageItems);
  EXPECT_EQ(ids_of(olga.documents_written), expected);
  EXPECT_EQ(olga.documents_written.total, 26u);
  EXPECT_EQ(olga.documents_written.items.front().date, "2024-02-26");
  EXPECT_EQ(olga.documents_written.items.front().title, "Notitie w16");
  EXPECT_EQ(ids_of(olga.mentioned_in), (std::vector<std::string>{"m1"}));
  EXPECT_EQ(olga.mentioned_in.total, 1u);
  EXPECT_EQ(olga.workshops_given.total, 0u);
}

// A plain word is a topic of someone's only when more than one of their items carries it: a rare word
// in one item of several (the old expand set ranked those high) says nothing about them.
TEST_F(PersonPages, ATopicWordIsCarriedByMoreThanOneOfTheirItems) {
  apply({person("p21", "Kees Mol", Visibility::kInternal),
         written("z1", "p21", "2024-03-01", "De zonnepanelen op het dak leveren stroom."),
         written("z2", "p21", "2024-03-02", "Nieuwe zonnepanelen voor de gymzaal besteld."),
         written("z3", "p21", "2024-03-03", "Een recept met walvisspek voor de kantine.")});
  const PersonPage kees = page("p21");
  EXPECT_TRUE(has_topic(kees, "zonnepanelen"));
  EXPECT_FALSE(has_topic(kees, "walvisspek"));
  // With one item, its words are carried by all of them.
  apply({person("p22", "Ria Veen", Visibility::kInternal),
         written("z4", "p22", "2024-03-04", "Een recept met walvisspek voor de kantine.")});
  auto opened = Searcher::open(dir_.path(), RankingConfig{});
  ASSERT_TRUE(opened.ok());
  auto ria = opened.value()->person("p22");
  ASSERT_TRUE(ria.ok());
  EXPECT_TRUE(has_topic(ria.value(), "walvisspek"));
}

TEST(SearcherOpen, IsUnavailableBeforeAnythingWasPublished) {
  TempDir dir;
  auto searcher = Searcher::open(dir.path(), RankingConfig{});
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.status().code(), StatusCode::kUnavailable);
}

TEST(Privacy, KeepsContactDetailsOfPublicPeopleOnly) {
  Person person;
  person.email = "a@b.nl";
  person.phone = "06";
  person.visibility = Visibility::kInternal;
  EXPECT_TRUE(redact_for_index(person).email.empty());
  EXPECT_TRUE(redact_for_index(person).phone.empty());
  person.visibility = Visibility::kPublic;
  EXPECT_EQ(redact_for_index(person).email, "a@b.nl");
  person.visibility = Visibility::kHidden;
  EXPECT_FALSE(may_be_shown(person));
}

}  // namespace
}  // namespace wieweet
