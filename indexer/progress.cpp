#include "progress.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace wieweet::indexer {

Progress::Progress(std::ostream& out, bool enabled, std::size_t total)
    : out_(out), enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::advance(std::size_t items) {
  done_ += items;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0.0;
  char line[160];
  if (total_ > 0) {
    const std::size_t shown = std::min(done_, total_);
    const double left = rate > 0 ? static_cast<double>(total_ - shown) / rate : 0.0;
    std::snprintf(line, sizeof line, "\r%zu/%zu items (%3.0f%%), %.0f items/s, ETA %.0fs   ", shown, total_,
                  100.0 * static_cast<double>(shown) / static_cast<double>(total_), rate, left);
  } else {
    std::snprintf(line, sizeof line, "\r%zu items, %.0f items/s   ", done_, rate);
  }
  out_ << line << std::flush;
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  out_ << "\r" << std::string(78, ' ') << "\r" << std::flush;
  drawn_ = false;
}

std::size_t count_lines(const std::vector<std::string>& paths) {
  std::size_t lines = 0;
  for (const auto& path : paths) {
    if (path == "-") return 0;
    std::ifstream in(path, std::ios::binary);
    lines += static_cast<std::size_t>(
        std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n'));
  }
  return lines;
}

}  // namespace wieweet::indexer
