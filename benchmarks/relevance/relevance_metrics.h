// The measures that referee ranking work, by their standard definitions (written out with formulas
// in docs/relevance.md). Pure functions of one ranked list and one query's graded judgments.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_METRICS_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_METRICS_H_

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace wieweet::relevance {

// Person id -> graded relevance: 2 = real expert, 1 = some knowledge. Anyone absent is not relevant.
using Grades = std::unordered_map<std::string, int>;

// A system's answer: person ids, best first. If an id repeats, only its first place counts.
using Ranking = std::vector<std::string>;

// nDCG@k with exponential gains: DCG = sum over ranks i <= k of (2^grade - 1) / log2(i + 1), divided
// by the DCG of the ideal ranking of every judged person. 0 when nobody is relevant.
double ndcg_at(const Ranking& ranking, const Grades& grades, std::size_t k);

// Average precision, binary (grade >= 1 is relevant): the sum of precision@i over the ranks i that
// hold a relevant person, divided by the number of relevant people (also those never returned).
// 0 when nobody is relevant.
double average_precision(const Ranking& ranking, const Grades& grades);

// Relevant people (grade >= 1) among the first k, divided by k (a list shorter than k is not excused).
double precision_at(const Ranking& ranking, const Grades& grades, std::size_t k);

// 1 / the rank of the first relevant person (grade >= 1); 0 when none is returned.
double reciprocal_rank(const Ranking& ranking, const Grades& grades);

// The four measures this evaluation reports for one query.
struct QueryScores {
  double ndcg_10 = 0.0;
  double average_precision = 0.0;
  double precision_5 = 0.0;
  double reciprocal_rank = 0.0;
};

QueryScores score_ranking(const Ranking& ranking, const Grades& grades);

// The arithmetic mean of each measure (MAP, MRR, mean nDCG@10 and P@5); zeros for no queries.
QueryScores mean_scores(const std::vector<QueryScores>& scores);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_METRICS_H_
