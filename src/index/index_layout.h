// The index directory on disk:
//
//   DIR/XAPIANDB      a Xapian stub file naming the live generation ("auto gen-000003")
//   DIR/gen-000003/   the live generation (a Xapian glass database)
//   DIR/gen-000002/   the previous one, kept so readers mid-query can finish
//   DIR/wieweet.lock  held by the one writer at a time
//
// A rebuild writes a new generation beside the live one and then replaces the stub by rename(), which
// is atomic: a reader opens either the old generation or the new one, never half of one.
#ifndef WIEWEET_SRC_INDEX_LAYOUT_H_
#define WIEWEET_SRC_INDEX_LAYOUT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "wieweet/status.h"

namespace wieweet::index_layout {

std::string stub_path(const std::string& dir);
std::string generation_path(const std::string& dir, const std::string& generation);

// The live generation's name. Unavailable when nothing was ever published; IoError when unreadable.
Result<std::string> live_generation(const std::string& dir);

// The generation directories on disk, oldest first.
std::vector<std::string> generations(const std::string& dir);

// A name after every generation present on disk.
Result<std::string> next_generation(const std::string& dir);

// Points the stub at `generation`, durably (file and directory fsync'd) and atomically.
Status publish_generation(const std::string& dir, const std::string& generation);

// Deletes every generation directory but the live one and the `keep`-1 before it; generations newer
// than the live one are leftovers of crashed rebuilds. REQUIRES: the caller holds the DirectoryLock.
// Best effort: what cannot be removed now is tried again by the next run.
void prune_generations(const std::string& dir, std::size_t keep);

// Deletes generation directories newer than the live one (all of them when nothing is live): what a
// rebuild that crashed before publishing left behind. REQUIRES: the caller holds the DirectoryLock.
void remove_abandoned_generations(const std::string& dir);

// An exclusive advisory lock on DIR/wieweet.lock, released on destruction. Move-only.
class DirectoryLock {
 public:
  // Busy when another process holds it (two writers would corrupt each other's work), naming the
  // holder (pid, host, start time) that it wrote into the lock file; IoError when it cannot be made.
  static Result<DirectoryLock> acquire(const std::string& dir);
  DirectoryLock(DirectoryLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  DirectoryLock& operator=(DirectoryLock&&) = delete;
  DirectoryLock(const DirectoryLock&) = delete;
  ~DirectoryLock();

 private:
  explicit DirectoryLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace wieweet::index_layout

#endif  // WIEWEET_SRC_INDEX_LAYOUT_H_
