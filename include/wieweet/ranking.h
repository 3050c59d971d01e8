// Model-2 expert ranking (Balog et al., SIGIR 2006), as pure arithmetic with no Xapian in sight:
// each retrieved evidence item passes its retrieval score to the people linked to it, weighted by the
// kind of link, and people are ranked by the sum. docs/ranking.md explains the choices.
#ifndef WIEWEET_RANKING_H_
#define WIEWEET_RANKING_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/evidence.h"

namespace wieweet {

// One evidence item as retrieval scored it.
struct RetrievedEvidence {
  double score = 0.0;  // the retrieval score (BM25), higher is better
  std::vector<EvidenceLink> links;
};

// A link to a person known by a number the caller gave them (0 .. person count - 1). Numbers are given
// in the order of the people's ids, so that ranking by number breaks ties as ranking by id does.
struct NumberedLink {
  std::uint32_t person = 0;
  LinkKind kind = LinkKind::kMention;
};

// append_strongest_links() (evidence.h) for numbered links: a person is their number.
inline void append_strongest_links(std::span<const NumberedLink> links, const LinkWeights& weights,
                                   std::vector<NumberedLink>* out) {
  append_strongest_links(links, weights, [](const NumberedLink& a, const NumberedLink& b) { return a.person == b.person; },
                         out);
}

// One evidence item as retrieval scored it, with its links by number: what the searcher ranks (links
// are numbered once per index revision, so a query hashes no ids; docs/performance.md).
struct NumberedEvidence {
  double score = 0.0;
  std::span<const NumberedLink> links;  // each person once, by their strongest link
  // Everyone the item is linked to, also people without a number (hidden ones still share it): the
  // divisor of ranking.link_share.
  std::size_t people_on_item = 0;
};

struct Contribution {
  std::size_t evidence = 0;  // index into the input vector
  LinkKind link = LinkKind::kOwner;
  double amount = 0.0;     // relevance * link_weight * share: what the item adds to the content score
  double relevance = 0.0;  // the item's part before the link: relative score, or 1 / (k + rank)
  double share = 1.0;      // 1 / (people on the item)^link_share
};

// Retrieved items with their links, one per person by the strongest (append_strongest_links in
// evidence.h), kept in one buffer: what Ranker::rank takes by number. The items' spans point into the
// builder, so it must outlive them.
class NumberedEvidenceBuilder {
 public:
  explicit NumberedEvidenceBuilder(const LinkWeights& weights) : weights_(weights) {}

  // `people_on_item`: everyone the item is linked to, also people without a number; by default the
  // people among `links`.
  void add(double score, std::span<const NumberedLink> links, std::optional<std::size_t> people_on_item = std::nullopt);
  std::vector<NumberedEvidence> items() const;

 private:
  struct Item {
    double score;
    std::size_t first_link;
    std::size_t people_on_item;
  };
  LinkWeights weights_;
  std::vector<NumberedLink> links_;
  std::vector<Item> items_;
};

struct RankedPerson {
  std::uint32_t person = 0;  // the number the links gave
  std::string person_id;     // set by rank(RetrievedEvidence): the searcher finds people by number
  double score = 0.0;    // content * prior
  double content = 0.0;  // the sum of the counted contributions
  double prior = 1.0;    // the factor of the person prior (1 when it is off)
  std::size_t evidence_items = 0;  // what the prior was computed from
  // Largest first, ties by evidence order; all of them, though only the first RankingModel::counted
  // are summed into `content` (the rest are still evidence to show).
  std::vector<Contribution> contributions;
};

// How evidence becomes a person's score (RankingConfig in config.h documents each setting).
struct RankingModel {
  LinkWeights weights;
  std::size_t counted = 0;  // a person's score sums only their this many strongest items (0: all)
  bool by_rank = false;     // an item's relevance is 1 / (rank_constant + rank), not its relative score
  double rank_constant = 60.0;
  double link_share = 0.0;  // a link's weight is divided by (people on the item)^link_share
  double prior_weight = 0.0;  // content * (1 + prior_weight * min(1, ln(1 + items) / ln(1 + prior_cap)))
  std::size_t prior_cap = 100;

  // The prior factor for a person with `items` evidence items.
  double prior(std::size_t items) const;
};

// Immutable after construction; thread-safe.
class Ranker {
 public:
  // `counted`: a person's score sums only their `counted` strongest contributions (0: all of them).
  explicit Ranker(LinkWeights weights, std::size_t counted = 0) : model_{weights, counted} {}
  explicit Ranker(RankingModel model) : model_(std::move(model)) {}

  // How many evidence items a person has in the whole index (for the prior); may be empty when
  // the prior is off.
  using EvidenceCount = std::function<std::size_t(const std::string& person_id)>;

  // People linked to any evidence, best first. Equal scores are ordered by person id so that paging is
  // stable. A person linked to one item twice (author and mentioned) counts once, by the stronger link.
  // Scores are normalised by the best evidence score so they do not depend on BM25's scale.
  std::vector<RankedPerson> rank(const std::vector<RetrievedEvidence>& evidence,
                                 const EvidenceCount& evidence_count = {}) const;

  // The same over numbered links (`person_count` people; each item's links already one per person):
  // equal scores by number. `evidence_count` gives the prior's amount by number. The ranking itself
  // lives here; the overload above numbers ids and calls this.
  using NumberedEvidenceCount = std::function<std::size_t(std::uint32_t person)>;
  std::vector<RankedPerson> rank(std::span<const NumberedEvidence> evidence, std::size_t person_count,
                                 const NumberedEvidenceCount& evidence_count = {}) const;

  const RankingModel& model() const { return model_; }

 private:
  RankingModel model_;
};

}  // namespace wieweet

#endif  // WIEWEET_RANKING_H_
