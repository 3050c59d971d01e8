// Meeloop (job-shadowing) matching: a free-text request such as "ik wil een dag meelopen met een
// rector" answered with colleagues at other schools whose role or expertise fits and who are
// available for "meelopen"; and, for the career week, one host per request within each host's capacity.
#ifndef WIEWEET_MEELOOP_H_
#define WIEWEET_MEELOOP_H_

#include <cstddef>
#include <string>
#include <vector>

namespace wieweet {

// The available_for value that marks a possible host.
inline constexpr const char* kMeeloopAvailability = "meelopen";

struct MatchQuery {
  std::string text;              // the request as written
  std::string requester_school;  // hosts at this school are left out; may be empty
  std::string requester_id;      // never their own host; may be empty
  std::vector<std::string> preferred_schools;  // ranked first when given, others still follow
  std::vector<std::string> preferred_roles;
  std::size_t page = 1;
  std::size_t size = 10;
};

// Words that say *that* someone wants to shadow, not *whom*: left out of the query so that "een dag
// meelopen met een rector" searches for "rector". Normalised (lower case, no diacritics).
const std::vector<std::string>& meeloop_request_words();

// --- Batch assignment (pure; no index) ---

struct HostCandidate {
  std::string host_id;
  double score = 0.0;      // higher fits better
  bool preferred = false;  // meets the request's preferred school/role
};

struct RequestCandidates {
  std::vector<HostCandidate> candidates;  // best first; already without the requester's school
};

struct Assignment {
  std::size_t request = 0;  // index into the input
  std::string host_id;      // empty when unmatched
  std::string reason;       // why unmatched, or a note on a match (e.g. preference not met)
};

// Proposes one host per request, at most `capacity` requests per host, matching as many requests as
// possible (augmenting paths, so an early request moves to its next-best host when that frees a
// scarce one for a later request). Requests with few candidates are placed first and every request
// tries its candidates best first, so the matches stay close to each request's own ranking.
// Returns one Assignment per request, in input order.
std::vector<Assignment> assign_hosts(const std::vector<RequestCandidates>& requests, std::size_t capacity);

}  // namespace wieweet

#endif  // WIEWEET_MEELOOP_H_
