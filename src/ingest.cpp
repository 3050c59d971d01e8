#include "wieweet/ingest.h"

#include <fstream>

namespace wieweet {

Status read_jsonl(const std::string& path, SourceKind kind, const ReadOptions& options,
                  const RecordSink& on_record, const IssueSink& on_issue, IngestCounts* counts) {
  *counts = IngestCounts{};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot open " + path);

  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // spreadsheet tools add a BOM
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++counts->lines;

    const SourceLocation where{path, line_number};
    Result<ParsedLine> parsed = line.size() > options.max_line_bytes
                                    ? Result<ParsedLine>(Status::invalid_argument(
                                          "line is longer than " + std::to_string(options.max_line_bytes) + " bytes"))
                                    : parse_record(line, kind);
    if (!parsed.ok()) {
      ++counts->rejected;
      on_issue(parsed.status().at(where), true);
      if (counts->rejected > options.max_errors) {
        return Status::invalid_argument("more than " + std::to_string(options.max_errors) + " rejected lines in " +
                                        path + "; stopped reading");
      }
      continue;
    }
    for (const auto& warning : parsed->warnings) {
      ++counts->warnings;
      on_issue(Status::invalid_argument(warning).at(where), false);
    }
    ++counts->records;
    if (Status status = on_record(std::move(parsed->record), where); !status.ok()) return status;
  }
  if (in.bad()) return Status::io_error("read error in " + path);
  return {};
}

}  // namespace wieweet
