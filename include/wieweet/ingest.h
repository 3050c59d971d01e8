// Reading the v1 ingest files (UTF-8 JSON Lines, docs/ingest-format.md) into records. A bad line is
// reported with file:line and skipped; it never stops the lines after it from being read.
#ifndef WIEWEET_INGEST_H_
#define WIEWEET_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/records.h"
#include "wieweet/status.h"

namespace wieweet {

// One successfully parsed line, with non-fatal remarks (an unknown field, a malformed date dropped).
struct ParsedLine {
  IngestRecord record;
  std::vector<std::string> warnings;
};

// Parses one JSON object of the given source kind. Errors (InvalidArgument): invalid JSON or UTF-8,
// not an object, a missing or empty required field, a field of the wrong type. Pure; thread-safe.
Result<ParsedLine> parse_record(std::string_view line, SourceKind kind);

struct IngestCounts {
  std::size_t lines = 0;      // non-blank lines read
  std::size_t records = 0;    // lines handed to the record sink
  std::size_t rejected = 0;   // lines skipped as errors
  std::size_t warnings = 0;
};

// Receives each good record. Returning a non-OK Status stops reading (for errors of the index, not of
// the input).
using RecordSink = std::function<Status(IngestRecord&& record, const SourceLocation& where)>;
// Receives each problem, already carrying file:line. `is_error` is false for warnings.
using IssueSink = std::function<void(const Status& issue, bool is_error)>;

struct ReadOptions {
  std::size_t max_line_bytes = 4u << 20;
  // Reading stops (with InvalidArgument) once more lines than this were rejected in this file.
  std::size_t max_errors = 1000;
};

// Reads `path` line by line. Blank lines and a UTF-8 byte-order mark are skipped; CRLF is accepted.
// Returns IoError when the file cannot be read, InvalidArgument when max_errors was exceeded, or the
// sink's first error; `counts` is filled in every case.
Status read_jsonl(const std::string& path, SourceKind kind, const ReadOptions& options,
                  const RecordSink& on_record, const IssueSink& on_issue, IngestCounts* counts);

}  // namespace wieweet

#endif  // WIEWEET_INGEST_H_
