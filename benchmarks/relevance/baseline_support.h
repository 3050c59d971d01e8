// What the baselines built here share: a scratch directory for their databases and reading the
// ingest files as the indexer reads them.
#ifndef WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_SUPPORT_H_
#define WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_SUPPORT_H_

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "wieweet/ingest.h"
#include "wieweet/status.h"

namespace wieweet::relevance {

// A directory of our own under $TMPDIR, removed with everything in it when this goes away.
class ScratchDirectory {
 public:
  static Result<std::unique_ptr<ScratchDirectory>> create() {
    std::string pattern = (std::filesystem::temp_directory_path() / "wieweet-relevance-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) return Status::io_error("cannot create a temporary directory like " + pattern);
    return std::unique_ptr<ScratchDirectory>(new ScratchDirectory(pattern));
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  explicit ScratchDirectory(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

// Every record of one ingest file, parsed as the indexer parses it (wieweet/ingest.h). Deletion
// markers are skipped: a baseline built from scratch has nothing to delete. A rejected line fails
// the baseline rather than quietly scoring it on less data than WieWeet saw.
Status for_each_record(const std::string& path, SourceKind kind, const std::function<void(IngestRecord&&)>& handle);

}  // namespace wieweet::relevance

#endif  // WIEWEET_BENCHMARKS_RELEVANCE_BASELINE_SUPPORT_H_
