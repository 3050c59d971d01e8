#include "index/index_layout.h"

#include "wieweet/numbers.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace wieweet::index_layout {
namespace {

namespace fs = std::filesystem;

constexpr const char* kStubName = "XAPIANDB";
constexpr const char* kLockName = "wieweet.lock";
constexpr const char* kGenerationPrefix = "gen-";

bool is_generation_name(const std::string& name) {
  return name.size() == 10 && name.rfind(kGenerationPrefix, 0) == 0 &&
         std::all_of(name.begin() + 4, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> generations_on_disk(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && is_generation_name(name)) names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());  // fixed-width numbers sort by age
  return names;
}

Status errno_status(const std::string& what) { return Status::io_error(what + ": " + std::strerror(errno)); }

Status fsync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) return errno_status("cannot open " + path);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return errno_status("cannot fsync " + path);
  return {};
}

}  // namespace

std::vector<std::string> generations(const std::string& dir) { return generations_on_disk(dir); }

std::string stub_path(const std::string& dir) { return (fs::path(dir) / kStubName).string(); }

std::string generation_path(const std::string& dir, const std::string& generation) {
  return (fs::path(dir) / generation).string();
}

Result<std::string> live_generation(const std::string& dir) {
  std::ifstream in(stub_path(dir));
  if (!in) {
    if (!fs::exists(stub_path(dir))) return Status::unavailable("no index has been published in " + dir);
    return Status::io_error("cannot read " + stub_path(dir));
  }
  std::string backend, name;
  in >> backend >> name;
  if (backend != "auto" || !is_generation_name(name)) {
    return Status::index_error(stub_path(dir) + " does not name a WieWeet index generation");
  }
  return name;
}

Result<std::string> next_generation(const std::string& dir) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return Status::io_error("cannot create " + dir + ": " + error.message());
  const auto names = generations_on_disk(dir);
  // generations_on_disk() lists only names of the form gen-NNNNNN.
  const std::uint64_t last = names.empty() ? 0 : parse_whole_number(names.back().substr(4)).value_or(0);
  char name[32];
  std::snprintf(name, sizeof name, "gen-%06llu", static_cast<unsigned long long>(last + 1));
  return std::string(name);
}

Status publish_generation(const std::string& dir, const std::string& generation) {
  const std::string stub = stub_path(dir);
  const std::string temporary = stub + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << "auto " << generation << "\n";
    out.flush();
    if (!out) return Status::io_error("cannot write " + temporary);
  }
  if (Status status = fsync_path(temporary, O_RDONLY); !status.ok()) return status;
  if (std::rename(temporary.c_str(), stub.c_str()) != 0) return errno_status("cannot replace " + stub);
  return fsync_path(dir, O_RDONLY | O_DIRECTORY);
}

void prune_generations(const std::string& dir, std::size_t keep) {
  auto live = live_generation(dir);
  if (!live.ok()) return;
  const auto names = generations_on_disk(dir);
  const auto live_at = std::find(names.begin(), names.end(), live.value());
  if (live_at == names.end()) return;
  // Keep the live generation and the keep-1 before it (readers may still be finishing queries on
  // those). Anything newer than the live one is the leftover of a rebuild that crashed: the writer
  // lock, held by our caller, rules out one in progress.
  const auto oldest_kept = live_at - std::min<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(keep) - 1, live_at - names.begin());
  for (auto it = names.begin(); it != names.end(); ++it) {
    if (it >= oldest_kept && it <= live_at) continue;
    std::error_code ignored;
    fs::remove_all(fs::path(dir) / *it, ignored);
  }
}

void remove_abandoned_generations(const std::string& dir) {
  auto live = live_generation(dir);
  for (const auto& name : generations_on_disk(dir)) {
    if (live.ok() && name <= live.value()) continue;  // fixed-width names compare by age
    std::error_code ignored;
    fs::remove_all(fs::path(dir) / name, ignored);
  }
}

Result<DirectoryLock> DirectoryLock::acquire(const std::string& dir) {
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return Status::io_error("cannot create " + dir + ": " + error.message());
  const std::string path = (fs::path(dir) / kLockName).string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return errno_status("cannot open " + path);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int flock_error = errno;
    // The holder wrote who it is into the file (below); the kernel's flock is the truth, the text
    // only helps the operator find the job.
    char holder[256] = {};
    const ssize_t got = ::pread(fd, holder, sizeof holder - 1, 0);
    ::close(fd);
    std::string who = got > 0 ? std::string(holder, static_cast<std::size_t>(got)) : std::string();
    while (!who.empty() && (who.back() == '\n' || who.back() == '\r')) who.pop_back();
    if (flock_error != EWOULDBLOCK) return Status::io_error("cannot lock " + path + ": " + std::strerror(flock_error));
    return Status::busy("another job is writing " + dir + " (lock " + path + " held by " +
                        (who.empty() ? std::string("an unknown process") : who) + "); try again later");
  }
  // Say who holds the lock, for the job that finds it taken: pid, host and start time.
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  char started[32] = {};
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  std::strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", &utc);
  const std::string holder = "pid " + std::to_string(::getpid()) + " on " + host + ", started " + started + "\n";
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const ssize_t written = ::pwrite(fd, holder.data(), holder.size(), 0);
  }
  return DirectoryLock(fd);
}

DirectoryLock::~DirectoryLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace wieweet::index_layout
