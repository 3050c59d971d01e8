#include "wieweet/ranking.h"

#include <gtest/gtest.h>

namespace wieweet {
namespace {

std::vector<std::string> order(const std::vector<RankedPerson>& people) {
  std::vector<std::string> ids;
  for (const auto& person : people) ids.push_back(person.person_id);
  return ids;
}

// One workshop matched the query: its presenter knows the topic, its participant only attended.
// With default weights (presenter 0.8, participant 0.1) the presenter must come first.
TEST(Ranker, PresenterOutweighsParticipant) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{5.0, {{"bram", LinkKind::kParticipant}, {"anna", LinkKind::kPresenter}}}});
  EXPECT_EQ(order(people), (std::vector<std::string>{"anna", "bram"}));
  EXPECT_DOUBLE_EQ(people[0].score, 0.8);
  EXPECT_DOUBLE_EQ(people[1].score, 0.1);
}

// Model 2 sums evidence: two relevant documents written say more than one equally relevant one.
TEST(Ranker, MoreEvidenceOfTheSameStrengthRanksHigher) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{4.0, {{"anna", LinkKind::kAuthor}}},
                                   {4.0, {{"bram", LinkKind::kAuthor}}},
                                   {4.0, {{"anna", LinkKind::kAuthor}}}});
  EXPECT_EQ(order(people), (std::vector<std::string>{"anna", "bram"}));
  EXPECT_DOUBLE_EQ(people[0].score, 1.6);
  ASSERT_EQ(people[0].contributions.size(), 2u);
}

// The evidence cut-off: a colleague with 21 newsletters that each match weakly must not outrank one
// with two documents that match strongly. Summing everything, the prolific one wins (21 x 0.08 =
// 1.68 against 2 x 0.8 = 1.6); counting each person's 3 strongest (0.24 against 1.6), the expert does.
TEST(Ranker, CountsOnlyEachPersonsStrongestEvidenceWhenCutOff) {
  std::vector<RetrievedEvidence> evidence = {{10.0, {{"expert", LinkKind::kAuthor}}},
                                             {10.0, {{"expert", LinkKind::kAuthor}}}};
  for (int i = 0; i < 21; ++i) evidence.push_back({1.0, {{"prolific", LinkKind::kAuthor}}});
  EXPECT_EQ(order(Ranker{LinkWeights{}}.rank(evidence)), (std::vector<std::string>{"prolific", "expert"}));
  const auto cut = Ranker{LinkWeights{}, 3}.rank(evidence);
  EXPECT_EQ(order(cut), (std::vector<std::string>{"expert", "prolific"}));
  EXPECT_DOUBLE_EQ(cut[1].score, 3 * 0.08);
  EXPECT_EQ(cut[1].contributions.size(), 21u) << "every item is still evidence to show; only the score is cut";
}

// A weakly matching document counts for less than a strongly matching one.
TEST(Ranker, ScoresFollowRetrievalRelevance) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{1.0, {{"bram", LinkKind::kAuthor}}}, {10.0, {{"anna", LinkKind::kAuthor}}}});
  EXPECT_EQ(order(people), (std::vector<std::string>{"anna", "bram"}));
  EXPECT_DOUBLE_EQ(people[1].score, 0.08);
}

// An author who is also mentioned in the same document is counted once, as an author.
TEST(Ranker, CountsAPersonOncePerItemByTheStrongestLink) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{2.0, {{"anna", LinkKind::kMention}, {"anna", LinkKind::kAuthor}}}});
  ASSERT_EQ(people.size(), 1u);
  EXPECT_DOUBLE_EQ(people[0].score, 0.8);
  ASSERT_EQ(people[0].contributions.size(), 1u);
  EXPECT_EQ(people[0].contributions[0].link, LinkKind::kAuthor);
}

TEST(Ranker, BreaksTiesByIdSoPagingIsStable) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{3.0, {{"zoe", LinkKind::kAuthor}, {"anna", LinkKind::kAuthor}}},
                                   {3.0, {{"mo", LinkKind::kAuthor}}}});
  EXPECT_EQ(order(people), (std::vector<std::string>{"anna", "mo", "zoe"}));
}

TEST(Ranker, ScoresDoNotDependOnTheScaleOfRetrievalScores) {
  const Ranker ranker{LinkWeights{}};
  const auto small = ranker.rank({{0.5, {{"a", LinkKind::kOwner}}}, {0.25, {{"b", LinkKind::kAuthor}}}});
  const auto large = ranker.rank({{50.0, {{"a", LinkKind::kOwner}}}, {25.0, {{"b", LinkKind::kAuthor}}}});
  ASSERT_EQ(small.size(), large.size());
  for (std::size_t i = 0; i < small.size(); ++i) EXPECT_DOUBLE_EQ(small[i].score, large[i].score);
}

TEST(Ranker, LeavesOutLinksWeightedZeroAndHandlesNoEvidence) {
  LinkWeights weights;
  weights.mention = 0.0;
  const Ranker ranker{weights};
  EXPECT_TRUE(ranker.rank({{1.0, {{"anna", LinkKind::kMention}}}}).empty());
  EXPECT_TRUE(ranker.rank({}).empty());
}

TEST(Ranker, OrdersContributionsStrongestFirst) {
  const Ranker ranker{LinkWeights{}};
  const auto people = ranker.rank({{1.0, {{"anna", LinkKind::kMention}}}, {2.0, {{"anna", LinkKind::kOwner}}}});
  ASSERT_EQ(people[0].contributions.size(), 2u);
  EXPECT_EQ(people[0].contributions[0].evidence, 1u);
  EXPECT_EQ(people[0].contributions[1].evidence, 0u);
}

TEST(StrongestLinks, EachPersonOnceByTheStrongestLinkInFirstAppearanceOrder) {
  const LinkWeights weights;
  const std::vector<EvidenceLink> links = {{"p2", LinkKind::kMention},  {"p1", LinkKind::kParticipant},
                                           {"p2", LinkKind::kAuthor},   {"p1", LinkKind::kMention},
                                           {"p3", LinkKind::kPresenter}, {"p3", LinkKind::kAuthor}};
  // p3's two links weigh the same (0.8): the first listed wins.
  EXPECT_EQ(strongest_links(links, weights),
            (std::vector<EvidenceLink>{{"p2", LinkKind::kAuthor}, {"p1", LinkKind::kMention}, {"p3", LinkKind::kPresenter}}));
  EXPECT_TRUE(strongest_links({}, weights).empty());
}

}  // namespace
}  // namespace wieweet
