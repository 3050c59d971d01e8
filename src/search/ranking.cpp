#include "wieweet/ranking.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace wieweet {
double RankingModel::prior(std::size_t items) const {
  if (prior_weight <= 0.0) return 1.0;
  // Log-scaled, so the tenth item adds more than the hundredth; capped, so beyond prior_cap items
  // activity adds nothing: a prior breaks ties between content scores, it must not replace them.
  const double amount = std::min(1.0, std::log1p(static_cast<double>(items)) / std::log1p(static_cast<double>(prior_cap)));
  return 1.0 + prior_weight * amount;
}

std::vector<RankedPerson> Ranker::rank(const std::vector<RetrievedEvidence>& evidence,
                                       const EvidenceCount& evidence_count) const {
  double best = 0.0;
  for (const auto& item : evidence) best = std::max(best, item.score);
  if (best <= 0.0) best = 1.0;

  std::unordered_map<std::string, std::size_t> slot_of;
  std::vector<RankedPerson> people;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    // p(q|d) in Model 2 becomes the retrieval score relative to the best item, so weights keep their
    // meaning whatever BM25's scale is for this query; or, by rank, a reciprocal-rank fusion weight.
    const double relevance =
        model_.by_rank ? 1.0 / (model_.rank_constant + static_cast<double>(i + 1)) : evidence[i].score / best;
    const std::vector<EvidenceLink> linked = strongest_links(evidence[i].links, model_.weights);
    // p(d|person) shared among the item's people: one of twelve co-authors says less than a sole author.
    const double share = model_.link_share > 0.0 ? std::pow(static_cast<double>(linked.size()), -model_.link_share) : 1.0;
    for (const auto& link : linked) {
      const double amount = relevance * model_.weights.weight(link.kind) * share;
      if (amount <= 0.0) continue;
      auto [slot, added] = slot_of.emplace(link.person_id, people.size());
      if (added) people.push_back(RankedPerson{link.person_id, 0.0, 0.0, 1.0, 0, {}});
      people[slot->second].contributions.push_back({i, link.kind, amount, relevance, share});
    }
  }

  for (auto& person : people) {
    std::stable_sort(person.contributions.begin(), person.contributions.end(),
                     [](const Contribution& a, const Contribution& b) { return a.amount > b.amount; });
    // Only the strongest evidence counts: someone who wrote hundreds of newsletters that each
    // mention a word once should not outrank the colleague with three documents about it.
    const std::size_t counted = model_.counted == 0 ? person.contributions.size()
                                                    : std::min(model_.counted, person.contributions.size());
    for (std::size_t c = 0; c < counted; ++c) person.content += person.contributions[c].amount;
    if (model_.prior_weight > 0.0 && evidence_count) {
      person.evidence_items = evidence_count(person.person_id);
      person.prior = model_.prior(person.evidence_items);
    }
    person.score = person.content * person.prior;
  }
  std::sort(people.begin(), people.end(), [](const RankedPerson& a, const RankedPerson& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.person_id < b.person_id;
  });
  return people;
}

}  // namespace wieweet
