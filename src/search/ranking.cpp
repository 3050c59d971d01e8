#include "wieweet/ranking.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <string_view>

namespace wieweet {

double RankingModel::prior(std::size_t items) const {
  if (prior_weight <= 0.0) return 1.0;
  // Log-scaled, so the tenth item adds more than the hundredth; capped, so beyond prior_cap items
  // activity adds nothing: a prior breaks ties between content scores, it must not replace them.
  const double amount = std::min(1.0, std::log1p(static_cast<double>(items)) / std::log1p(static_cast<double>(prior_cap)));
  return 1.0 + prior_weight * amount;
}

void NumberedEvidenceBuilder::add(double score, std::span<const NumberedLink> links,
                                  std::optional<std::size_t> people_on_item) {
  const std::size_t first = links_.size();
  append_strongest_links(links, weights_, &links_);
  items_.push_back({score, first, people_on_item.value_or(links_.size() - first)});
}

std::vector<NumberedEvidence> NumberedEvidenceBuilder::items() const {
  std::vector<NumberedEvidence> numbered;
  numbered.reserve(items_.size());
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const std::size_t end = i + 1 < items_.size() ? items_[i + 1].first_link : links_.size();
    numbered.push_back({items_[i].score, std::span<const NumberedLink>(links_).subspan(items_[i].first_link,
                                                                                        end - items_[i].first_link),
                        items_[i].people_on_item});
  }
  return numbered;
}

std::vector<RankedPerson> Ranker::rank(std::span<const NumberedEvidence> evidence, std::size_t person_count,
                                       const NumberedEvidenceCount& evidence_count) const {
  double best = 0.0;
  for (const auto& item : evidence) best = std::max(best, item.score);
  if (best <= 0.0) best = 1.0;

  constexpr std::uint32_t kNoSlot = UINT32_MAX;
  std::vector<std::uint32_t> slot_of(person_count, kNoSlot);  // person number -> index into people
  std::vector<RankedPerson> people;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    // p(q|d) in Model 2 becomes the retrieval score relative to the best item, so weights keep their
    // meaning whatever BM25's scale is for this query; or, by rank, a reciprocal-rank fusion weight.
    const double relevance =
        model_.by_rank ? 1.0 / (model_.rank_constant + static_cast<double>(i + 1)) : evidence[i].score / best;
    // p(d|person) shared among the item's people: one of twelve co-authors says less than a sole author.
    const double share = model_.link_share > 0.0 && evidence[i].people_on_item > 0
                             ? std::pow(static_cast<double>(evidence[i].people_on_item), -model_.link_share)
                             : 1.0;
    for (const auto& link : evidence[i].links) {
      const double amount = relevance * model_.weights.weight(link.kind) * share;
      if (amount <= 0.0 || link.person >= person_count) continue;
      std::uint32_t& slot = slot_of[link.person];
      if (slot == kNoSlot) {
        slot = static_cast<std::uint32_t>(people.size());
        people.push_back(RankedPerson{link.person, {}, 0.0, 0.0, 1.0, 0, {}});
      }
      people[slot].contributions.push_back({i, link.kind, amount, relevance, share});
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
      person.evidence_items = evidence_count(person.person);
      person.prior = model_.prior(person.evidence_items);
    }
    person.score = person.content * person.prior;
  }
  std::sort(people.begin(), people.end(), [](const RankedPerson& a, const RankedPerson& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.person < b.person;
  });
  return people;
}

std::vector<RankedPerson> Ranker::rank(const std::vector<RetrievedEvidence>& evidence,
                                       const EvidenceCount& evidence_count) const {
  // Number the ids in sorted order, so ties by number are ties by id.
  std::vector<std::string_view> ids;
  for (const auto& item : evidence) {
    for (const auto& link : item.links) ids.push_back(link.person_id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto number_of = [&](std::string_view id) {
    return static_cast<std::uint32_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  };

  NumberedEvidenceBuilder numbered(model_.weights);
  std::vector<NumberedLink> links;
  for (const auto& item : evidence) {
    links.clear();
    for (const auto& link : item.links) links.push_back({number_of(link.person_id), link.kind});
    numbered.add(item.score, links);
  }

  NumberedEvidenceCount count_by_number;
  if (evidence_count) {
    count_by_number = [&](std::uint32_t person) { return evidence_count(std::string(ids[person])); };
  }
  std::vector<RankedPerson> people = rank(numbered.items(), ids.size(), count_by_number);
  for (auto& person : people) person.person_id = std::string(ids[person.person]);
  return people;
}

}  // namespace wieweet
