// Baseline (a) of docs/relevance.md: the simplest strong thing one could do without WieWeet. One
// Xapian document per visible person holding everything linked to them — profile, every workshop
// they gave or followed, every document they wrote or are mentioned in — as one text, indexed with
// no stemmer, no stopwords and no folding beyond lower case, and ranked by Xapian's default BM25.
// It reads the ingest files itself, independent of WieWeet's ingest and index code.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_PLAIN_BM25_RANKER_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_PLAIN_BM25_RANKER_H_

#include <memory>
#include <string>

#include "people_ranker.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

// Reads staff.jsonl, workshops.jsonl and documents.jsonl from `sample_dir` and builds the database
// in a fresh temporary directory (under $TMPDIR), removed again when the ranker is destroyed.
// Hidden people get no document. Errors: IoError for unreadable files or the temporary directory,
// InvalidArgument (file:line) for a line that is not a JSON object, IndexError from Xapian.
Result<std::unique_ptr<PeopleRanker>> build_plain_bm25_ranker(const std::string& sample_dir);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_PLAIN_BM25_RANKER_H_
