// The core's per-search limits (issue 11): query.max_words refuses a long query before any look-up;
// query.deadline_ms stops a match that runs too long, which then answers nothing rather than part.
#include <gtest/gtest.h>

#include "search/evidence_retrieval.h"
#include "index/index_layout.h"
#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using Clock = std::chrono::steady_clock;
using testing::TempDir;

class SearchLimits : public ::testing::Test {
 protected:
  void SetUp() override { testing::build_sample_index(dir_.path()); }

  std::unique_ptr<Searcher> open(const QueryConfig& query) {
    auto opened = Searcher::open(dir_.path(), RankingConfig{}, query);
    EXPECT_TRUE(opened.ok()) << opened.status().to_string();
    return opened.ok() ? std::move(opened.value()) : nullptr;
  }

  TempDir dir_;
};

TEST_F(SearchLimits, RefusesMoreWordsThanMaxWordsNotCountingStopwords) {
  QueryConfig query;
  query.max_words = 3;
  auto searcher = open(query);
  ASSERT_TRUE(searcher);
  EXPECT_TRUE(searcher->search({"wie weet iets van de informatiebeveiliging en het rooster", 1, 10, {}}).ok());
  auto refused = searcher->search({"informatiebeveiliging rooster pesten beleid", 1, 10, {}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("at most 3"), std::string::npos) << refused.status().message();
  EXPECT_EQ(searcher->related("informatiebeveiliging rooster pesten beleid", 5).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(searcher->search_evidence({"informatiebeveiliging rooster pesten beleid", EvidenceType::kDocument, 1, 10})
                .status()
                .code(),
            StatusCode::kInvalidArgument);
}

TEST_F(SearchLimits, DefaultsAllowAWholeQuestion) {
  auto searcher = open(QueryConfig{});
  ASSERT_TRUE(searcher);
  EXPECT_TRUE(searcher->search({"wie weet er iets van informatiebeveiliging, pentesten en het beleid daarvoor "
                                "op onze scholen, en van roosters en examens?",
                                1, 10, {}})
                  .ok());
}

TEST_F(SearchLimits, AMatchPastItsDeadlineReturnsNothingButSaysSo) {
  Xapian::Database db(index_layout::stub_path(dir_.path()));
  const auto all = retrieve(db, Xapian::Query::MatchAll, 100);
  ASSERT_FALSE(all.deadline_exceeded);
  ASSERT_GT(all.docids.size(), 5u);
  // Thrown out of Xapian's matcher at the first candidate (under ASan: no leak, no use after free).
  const auto late = retrieve(db, Xapian::Query::MatchAll, 100, Clock::now() - std::chrono::milliseconds(1));
  EXPECT_TRUE(late.deadline_exceeded);
  EXPECT_TRUE(late.docids.empty());
  const auto in_time = retrieve(db, Xapian::Query::MatchAll, 100, Clock::now() + std::chrono::seconds(60));
  EXPECT_FALSE(in_time.deadline_exceeded);
  EXPECT_EQ(in_time.docids, all.docids);
  EXPECT_EQ(deadline_status().code(), StatusCode::kDeadlineExceeded);
}

// Deadlines that pass at any moment of a match, before it, in it or never: the answer is the whole
// list or nothing, never part of it. (Which of these happens depends on timing; the invariant does
// not.)
TEST_F(SearchLimits, AMatchIsEitherWholeOrStoppedWhateverTheMomentTheDeadlinePasses) {
  Xapian::Database db(index_layout::stub_path(dir_.path()));
  const auto all = retrieve(db, Xapian::Query::MatchAll, 100);
  std::size_t stopped = 0;
  for (int micros = 0; micros < 400; ++micros) {
    const auto items = retrieve(db, Xapian::Query::MatchAll, 100, Clock::now() + std::chrono::microseconds(micros));
    if (items.deadline_exceeded) {
      ++stopped;
      EXPECT_TRUE(items.docids.empty());
    } else {
      EXPECT_EQ(items.docids, all.docids);
    }
  }
  EXPECT_GT(stopped, 0u) << "a deadline of 0 microseconds stops the match";
}

}  // namespace
}  // namespace wieweet
