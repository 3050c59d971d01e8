#include "wieweet/status.h"

namespace wieweet {

Status Status::at(SourceLocation location) const {
  Status copy = *this;
  copy.location_ = std::move(location);
  return copy;
}

std::string Status::to_string() const {
  if (ok()) return "OK";
  if (location_) return location_->file + ":" + std::to_string(location_->line) + ": " + message_;
  return message_;
}

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kIndexError: return "index_error";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kUnavailable: return "unavailable";
    case StatusCode::kDeadlineExceeded: return "deadline_exceeded";
    case StatusCode::kInternal: return "internal";
    case StatusCode::kBusy: return "busy";
  }
  return "internal";
}

}  // namespace wieweet
