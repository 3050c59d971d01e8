// The career week's batch matching (`wieweet-indexer match`): shadowing requests from a CSV file,
// one proposed host each within every host's capacity, written to a CSV file. docs/meeloop.md
// describes both formats.
#ifndef WIEWEET_MEELOOP_BATCH_H_
#define WIEWEET_MEELOOP_BATCH_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "wieweet/searcher.h"
#include "wieweet/status.h"

namespace wieweet {

struct MeeloopRequest {
  std::size_t line = 0;  // in the requests file
  std::string requester_id;
  std::string text;
  std::string preferred_school;  // optional
  std::string preferred_role;    // optional
};

// Reads requests.csv: a header row naming the columns requester_id, request and optionally
// preferred_school, preferred_role, in any order. Rows that cannot be used are reported through
// `on_error` as "file:line: reason" and skipped. Errors: InvalidArgument for a missing or wrong
// header; IoError.
Result<std::vector<MeeloopRequest>> read_meeloop_requests(std::istream& in, const std::string& name,
                                                          const std::function<void(const Status&)>& on_error);

struct MeeloopOutcome {
  const MeeloopRequest* request = nullptr;
  bool matched = false;
  ExpertHit host;      // when matched (only visible people, no contact fields)
  std::string reason;  // why unmatched, or a note on the match
};

struct MeeloopSettings {
  std::size_t capacity = 2;     // requests per host
  std::size_t candidates = 50;  // hosts considered per request, best first
};

// Finds candidates for every request with Searcher::match (never the requester's own school, only
// people available for "meelopen") and assigns hosts (assign_hosts in meeloop.h). One outcome per
// request, in input order. Errors: IndexError.
Result<std::vector<MeeloopOutcome>> plan_meeloop(Searcher& searcher, const std::vector<MeeloopRequest>& requests,
                                                 const MeeloopSettings& settings);

// matches.csv: one row per request with the proposed host or the reason there is none.
void write_meeloop_matches(std::ostream& out, const std::vector<MeeloopOutcome>& outcomes);

}  // namespace wieweet

#endif  // WIEWEET_MEELOOP_BATCH_H_
