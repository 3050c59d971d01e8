#include "wieweet/ingest.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "ingest/sources/document_files.h"

namespace wieweet {
namespace {

// A manifest line: the body, and a missing title, come from the file it names. Returns false (after
// reporting "file: reason") when the line is to be skipped.
bool read_manifest_file(Document& document, const std::string& manifest, const std::string& line,
                        const ReadOptions& options, const SourceLocation& where, const IssueSink& on_issue,
                        IngestCounts* counts) {
  namespace fs = std::filesystem;
  const fs::path base = manifest == "-" ? fs::current_path() : fs::path(manifest).parent_path();
  const std::string file = (base / document.path).lexically_normal().string();
  auto skip = [&](const std::string& reason) {
    ++counts->skipped;
    ++counts->warnings;
    on_issue(Status::invalid_argument(file + ": " + reason + "; skipped").at(where), false);
    return false;
  };
  auto bytes = read_file_bytes(file);
  if (!bytes.ok()) return skip(bytes.status().message());
  // The line is part of the hash: a new title or author for the same file is a change too.
  document.content_hash = content_hash({bytes.value(), line});
  if (options.unchanged && options.unchanged(document.id, document.content_hash)) {
    ++counts->skipped;
    return false;
  }
  auto text = extract_text(file, bytes.value());
  if (!text.ok()) return skip(text.status().message());
  document.body = std::move(text->body);
  if (document.title.empty()) document.title = text->title;
  if (document.title.empty()) document.title = fs::path(file).stem().string();
  document.path = file;
  return true;
}

}  // namespace

Status read_jsonl(const std::string& path, SourceKind kind, const ReadOptions& options,
                  const RecordSink& on_record, const IssueSink& on_issue, IngestCounts* counts) {
  *counts = IngestCounts{};
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::io_error("cannot open " + path);
  }
  std::istream& in = path == "-" ? std::cin : file;

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
    if (auto* document = std::get_if<Document>(&parsed->record); document != nullptr && !document->path.empty()) {
      if (!read_manifest_file(*document, path, line, options, where, on_issue, counts)) continue;
    }
    ++counts->records;
    if (Status status = on_record(std::move(parsed->record), where); !status.ok()) return status;
  }
  if (in.bad()) return Status::io_error("read error in " + path);
  return {};
}

}  // namespace wieweet
