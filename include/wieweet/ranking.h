// Model-2 expert ranking (Balog et al., SIGIR 2006), as pure arithmetic with no Xapian in sight:
// each retrieved evidence item passes its retrieval score to the people linked to it, weighted by the
// kind of link, and people are ranked by the sum. docs/ranking.md explains the choices.
#ifndef WIEWEET_RANKING_H_
#define WIEWEET_RANKING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "wieweet/evidence.h"

namespace wieweet {

// One evidence item as retrieval scored it.
struct RetrievedEvidence {
  double score = 0.0;  // the retrieval score (BM25), higher is better
  std::vector<EvidenceLink> links;
};

struct Contribution {
  std::size_t evidence = 0;  // index into the input vector
  LinkKind link = LinkKind::kOwner;
  double amount = 0.0;
};

struct RankedPerson {
  std::string person_id;
  double score = 0.0;
  std::vector<Contribution> contributions;  // largest first; ties by evidence order
};

// Immutable after construction; thread-safe.
class Ranker {
 public:
  // `counted`: a person's score sums only their `counted` strongest contributions (0: all of them).
  explicit Ranker(LinkWeights weights, std::size_t counted = 0) : weights_(weights), counted_(counted) {}

  // People linked to any evidence, best first. Equal scores are ordered by person id so that paging is
  // stable. A person linked to one item twice (author and mentioned) counts once, by the stronger link.
  // Scores are normalised by the best evidence score so they do not depend on BM25's scale.
  std::vector<RankedPerson> rank(const std::vector<RetrievedEvidence>& evidence) const;

 private:
  LinkWeights weights_;
  std::size_t counted_;
};

}  // namespace wieweet

#endif  // WIEWEET_RANKING_H_
