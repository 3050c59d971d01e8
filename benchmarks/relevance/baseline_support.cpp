#include "baseline_support.h"

#include <variant>

namespace wieweet::relevance {

Status for_each_record(const std::string& path, SourceKind kind, const std::function<void(IngestRecord&&)>& handle) {
  Status first_error;
  IngestCounts counts;
  Status status = read_jsonl(
      path, kind, ReadOptions{},
      [&](IngestRecord&& record, const SourceLocation&) {
        if (!std::holds_alternative<Deletion>(record)) handle(std::move(record));
        return Status();
      },
      [&](const Status& issue, bool is_error) {
        if (is_error && first_error.ok()) first_error = issue;
      },
      &counts);
  return status.ok() ? first_error : status;
}

}  // namespace wieweet::relevance
