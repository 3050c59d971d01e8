#include "indexer_run.h"

#include <vector>

#include "wieweet/index_writer.h"
#include "wieweet/ingest.h"

namespace wieweet::indexer {
namespace {

// Beyond this many, warnings of one file are counted rather than printed: a file with a systematic
// problem should not bury the summary.
constexpr std::size_t kWarningsPrintedPerFile = 20;
constexpr std::size_t kUnknownPeopleListed = 20;

struct Source {
  const std::string* path;
  SourceKind kind;
};

int exit_code_for(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return kExitBadInput;
    case StatusCode::kInternal: return kExitInternal;
    default: return kExitIndexError;
  }
}

}  // namespace

int run_indexer(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err) {
  auto writer = options.mode == Mode::kRebuild ? IndexWriter::begin_rebuild(options.db, config)
                                               : IndexWriter::begin_update(options.db, config);
  if (!writer.ok()) {
    err << "error: " << writer.status().to_string() << "\n";
    err << "nothing was changed: the live index is as it was before this run\n";
    return writer.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitIndexError;
  }

  ReadOptions read_options;
  read_options.max_line_bytes = config.ingest.max_line_bytes;
  read_options.max_errors = options.max_errors.value_or(config.ingest.max_errors);

  std::size_t records = 0;
  const std::vector<Source> sources = {{&options.staff, SourceKind::kStaff},
                                       {&options.workshops, SourceKind::kWorkshops},
                                       {&options.documents, SourceKind::kDocuments}};
  for (const auto& source : sources) {
    if (source.path->empty()) continue;
    std::size_t warnings_printed = 0;
    IngestCounts counts;
    Status status = read_jsonl(
        *source.path, source.kind, read_options,
        [&](IngestRecord&& record, const SourceLocation&) { return writer.value()->upsert(record); },
        [&](const Status& issue, bool is_error) {
          if (is_error) {
            err << issue.to_string() << "\n";
          } else if (!options.quiet && warnings_printed++ < kWarningsPrintedPerFile) {
            err << issue.to_string() << " (warning)\n";
          }
        },
        &counts);
    out << *source.path << ": " << counts.lines << " lines, " << counts.records << " indexed, " << counts.rejected
        << " rejected, " << counts.warnings << " warnings\n";
    if (!status.ok()) {
      err << "error: " << status.to_string() << "\n";
      err << "nothing was changed: the live index is as it was before this run\n";
      return exit_code_for(status);
    }
    records += counts.records;
  }
  if (records == 0) {
    err << "error: no valid records in the input; nothing was changed\n";
    return kExitBadInput;
  }

  auto report = writer.value()->publish();
  if (!report.ok()) {
    err << "error: " << report.status().to_string() << "\n";
    err << "nothing was changed: the live index is as it was before this run\n";
    return exit_code_for(report.status());
  }
  const IndexCounts& counts = report->counts;
  out << "index " << options.db << " (" << report->generation << "): " << report->documents
      << " evidence items; added " << counts.added << ", replaced " << counts.replaced << ", deleted "
      << counts.deleted << ", skipped " << counts.skipped << "\n";
  if (!report->unknown_people.empty()) {
    err << "warning: evidence refers to " << report->unknown_people.size()
        << " unknown or hidden person id(s); those links are ignored:";
    std::size_t listed = 0;
    for (const auto& [person, links] : report->unknown_people) {
      if (listed++ == kUnknownPeopleListed) {
        err << " …";
        break;
      }
      err << " " << person << " (" << links << "x)";
    }
    err << "\n";
  }
  return kExitOk;
}

}  // namespace wieweet::indexer
