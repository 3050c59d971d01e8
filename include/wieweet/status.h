// Status and Result<T>: how the core reports expected failures (bad input, missing index, unknown id)
// without exceptions crossing its public boundary. Modelled on leveldb's Status.
#ifndef WIEWEET_STATUS_H_
#define WIEWEET_STATUS_H_

#include <cassert>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace wieweet {

enum class StatusCode {
  kOk,
  kInvalidArgument,  // the caller's input is wrong (a request parameter, a config value, an ingest line)
  kNotFound,         // the named thing (a person, a file) does not exist
  kIndexError,       // the Xapian index is corrupt, locked or of the wrong version
  kIoError,          // the file system failed us
  kUnavailable,      // not ready yet (no index published); retrying later may succeed
  kDeadlineExceeded,  // a search took longer than its deadline (query.deadline_ms) and was stopped
  kInternal,         // a bug: an invariant did not hold
  kBusy,             // another process holds what we need (the index writer lock); retry later
};

// A source position for errors about input files: "staff.jsonl:12".
struct SourceLocation {
  std::string file;
  std::size_t line = 0;
};

// The outcome of an operation. Copyable and cheap when OK. Not thread-safe to mutate; safe to share
// read-only.
class [[nodiscard]] Status {
 public:
  // OK.
  Status() = default;

  static Status ok_status() { return Status(); }
  static Status invalid_argument(std::string message) { return {StatusCode::kInvalidArgument, std::move(message)}; }
  static Status not_found(std::string message) { return {StatusCode::kNotFound, std::move(message)}; }
  static Status index_error(std::string message) { return {StatusCode::kIndexError, std::move(message)}; }
  static Status io_error(std::string message) { return {StatusCode::kIoError, std::move(message)}; }
  static Status unavailable(std::string message) { return {StatusCode::kUnavailable, std::move(message)}; }
  static Status deadline_exceeded(std::string message) {
    return {StatusCode::kDeadlineExceeded, std::move(message)};
  }
  static Status internal(std::string message) { return {StatusCode::kInternal, std::move(message)}; }
  static Status busy(std::string message) { return {StatusCode::kBusy, std::move(message)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::optional<SourceLocation>& location() const { return location_; }

  // Returns a copy that also names where in an input file the problem is.
  Status at(SourceLocation location) const;

  // "file:line: message" when a location is known, else the message; "OK" for success.
  std::string to_string() const;

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::optional<SourceLocation> location_;
};

// The short stable name of a code ("invalid_argument"), used in logs and JSON error bodies.
const char* status_code_name(StatusCode code);

// Either a value or a non-OK Status.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, as std::optional
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "a Result without a value needs an error status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok().
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace wieweet

#endif  // WIEWEET_STATUS_H_
