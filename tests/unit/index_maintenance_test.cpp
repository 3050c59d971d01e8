// Issue 9: the index jobs of the core on a real on-disk index: stats, verify (which must find a
// damaged item), rollback, and erasing a person through IndexWriter.
#include "wieweet/index_maintenance.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "index/schema.h"
#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::TempDir;

TEST(IndexMaintenance, StatsCountEachTypeAndVerifyPassesOnAFreshIndex) {
  TempDir dir;
  testing::build_sample_index(dir.path());
  auto stats = index_stats(dir.path());
  ASSERT_TRUE(stats.ok()) << stats.status().to_string();
  EXPECT_EQ(stats->generation, "gen-000001");
  EXPECT_EQ(stats->profiles, 5u);
  EXPECT_EQ(stats->workshops, 2u);
  EXPECT_EQ(stats->documents_of_type, 5u);
  EXPECT_EQ(stats->documents, 12u);
  EXPECT_EQ(stats->hidden_people, 1u);  // p4 of the fixture
  EXPECT_EQ(stats->stemmer, "kraaij_pohlmann");
  auto problems = verify_index(dir.path());
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
}

TEST(IndexMaintenance, VerifyFindsAnItemWhosePersonTermsDisagreeWithItsLinks) {
  TempDir dir;
  testing::build_sample_index(dir.path());
  {
    Xapian::WritableDatabase db(dir.file("gen-000001"), Xapian::DB_OPEN);
    const std::string term = schema::unique_term(EvidenceType::kWorkshop, "w1");
    Xapian::Document doc = db.get_document(*db.postlist_begin(term));
    doc.remove_term(schema::person_term("p1"));
    db.replace_document(term, doc);
    db.commit();
  }
  auto problems = verify_index(dir.path());
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 1u);
  EXPECT_NE(problems->front().find("workshop:w1: person terms do not match its links"), std::string::npos)
      << problems->front();
}

TEST(IndexMaintenance, RollbackNeedsAnEarlierGeneration) {
  TempDir dir;
  EXPECT_EQ(rollback_index(dir.path()).status().code(), StatusCode::kUnavailable);
  testing::build_sample_index(dir.path());
  EXPECT_EQ(rollback_index(dir.path()).status().code(), StatusCode::kNotFound);
  testing::build_sample_index(dir.path());
  auto rolled = rollback_index(dir.path());
  ASSERT_TRUE(rolled.ok()) << rolled.status().to_string();
  EXPECT_EQ(rolled.value(), "gen-000001");
  EXPECT_EQ(testing::read_file(dir.file("XAPIANDB")), "auto gen-000001\n");
}

TEST(IndexMaintenance, ErasingAPersonRemovesProfileLinksAndName) {
  TempDir dir;
  testing::build_sample_index(dir.path());
  testing::build_sample_index(dir.path());  // gen-000001 is kept for rollback
  {
    auto writer = IndexWriter::begin_update(dir.path(), Config());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer.value()->erase_person("p1").ok());
    ASSERT_TRUE(writer.value()->erase_person("nobody").ok());
    auto report = writer.value()->publish();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->counts.deleted, 1u);
    EXPECT_EQ(report->counts.skipped, 1u);
    EXPECT_GE(report->counts.replaced, 1u);  // w1 (presenter) and her document
    EXPECT_EQ(report->older_generations_erased, 1u);
    EXPECT_EQ(report->older_generations_removed, 0u);
  }
  auto searcher = Searcher::open(dir.path(), RankingConfig{});
  ASSERT_TRUE(searcher.ok());
  EXPECT_EQ(searcher.value()->person("p1").status().code(), StatusCode::kNotFound);
  auto result = searcher.value()->search({"informatiebeveiliging", 1, 50, {}});
  ASSERT_TRUE(result.ok());
  for (const auto& hit : result->results) EXPECT_NE(hit.id, "p1");
  for (const char* generation : {"gen-000001", "gen-000002"}) {
    Xapian::Database db(dir.file(generation));
    EXPECT_EQ(db.get_termfreq(schema::person_term("p1")), 0u) << generation;
    EXPECT_EQ(db.get_termfreq(schema::unique_term(EvidenceType::kProfile, "p1")), 0u) << generation;
    EXPECT_NE(db.get_metadata(std::string(schema::kMetaHiddenPeople)).find("p1\tAnna de Vries"), std::string::npos);
  }
  auto problems = verify_index(dir.path());
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty());
  // A rollback does not bring her back.
  ASSERT_TRUE(rollback_index(dir.path()).ok());
  auto rolled_back = Searcher::open(dir.path(), RankingConfig{});
  ASSERT_TRUE(rolled_back.ok());
  EXPECT_EQ(rolled_back.value()->person("p1").status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace wieweet
