// Reading the v1 ingest files (UTF-8 JSON Lines, docs/ingest-format.md) into records. A bad line is
// reported with file:line and skipped; it never stops the lines after it from being read.
#ifndef WIEWEET_INGEST_H_
#define WIEWEET_INGEST_H_

#include <cstddef>
#include <functional>
#include <map>
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
  std::size_t skipped = 0;    // manifest files that could not be read (reported) or did not change
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
  // Manifest lines with a "path": asked with the document's id and content hash before the file's
  // text is extracted; true skips the line as unchanged (what `update` wants). Unset: never skip.
  std::function<bool(const std::string& id, const std::string& content_hash)> unchanged;
};

// Reads `path` ("-": standard input) line by line. Blank lines and a UTF-8 byte-order mark are
// skipped; CRLF is accepted. A document line with a "path" (a manifest line) gets its body, and its
// title when it has none, from that file, resolved against the folder of `path`
// (document_files.h); a file that cannot be read is reported as a warning "file: reason" and
// skipped. Returns IoError when the file cannot be read, InvalidArgument when max_errors was
// exceeded, or the sink's first error; `counts` is filled in every case.
Status read_jsonl(const std::string& path, SourceKind kind, const ReadOptions& options,
                  const RecordSink& on_record, const IssueSink& on_issue, IngestCounts* counts);

// The staff fields a CSV column can map to: the keys of a staff.jsonl line.
bool is_staff_field(std::string_view field);

// The built-in mapping of Dutch HR export headers (normalised: lower case) to staff fields.
const std::map<std::string, std::string>& default_csv_columns();

// Reads staff from a CSV export (csv.h: separator sniffed, quotes, BOM, CRLF); `path` "-" is standard
// input. The header row names the columns; `columns` maps header text to staff fields on top of
// default_csv_columns() (compared ignoring case and surrounding blanks; a header that is itself a
// field name maps to that field). An unmapped header is a warning naming it. List fields are split on
// ',' and ';' inside a cell; "openbaar", "intern" and "verborgen" are read as visibilities; dates may
// be written DD-MM-YYYY. Each row is then checked as a staff.jsonl line would be, its problems
// reported with file:line. Returns InvalidArgument, before any record is passed on, when no column
// maps to "id" or to "name"; otherwise as read_jsonl.
Status read_staff_csv(const std::string& path, const std::map<std::string, std::string>& columns,
                      const ReadOptions& options, const RecordSink& on_record, const IssueSink& on_issue,
                      IngestCounts* counts);

}  // namespace wieweet

#endif  // WIEWEET_INGEST_H_
