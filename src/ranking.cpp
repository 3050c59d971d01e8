#include "wieweet/ranking.h"

#include <algorithm>
#include <unordered_map>

namespace wieweet {

std::vector<RankedPerson> Ranker::rank(const std::vector<RetrievedEvidence>& evidence) const {
  double best = 0.0;
  for (const auto& item : evidence) best = std::max(best, item.score);
  if (best <= 0.0) best = 1.0;

  std::unordered_map<std::string, std::size_t> slot_of;
  std::vector<RankedPerson> people;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    // p(q|d) in Model 2 becomes the retrieval score relative to the best item, so weights keep their
    // meaning whatever BM25's scale is for this query.
    const double relevance = evidence[i].score / best;

    for (const auto& link : strongest_links(evidence[i].links, weights_)) {
      const double amount = relevance * weights_.weight(link.kind);
      if (amount <= 0.0) continue;
      auto [slot, added] = slot_of.emplace(link.person_id, people.size());
      if (added) people.push_back(RankedPerson{link.person_id, 0.0, {}});
      RankedPerson& person = people[slot->second];
      person.score += amount;
      person.contributions.push_back({i, link.kind, amount});
    }
  }

  for (auto& person : people) {
    std::stable_sort(person.contributions.begin(), person.contributions.end(),
                     [](const Contribution& a, const Contribution& b) { return a.amount > b.amount; });
    if (counted_ != 0 && person.contributions.size() > counted_) {
      // Only the strongest evidence counts: someone who wrote hundreds of newsletters that each
      // mention a word once should not outrank the colleague with three documents about it.
      person.score = 0.0;
      for (std::size_t i = 0; i < counted_; ++i) person.score += person.contributions[i].amount;
    }
  }
  std::sort(people.begin(), people.end(), [](const RankedPerson& a, const RankedPerson& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.person_id < b.person_id;
  });
  return people;
}

}  // namespace wieweet
