// Running the real wieweet-indexer from integration tests (the binary's path comes from CMake).
#ifndef WIEWEET_TESTS_INTEGRATION_INDEXER_PROCESS_H_
#define WIEWEET_TESTS_INTEGRATION_INDEXER_PROCESS_H_

#include <string>
#include <vector>

#include "test_support.h"

namespace wieweet::testing {

// wieweet-indexer with `args`, to completion.
inline ProcessResult indexer(std::vector<std::string> args) {
  args.insert(args.begin(), WIEWEET_INDEXER_PATH);
  return run_process(args);
}

// A rebuild of tests/data/sample into `db`.
inline ProcessResult rebuild_sample(const std::string& db) {
  return indexer({"rebuild", "--db", db, "--staff", fixture("sample/staff.jsonl"), "--workshops",
                  fixture("sample/workshops.jsonl"), "--documents", fixture("sample/documents.jsonl")});
}

}  // namespace wieweet::testing

#endif  // WIEWEET_TESTS_INTEGRATION_INDEXER_PROCESS_H_
