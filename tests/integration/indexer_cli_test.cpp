// The real wieweet-indexer binary on files on disk: output, exit codes, and that a failed run leaves
// the live index as it was.
#include <filesystem>

#include <gtest/gtest.h>

#include "indexer_process.h"
#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::ProcessResult;
using testing::TempDir;
using testing::indexer;
using testing::rebuild_sample;
using testing::fixture;
using testing::run_process;

std::string live_generation(const std::string& db) { return testing::read_file(db + "/XAPIANDB"); }

std::size_t total_for(const std::string& db, const std::string& query, const QueryConfig& features = QueryConfig{}) {
  auto searcher = Searcher::open(db, RankingConfig{}, features);
  EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
  if (!searcher.ok()) return 0;
  auto result = searcher.value()->search({query, 1, 10, {}});
  EXPECT_TRUE(result.ok());
  return result.ok() ? result->total : 0;
}

TEST(IndexerCli, PrintsHelpWithExitCodes) {
  const auto result = indexer({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Exit status:"), std::string::npos);
  EXPECT_NE(result.out.find("rebuild --db DIR"), std::string::npos);
}

TEST(IndexerCli, RejectsBadUsageWithExitCode2) {
  EXPECT_EQ(indexer({}).exit_code, 2);
  EXPECT_EQ(indexer({"rebuild"}).exit_code, 2);
  EXPECT_EQ(indexer({"rebuild", "--db", "/tmp/x"}).exit_code, 2);  // no input files
  EXPECT_EQ(indexer({"frobnicate", "--db", "/tmp/x"}).exit_code, 2);
  const auto bad_number = indexer({"rebuild", "--db", "/tmp/x", "--staff", "s", "--max-errors", "many"});
  EXPECT_EQ(bad_number.exit_code, 2);
  EXPECT_NE(bad_number.err.find("--max-errors"), std::string::npos);
}

TEST(IndexerCli, BuildsTheSampleAndReportsCountsAndUnknownPeople) {
  TempDir db;
  const auto result = rebuild_sample(db.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("staff.jsonl: 6 lines, 6 indexed, 0 rejected"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("(gen-000001): 12 evidence items; added 12, replaced 0, deleted 0, skipped 1"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.err.find("p999 (1x)"), std::string::npos) << result.err;
  EXPECT_EQ(total_for(db.path(), "informatiebeveiliging"), 4u);
}

TEST(IndexerCli, IndexesEveryGoodLineAroundABrokenOneAndNamesIt) {
  TempDir dir;
  const std::string staff = dir.write("staff.jsonl",
                                      "{\"id\": \"p1\", \"name\": \"Anna de Vries\", \"expertise\": [\"roosteren\"]}\n"
                                      "{\"id\": \"p2\", \"name\": \"Bram\", \"roles\": \"docent\"}\n"
                                      "{\"id\": \"p3\", \"name\": \"Chantal\", \"expertise\": [\"roosteren\"]}\n");
  const auto result = indexer({"rebuild", "--db", dir.file("db"), "--staff", staff});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(staff + ":2: field \"roles\" must be an array of strings"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("3 lines, 2 indexed, 1 rejected"), std::string::npos) << result.out;
  EXPECT_EQ(total_for(dir.file("db"), "roosteren"), 2u);
}

TEST(IndexerCli, LeavesTheLiveIndexUntouchedWhenInputIsBad) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  const std::string before = live_generation(db);

  const std::string garbage = dir.write("staff.jsonl", "not json\nnor this\n");
  const auto nothing_valid = indexer({"rebuild", "--db", db, "--staff", garbage});
  EXPECT_EQ(nothing_valid.exit_code, 3);
  EXPECT_NE(nothing_valid.err.find("nothing was changed"), std::string::npos) << nothing_valid.err;

  const std::string mixed = dir.write("mixed.jsonl", "{\"id\": \"p1\", \"name\": \"A\"}\nbroken\nbroken\n");
  const auto too_many = indexer({"rebuild", "--db", db, "--staff", mixed, "--max-errors", "1"});
  EXPECT_EQ(too_many.exit_code, 3);

  const auto missing = indexer({"rebuild", "--db", db, "--staff", dir.file("absent.jsonl")});
  EXPECT_EQ(missing.exit_code, 4);

  const std::string deletions = dir.write("deletions.jsonl", "{\"id\": \"p1\", \"deleted\": true}\n");
  const auto empty = indexer({"rebuild", "--db", db, "--staff", deletions});
  EXPECT_EQ(empty.exit_code, 3);
  EXPECT_NE(empty.err.find("would be empty"), std::string::npos) << empty.err;

  const std::string broken_update = dir.write("update.jsonl", "{\"id\": \"d1\", \"deleted\": true}\nbroken\n");
  const auto failed_update = indexer({"update", "--db", db, "--documents", broken_update, "--max-errors", "0"});
  EXPECT_EQ(failed_update.exit_code, 3);

  EXPECT_EQ(live_generation(db), before);
  EXPECT_EQ(total_for(db, "informatiebeveiliging"), 4u);
}

TEST(IndexerCli, UpdatesAndDeletesById) {
  TempDir dir;
  const std::string db = dir.file("db");
  ASSERT_EQ(rebuild_sample(db).exit_code, 0);
  const std::string changes = dir.write("documents.jsonl",
                                        "{\"id\": \"d1\", \"deleted\": true}\n"
                                        "{\"id\": \"d2\", \"deleted\": true}\n"
                                        "{\"id\": \"d7\", \"title\": \"Verzuimbeleid\", \"authors\": [\"p3\"]}\n");
  const auto result = indexer({"update", "--db", db, "--documents", changes});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("added 1, replaced 0, deleted 2"), std::string::npos) << result.out;
  EXPECT_EQ(live_generation(db), "auto gen-000001\n");  // updated in place
  EXPECT_EQ(total_for(db, "verzuimbeleid"), 1u);
  // The word itself, not its parts: a compound whose parts no item holds together is also searched
  // by any one part (issue 12), which finds the items about "beleid" that were not deleted.
  QueryConfig as_written;
  as_written.decompound = false;
  EXPECT_EQ(total_for(db, "informatiebeveiligingsbeleid", as_written), 0u);
}

TEST(IndexerCli, UpdateNeedsAnExistingIndex) {
  TempDir dir;
  const std::string staff = dir.write("staff.jsonl", "{\"id\": \"p1\", \"name\": \"A\"}\n");
  const auto result = indexer({"update", "--db", dir.file("db"), "--staff", staff});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_NE(result.err.find("no index has been published"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("db")));  // a mistyped --db leaves nothing behind
}

TEST(IndexerCli, RejectsABadConfigFile) {
  TempDir dir;
  const std::string config = dir.write("wieweet.json", R"({"ranking": {"wieghts": {}}})");
  const auto result = indexer({"rebuild", "--db", dir.file("db"), "--staff", fixture("sample/staff.jsonl"),
                               "--config", config});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("ranking.wieghts"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace wieweet
