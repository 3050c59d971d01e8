// Presenting an evaluation run: the tables people read, and JSON for tools and for keeping.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_REPORT_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_REPORT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "judged_queries.h"
#include "relevance_metrics.h"

namespace wieweet::relevance {

// One system's answers to every judged query, in query order.
struct SystemRun {
  std::string label;        // as given on the command line
  std::string description;  // what it is: "WieWeet index DIR", "plain BM25 over SAMPLE"
  std::vector<Ranking> rankings;
  std::vector<QueryScores> scores;
  double seconds = 0.0;  // building (for a baseline built here) plus answering every query
  bool baseline = false;  // an outside baseline: the others' nDCG@10 is also given as a ratio to the best
};

// Mean nDCG@10, MAP, P@5 and MRR per system, and for each system that is no baseline its nDCG@10 as
// a ratio to the best baseline's; mean nDCG@10 per query category per system; for every system
// after the first, on how many queries its nDCG@10 is better, equal, worse; and the same for each
// system that is no baseline against the best baseline.
void print_summary(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs);

// nDCG@10 of every query for every system, with the query's category and text.
void print_per_query(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs);

// Everything above as one JSON object, plus each query's top 10 people per system.
void write_json(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs,
                std::size_t depth);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_REPORT_H_
