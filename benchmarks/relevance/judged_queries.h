// The judged query set: queries (JSON Lines, hand-written) joined with their graded judgments (TREC
// qrels, made by judgments.py from the generator's truth).
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_JUDGED_QUERIES_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_JUDGED_QUERIES_H_

#include <string>
#include <vector>

#include "relevance_metrics.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

struct JudgedQuery {
  std::string id;
  std::string text;      // as a colleague would type it
  std::string category;  // topic, compound, abbreviation, synonym, typo, question, english, phrase
  Grades grades;         // who is relevant, and how much
};

// Reads `queries_path` (one {"id", "query", "category", ...} object per line) and `qrels_path`
// ("QUERY_ID ITERATION PERSON_ID GRADE" per line; grade 0 lines are allowed and ignored).
// Queries keep their file order. Errors (with file:line): unreadable files, malformed lines,
// repeated query ids, judgments for an unknown query, and a query nobody is relevant for — its
// measures would be undefined, so it is refused rather than silently scored 0.
Result<std::vector<JudgedQuery>> load_judged_queries(const std::string& queries_path, const std::string& qrels_path);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_JUDGED_QUERIES_H_
