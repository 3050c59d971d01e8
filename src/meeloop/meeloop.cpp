#include "wieweet/meeloop.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace wieweet {

const std::vector<std::string>& meeloop_request_words() {
  // Verbs and fillers of shadowing requests as staff write them, in Dutch and English. Not topics:
  // "dag" or "school" in a request never says whom to shadow.
  static const std::vector<std::string> words = {
      "meelopen", "meeloop", "meeloopdag", "meeloopdagen", "meeloopt", "meegelopen", "meekijken", "meekijk",
      "meedraaien", "meedoen", "kijkje", "kijken", "nemen", "observeren", "shadowen", "shadow", "shadowing",
      "job", "dag", "dagje", "dagdeel", "ochtend", "middag", "week", "keer", "eens", "graag", "wil", "willen",
      "zou", "zouden", "lijkt", "leuk", "mij", "me", "iemand", "collega", "collegas", "school", "scholen",
      "andere", "ander", "ervaren", "zien", "hoe", "werkt", "werken", "bij", "met", "een", "ik", "van",
      "i", "i'd", "would", "like", "love", "spend", "day", "days", "with", "someone", "follow", "want", "to",
      "a", "an", "the", "at", "in", "see", "how", "works", "please", "for",
  };
  return words;
}

namespace {

// Kuhn's augmenting-path search, generalised to hosts that take `capacity` requests each.
class HostAssigner {
 public:
  HostAssigner(const std::vector<RequestCandidates>& requests, std::size_t capacity)
      : requests_(requests), capacity_(capacity), host_of_(requests.size()) {}

  // Places `request` with its best host that has room, or that can make room by moving one of its
  // requests (recursively) to another of that request's candidates.
  bool place(std::size_t request, std::unordered_set<std::string>& visited) {
    for (const auto& candidate : requests_[request].candidates) {
      if (!visited.insert(candidate.host_id).second) continue;
      auto& guests = guests_[candidate.host_id];
      if (guests.size() < capacity_) {
        guests.push_back(request);
        host_of_[request] = candidate.host_id;
        return true;
      }
      for (std::size_t& guest : guests) {
        if (place(guest, visited)) {  // the guest moved to another host (never this one: visited)
          guest = request;
          host_of_[request] = candidate.host_id;
          return true;
        }
      }
    }
    return false;
  }

  const std::string& host_of(std::size_t request) const { return host_of_[request]; }

 private:
  const std::vector<RequestCandidates>& requests_;
  const std::size_t capacity_;
  std::vector<std::string> host_of_;
  std::unordered_map<std::string, std::vector<std::size_t>> guests_;
};

}  // namespace

std::vector<Assignment> assign_hosts(const std::vector<RequestCandidates>& requests, std::size_t capacity) {
  std::vector<std::size_t> order(requests.size());
  std::iota(order.begin(), order.end(), 0);
  // The scarcest requests choose first, so requests with many options give way, not the other way round.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return requests[a].candidates.size() < requests[b].candidates.size();
  });
  HostAssigner assigner(requests, capacity);
  if (capacity > 0) {
    for (std::size_t request : order) {
      std::unordered_set<std::string> visited;
      assigner.place(request, visited);
    }
  }

  std::vector<Assignment> assignments(requests.size());
  for (std::size_t i = 0; i < requests.size(); ++i) {
    Assignment& assignment = assignments[i];
    assignment.request = i;
    assignment.host_id = assigner.host_of(i);
    const auto& candidates = requests[i].candidates;
    if (candidates.empty()) {
      assignment.reason = "no colleague at another school who is available for meelopen fits this request";
    } else if (assignment.host_id.empty()) {
      assignment.reason = "every fitting host (" + std::to_string(candidates.size()) +
                          ") already has as many requests as their capacity (" + std::to_string(capacity) + ")";
    } else {
      const bool wanted_preferred = std::any_of(candidates.begin(), candidates.end(),
                                                [](const HostCandidate& candidate) { return candidate.preferred; });
      const auto host = std::find_if(candidates.begin(), candidates.end(),
                                     [&](const HostCandidate& c) { return c.host_id == assignment.host_id; });
      if (wanted_preferred && !host->preferred) assignment.reason = "preferred hosts were full";
    }
  }
  return assignments;
}

}  // namespace wieweet
