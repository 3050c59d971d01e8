// The outside baselines a ranking change must beat, built here from the ingest files, independent of
// WieWeet's ingest and index code (docs/relevance.md):
// - popularity: people by the number of items they are linked to; the query is ignored. On real
//   expert-finding data this is a strong baseline (activity carries signal), so it must be in the table.
// - Model 2 with rank weighting: one BM25 document per evidence item (titles count twice, no stemming,
//   no stopwords, the query an OR of its words), each person scored by the sum of 1 / (60 + rank)
//   over the best 1,000 items they are linked to, whatever the kind of link. The best text-only
//   baseline of the se-android set's README.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_RANKERS_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_RANKERS_H_

#include <memory>
#include <string>

#include "people_ranker.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

// Both read staff.jsonl, workshops.jsonl and documents.jsonl from `sample_dir`; hidden people are
// never returned. Errors: IoError, InvalidArgument (file:line), IndexError from Xapian.
Result<std::unique_ptr<PeopleRanker>> build_popularity_ranker(const std::string& sample_dir);
// Builds its database in a fresh temporary directory (under $TMPDIR), removed with the ranker.
Result<std::unique_ptr<PeopleRanker>> build_model2_ranker(const std::string& sample_dir);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_RANKERS_H_
