// The indexer on a full disk (issue 11, defect 7): a failed update or rebuild says "nothing was
// changed", leaves the live index answering as before and no half-written generation behind, and the
// next job on a disk with room succeeds. A full disk is simulated per process with RLIMIT_FSIZE (the
// shell's `ulimit -f`, with SIGXFSZ ignored so a write fails with EFBIG instead of killing the job):
// no root, no loop device, and the rest of the machine is unaffected.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::TempDir;

// Runs the indexer with `limit_kib` as the largest file it may write.
testing::ProcessResult index_on_small_disk(std::size_t limit_kib, const std::vector<std::string>& args) {
  std::vector<std::string> command = {"/bin/bash", "-c", "trap '' XFSZ; ulimit -f " + std::to_string(limit_kib) +
                                                             "; exec \"$@\"", "bash", WIEWEET_INDEXER_PATH};
  command.insert(command.end(), args.begin(), args.end());
  return testing::run_process(command);
}

std::vector<std::string> generations(const std::string& db) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(db)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("gen-", 0) == 0) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

class DiskFull : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto built = testing::run_process({WIEWEET_INDEXER_PATH, "rebuild", "--db", dir_.file("db"), "--staff",
                                             testing::fixture("sample/staff.jsonl"), "--documents",
                                             testing::fixture("sample/documents.jsonl")});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    // Far more text than the small disk takes: thousands of documents of distinct words.
    std::ofstream big(dir_.file("big.jsonl"));
    for (int i = 0; i < 1500; ++i) {
      big << R"({"id": "big)" << i << R"(", "title": "Verslag )" << i << R"(", "body": ")";
      for (int w = 0; w < 40; ++w) big << "woord" << (i * 40 + w) << ' ';
      big << R"(", "authors": ["p1"]})" << "\n";
    }
  }

  std::size_t live_items() {
    auto searcher = Searcher::open(dir_.file("db"), RankingConfig{});
    EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
    if (!searcher.ok()) return 0;
    auto info = searcher.value()->info();
    EXPECT_TRUE(info.ok());
    auto found = searcher.value()->search({"informatiebeveiliging", 1, 10, {}});
    EXPECT_TRUE(found.ok() && found->total > 0);  // still answers as before
    return info.ok() ? info->documents : 0;
  }

  TempDir dir_;
};

TEST_F(DiskFull, AFailedUpdateChangesNothingAndTheNextJobSucceeds) {
  const std::size_t before = live_items();
  const auto gens_before = generations(dir_.file("db"));
  const auto failed =
      index_on_small_disk(512, {"update", "--db", dir_.file("db"), "--documents", dir_.file("big.jsonl")});
  EXPECT_NE(failed.exit_code, 0);
  EXPECT_NE(failed.err.find("nothing was changed"), std::string::npos) << failed.err;
  EXPECT_EQ(live_items(), before);
  EXPECT_EQ(generations(dir_.file("db")), gens_before);

  const auto retried = testing::run_process(
      {WIEWEET_INDEXER_PATH, "update", "--db", dir_.file("db"), "--documents", dir_.file("big.jsonl")});
  ASSERT_EQ(retried.exit_code, 0) << retried.err;
  EXPECT_EQ(live_items(), before + 1500);
}

TEST_F(DiskFull, AFailedRebuildLeavesNoHalfWrittenGenerationBehind) {
  const std::size_t before = live_items();
  const auto gens_before = generations(dir_.file("db"));
  for (std::size_t limit : {8, 512}) {  // failing while creating the tables, and while filling them
    const auto failed = index_on_small_disk(
        limit, {"rebuild", "--db", dir_.file("db"), "--staff", testing::fixture("sample/staff.jsonl"), "--documents",
                dir_.file("big.jsonl")});
    EXPECT_NE(failed.exit_code, 0) << limit;
    EXPECT_NE(failed.err.find("nothing was changed"), std::string::npos) << limit << ": " << failed.err;
    EXPECT_EQ(generations(dir_.file("db")), gens_before) << limit;
    EXPECT_EQ(live_items(), before) << limit;
  }
  const auto rebuilt = testing::run_process({WIEWEET_INDEXER_PATH, "rebuild", "--db", dir_.file("db"), "--staff",
                                             testing::fixture("sample/staff.jsonl"), "--documents",
                                             dir_.file("big.jsonl")});
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  EXPECT_GT(live_items(), 1500u);
}

}  // namespace
}  // namespace wieweet
