// What the evaluation asks of a system under test: people for a query, best first. WieWeet itself
// and the baselines are each one implementation, so they are measured by exactly the same code.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_PEOPLE_RANKER_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_PEOPLE_RANKER_H_

#include <cstddef>
#include <string>

#include "relevance_metrics.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

class PeopleRanker {
 public:
  virtual ~PeopleRanker() = default;

  // At most `depth` person ids for `query`, best first. A query the system cannot search (no
  // searchable words under its analysis) is an empty ranking, not an error: it scores 0, as it
  // would for a colleague. Errors are failures of the system itself (a broken index).
  virtual Result<Ranking> rank(const std::string& query, std::size_t depth) = 0;
};

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_PEOPLE_RANKER_H_
