// The measures on rankings small enough to check by hand; each expectation spells out the sum.
#include "relevance_metrics.h"

#include <cmath>

#include <gtest/gtest.h>

namespace wieweet::relevance {
namespace {

constexpr double kTolerance = 1e-12;

TEST(Ndcg, PerfectRankingScoresOne) {
  const Grades grades{{"a", 2}, {"b", 1}, {"c", 1}};
  EXPECT_NEAR(ndcg_at({"a", "b", "c"}, grades, 10), 1.0, kTolerance);
  EXPECT_NEAR(ndcg_at({"a", "c", "b", "x"}, grades, 10), 1.0, kTolerance);  // equal grades may swap
}

TEST(Ndcg, GradedGainsAndLogDiscount) {
  // Ranks 1..3 hold grades 0, 2, 1: DCG = 0/log2(2) + (2^2-1)/log2(3) + (2^1-1)/log2(4).
  // The ideal order 2, 1, 1 has DCG = 3/log2(2) + 1/log2(3) + 1/log2(4).
  const Grades grades{{"a", 2}, {"b", 1}, {"c", 1}};
  const double dcg = 3.0 / std::log2(3.0) + 1.0 / 2.0;
  const double ideal = 3.0 + 1.0 / std::log2(3.0) + 1.0 / 2.0;
  EXPECT_NEAR(ndcg_at({"x", "a", "b"}, grades, 10), dcg / ideal, kTolerance);
}

TEST(Ndcg, IdealCountsPeopleNeverReturned) {
  // Only one of two experts found, at rank 1: 3 / (3 + 3/log2(3)).
  const Grades grades{{"a", 2}, {"b", 2}};
  EXPECT_NEAR(ndcg_at({"a"}, grades, 10), 3.0 / (3.0 + 3.0 / std::log2(3.0)), kTolerance);
}

TEST(Ndcg, NothingBelowTheCutOffCounts) {
  const Grades grades{{"a", 1}};
  Ranking ranking;
  for (int i = 0; i < 10; ++i) ranking.push_back("x" + std::to_string(i));
  ranking.push_back("a");  // rank 11
  EXPECT_EQ(ndcg_at(ranking, grades, 10), 0.0);
}

TEST(AveragePrecision, SumsPrecisionAtEachRelevantRankOverAllRelevant) {
  // Relevant at ranks 1 and 3; c never returned: (1/1 + 2/3) / 3.
  const Grades grades{{"a", 1}, {"b", 2}, {"c", 1}};
  EXPECT_NEAR(average_precision({"a", "x", "b"}, grades), (1.0 + 2.0 / 3.0) / 3.0, kTolerance);
}

TEST(AveragePrecision, GradeDoesNotMatter) {
  EXPECT_NEAR(average_precision({"x", "a"}, {{"a", 1}}), 0.5, kTolerance);
  EXPECT_NEAR(average_precision({"x", "a"}, {{"a", 2}}), 0.5, kTolerance);
}

TEST(PrecisionAt, ShortListsAreNotExcused) {
  EXPECT_NEAR(precision_at({"a"}, {{"a", 1}}, 5), 0.2, kTolerance);
  EXPECT_NEAR(precision_at({"a", "x", "b", "y", "c", "d"}, {{"a", 1}, {"b", 2}, {"c", 1}, {"d", 1}}, 5), 0.6,
              kTolerance);
}

TEST(ReciprocalRank, FirstRelevantOnly) {
  const Grades grades{{"a", 1}, {"b", 2}};
  EXPECT_NEAR(reciprocal_rank({"x", "y", "a", "b"}, grades), 1.0 / 3.0, kTolerance);
  EXPECT_EQ(reciprocal_rank({"x", "y"}, grades), 0.0);
  EXPECT_EQ(reciprocal_rank({}, grades), 0.0);
}

TEST(Measures, ARepeatedPersonCountsOnce) {
  // "a" twice must not look like two experts: the repeat is dropped, so b's rank stays 2.
  const Grades grades{{"a", 1}, {"b", 1}};
  EXPECT_NEAR(precision_at({"a", "a", "a"}, grades, 5), 0.2, kTolerance);
  EXPECT_NEAR(average_precision({"a", "a", "b"}, grades), 1.0, kTolerance);
  EXPECT_NEAR(ndcg_at({"a", "a", "b"}, grades, 10), 1.0, kTolerance);
}

TEST(Measures, NobodyRelevantScoresZeroNotNaN) {
  const QueryScores scores = score_ranking({"a", "b"}, {});
  EXPECT_EQ(scores.ndcg_10, 0.0);
  EXPECT_EQ(scores.average_precision, 0.0);
  EXPECT_EQ(scores.precision_5, 0.0);
  EXPECT_EQ(scores.reciprocal_rank, 0.0);
}

TEST(Measures, MeansAreArithmetic) {
  const QueryScores mean = mean_scores({{1.0, 0.5, 0.2, 1.0}, {0.0, 0.1, 0.4, 0.5}});
  EXPECT_NEAR(mean.ndcg_10, 0.5, kTolerance);
  EXPECT_NEAR(mean.average_precision, 0.3, kTolerance);
  EXPECT_NEAR(mean.precision_5, 0.3, kTolerance);
  EXPECT_NEAR(mean.reciprocal_rank, 0.75, kTolerance);
  EXPECT_EQ(mean_scores({}).ndcg_10, 0.0);
}

}  // namespace
}  // namespace wieweet::relevance
