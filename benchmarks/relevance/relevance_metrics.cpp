#include "relevance_metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_set>

namespace wieweet::relevance {
namespace {

int grade_of(const Grades& grades, const std::string& person) {
  auto it = grades.find(person);
  return it == grades.end() ? 0 : it->second;
}

// The grades down the ranking, repeats of a person dropped: a system must not score twice for one
// expert by returning them twice.
std::vector<int> grades_down(const Ranking& ranking, const Grades& grades) {
  std::vector<int> down;
  down.reserve(ranking.size());
  std::unordered_set<std::string> seen;
  for (const auto& person : ranking) {
    if (seen.insert(person).second) down.push_back(grade_of(grades, person));
  }
  return down;
}

double gain(int grade) { return grade > 0 ? std::exp2(grade) - 1.0 : 0.0; }

double dcg_at(const std::vector<int>& grades_in_order, std::size_t k) {
  double dcg = 0.0;
  for (std::size_t i = 0; i < grades_in_order.size() && i < k; ++i) {
    dcg += gain(grades_in_order[i]) / std::log2(static_cast<double>(i) + 2.0);  // rank i+1 -> log2(rank+1)
  }
  return dcg;
}

std::size_t relevant_count(const Grades& grades) {
  return static_cast<std::size_t>(std::count_if(grades.begin(), grades.end(), [](const auto& g) { return g.second >= 1; }));
}

}  // namespace

double ndcg_at(const Ranking& ranking, const Grades& grades, std::size_t k) {
  std::vector<int> ideal;
  ideal.reserve(grades.size());
  for (const auto& [person, grade] : grades) ideal.push_back(grade);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  const double ideal_dcg = dcg_at(ideal, k);
  if (ideal_dcg <= 0.0) return 0.0;
  return dcg_at(grades_down(ranking, grades), k) / ideal_dcg;
}

double average_precision(const Ranking& ranking, const Grades& grades) {
  const std::size_t relevant = relevant_count(grades);
  if (relevant == 0) return 0.0;
  const std::vector<int> down = grades_down(ranking, grades);
  double sum = 0.0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < down.size(); ++i) {
    if (down[i] >= 1) sum += static_cast<double>(++found) / static_cast<double>(i + 1);
  }
  return sum / static_cast<double>(relevant);
}

double precision_at(const Ranking& ranking, const Grades& grades, std::size_t k) {
  if (k == 0) return 0.0;
  const std::vector<int> down = grades_down(ranking, grades);
  const auto end = down.begin() + static_cast<std::ptrdiff_t>(std::min(k, down.size()));
  const auto hits = std::count_if(down.begin(), end, [](int grade) { return grade >= 1; });
  return static_cast<double>(hits) / static_cast<double>(k);
}

double reciprocal_rank(const Ranking& ranking, const Grades& grades) {
  const std::vector<int> down = grades_down(ranking, grades);
  for (std::size_t i = 0; i < down.size(); ++i) {
    if (down[i] >= 1) return 1.0 / static_cast<double>(i + 1);
  }
  return 0.0;
}

QueryScores score_ranking(const Ranking& ranking, const Grades& grades) {
  return {ndcg_at(ranking, grades, 10), average_precision(ranking, grades), precision_at(ranking, grades, 5),
          reciprocal_rank(ranking, grades)};
}

QueryScores mean_scores(const std::vector<QueryScores>& scores) {
  QueryScores mean;
  if (scores.empty()) return mean;
  for (const auto& s : scores) {
    mean.ndcg_10 += s.ndcg_10;
    mean.average_precision += s.average_precision;
    mean.precision_5 += s.precision_5;
    mean.reciprocal_rank += s.reciprocal_rank;
  }
  const auto n = static_cast<double>(scores.size());
  mean.ndcg_10 /= n;
  mean.average_precision /= n;
  mean.precision_5 /= n;
  mean.reciprocal_rank /= n;
  return mean;
}

}  // namespace wieweet::relevance
