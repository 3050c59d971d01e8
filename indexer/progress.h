// The progress line of a long indexer run, on a terminal only: done/total, items per second and the
// time left, redrawn in place at most a few times a second.
#ifndef WIEWEET_INDEXER_PROGRESS_H_
#define WIEWEET_INDEXER_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace wieweet::indexer {

// Not thread-safe.
class Progress {
 public:
  // Draws on `out` only when `enabled` (the caller checks isatty). `total` 0 means unknown.
  Progress(std::ostream& out, bool enabled, std::size_t total);
  ~Progress() { finish(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void advance(std::size_t items = 1);
  // Clears the line, so what is printed next starts on a clean one.
  void finish();

 private:
  void draw();

  std::ostream& out_;
  bool enabled_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

// Lines in the files (a cheap first pass, for the total); standard input counts as unknown (0).
std::size_t count_lines(const std::vector<std::string>& paths);

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_PROGRESS_H_
