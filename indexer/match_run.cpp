#include "match_run.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "wieweet/meeloop_batch.h"
#include "wieweet/searcher.h"

namespace wieweet::indexer {

int run_match(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err) {
  std::ifstream in(options.requests, std::ios::binary);
  if (!in) {
    err << "error: cannot read " << options.requests << "\n";
    return kExitIndexError;
  }
  std::size_t unusable = 0;
  auto requests = read_meeloop_requests(in, options.requests, [&](const Status& issue) {
    err << issue.message() << "\n";
    ++unusable;
  });
  if (!requests.ok()) {
    err << "error: " << requests.status().message() << "\n";
    return requests.status().code() == StatusCode::kInvalidArgument ? kExitBadInput : kExitIndexError;
  }
  if (requests->empty()) {
    err << "error: " << options.requests << " has no usable request\n";
    return kExitBadInput;
  }

  QueryConfig query;
  query.deadline_ms = 0;  // a batch has no one waiting: a slow request is not worth failing
  auto searcher = Searcher::open(options.db, config.ranking, query);
  if (!searcher.ok()) {
    err << "error: " << searcher.status().to_string() << "\n";
    return kExitIndexError;
  }
  MeeloopSettings settings;
  settings.capacity = options.capacity;
  settings.candidates = options.candidates;
  auto outcomes = plan_meeloop(*searcher.value(), requests.value(), settings);
  if (!outcomes.ok()) {
    err << "error: " << outcomes.status().to_string() << "\n";
    return kExitIndexError;
  }

  // Written to a string first, so a failed run never leaves half a file behind.
  std::ostringstream matches;
  write_meeloop_matches(matches, outcomes.value());
  std::ostream* summary = &out;
  if (options.out == "-") {
    std::cout << matches.str();
    summary = &err;
  } else {
    std::ofstream file(options.out, std::ios::binary | std::ios::trunc);
    file << matches.str();
    file.close();
    if (!file) {
      err << "error: cannot write " << options.out << "\n";
      return kExitIndexError;
    }
  }
  std::size_t matched = 0;
  for (const auto& outcome : outcomes.value()) matched += outcome.matched ? 1 : 0;
  *summary << options.requests << ": " << requests->size() << " requests (" << unusable << " unusable rows skipped); "
           << matched << " matched, " << requests->size() - matched << " unmatched (see the reason column); capacity "
           << options.capacity << " per host\n";
  return kExitOk;
}

}  // namespace wieweet::indexer
