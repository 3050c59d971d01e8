#include "indexer_run.h"

#include <unistd.h>

#include <chrono>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <spdlog/sinks/ostream_sink.h>

#include "progress.h"
#include "wieweet/index_writer.h"
#include "wieweet/ingest.h"

namespace wieweet::indexer {
namespace {

// Beyond this many, warnings of one file are counted rather than printed: a file with a systematic
// problem should not bury the summary.
constexpr std::size_t kWarningsPrintedPerFile = 20;
constexpr std::size_t kUnknownPeopleListed = 20;

struct Source {
  const std::vector<std::string>* paths;
  SourceKind kind;
};

bool is_csv(const std::string& path, InputFormat format) {
  if (format != InputFormat::kAuto) return format == InputFormat::kCsv;
  return path.size() >= 4 && (path.compare(path.size() - 4, 4, ".csv") == 0 || path.compare(path.size() - 4, 4, ".CSV") == 0);
}

}  // namespace

int exit_code_for(const Status& status) {
  switch (status.code()) {
    case StatusCode::kBusy: return kExitLocked;
    case StatusCode::kInvalidArgument: return kExitBadInput;
    case StatusCode::kInternal: return kExitInternal;
    default: return kExitIndexError;
  }
}

std::shared_ptr<spdlog::logger> make_job_logger(std::ostream& err, bool quiet) {
  auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err, true);
  auto log = std::make_shared<spdlog::logger>("wieweet-indexer", sink);
  log->set_pattern("%l: %v");
  log->set_level(quiet ? spdlog::level::err : spdlog::level::info);
  return log;
}

// The --json summary of a job that wrote the index.
std::string summary_json(const IndexCounts& counts, std::size_t rejected, std::size_t warnings, double seconds,
                         const std::string& generation) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  json.Key("added");
  json.Uint64(counts.added);
  json.Key("replaced");
  json.Uint64(counts.replaced);
  json.Key("deleted");
  json.Uint64(counts.deleted);
  json.Key("skipped");
  json.Uint64(counts.skipped);
  json.Key("rejected");
  json.Uint64(rejected);
  json.Key("warnings");
  json.Uint64(warnings);
  json.Key("seconds");
  json.Double(seconds);
  json.Key("generation");
  json.String(generation.c_str());
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

int run_indexer(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  auto log = make_job_logger(err, options.quiet);
  const bool human = !options.quiet && !options.json;
  auto writer = options.mode == Mode::kRebuild ? IndexWriter::begin_rebuild(options.db, config)
                                               : IndexWriter::begin_update(options.db, config);
  if (!writer.ok()) {
    log->error("{}", writer.status().to_string());
    log->error("nothing was changed: the live index is as it was before this run");
    return exit_code_for(writer.status());
  }

  ReadOptions read_options;
  read_options.max_line_bytes = config.ingest.max_line_bytes;
  read_options.max_errors = options.strict ? 0 : options.max_errors.value_or(config.ingest.max_errors);
  if (options.mode == Mode::kUpdate) {
    read_options.unchanged = [&](const std::string& id, const std::string& hash) {
      return writer.value()->holds_document(id, hash);
    };
  }

  std::vector<std::string> all_paths = options.staff;
  all_paths.insert(all_paths.end(), options.workshops.begin(), options.workshops.end());
  all_paths.insert(all_paths.end(), options.documents.begin(), options.documents.end());
  Progress progress(err, human && ::isatty(STDERR_FILENO) == 1, count_lines(all_paths));

  std::size_t records = 0, rejected = 0, warnings = 0, skipped = 0;
  const std::vector<Source> sources = {{&options.staff, SourceKind::kStaff},
                                       {&options.workshops, SourceKind::kWorkshops},
                                       {&options.documents, SourceKind::kDocuments}};
  for (const auto& source : sources) {
    for (const std::string& path : *source.paths) {
      std::size_t warnings_printed = 0;
      IngestCounts counts;
      auto on_record = [&](IngestRecord&& record, const SourceLocation&) {
        progress.advance();
        return writer.value()->upsert(record);
      };
      auto on_issue = [&](const Status& issue, bool is_error) {
        progress.finish();
        if (is_error) {
          log->error("{}", issue.to_string());
        } else if (warnings_printed++ < kWarningsPrintedPerFile) {
          log->warn("{}", issue.to_string());
        }
      };
      Status status = source.kind == SourceKind::kStaff && is_csv(path, options.format)
                          ? read_staff_csv(path, config.ingest.csv_columns, read_options, on_record, on_issue, &counts)
                          : read_jsonl(path, source.kind, read_options, on_record, on_issue, &counts);
      progress.finish();
      if (human) {
        out << path << ": " << counts.lines << " lines, " << counts.records << " indexed, " << counts.rejected
            << " rejected, " << counts.warnings << " warnings";
        if (counts.skipped > 0) out << ", " << counts.skipped << " files skipped";
        out << "\n";
      }
      if (!status.ok()) {
        log->error("{}", status.to_string());
        if (options.strict && counts.rejected > 0) log->error("--strict: a rejected line fails the run");
        log->error("nothing was changed: the live index is as it was before this run");
        return exit_code_for(status);
      }
      records += counts.records;
      rejected += counts.rejected;
      warnings += counts.warnings;
      skipped += counts.skipped;
    }
  }
  if (records == 0 && (options.mode == Mode::kRebuild || skipped == 0)) {
    log->error("no valid records in the input; nothing was changed");
    return kExitBadInput;
  }

  auto report = writer.value()->publish();
  if (!report.ok()) {
    log->error("{}", report.status().to_string());
    log->error("nothing was changed: the live index is as it was before this run");
    return exit_code_for(report.status());
  }
  IndexCounts counts = report->counts;
  counts.skipped += skipped;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (human) {
    out << "index " << options.db << " (" << report->generation << "): " << report->documents
        << " evidence items; added " << counts.added << ", replaced " << counts.replaced << ", deleted "
        << counts.deleted << ", skipped " << counts.skipped << "\n";
  }
  if (options.json) out << summary_json(counts, rejected, warnings, seconds, report->generation);
  if (!report->unknown_people.empty()) {
    std::string listed;
    std::size_t count = 0;
    for (const auto& [person, links] : report->unknown_people) {
      if (count++ == kUnknownPeopleListed) {
        listed += " …";
        break;
      }
      listed += " " + person + " (" + std::to_string(links) + "x)";
    }
    log->warn("evidence refers to {} unknown or hidden person id(s); those links are ignored:{}",
              report->unknown_people.size(), listed);
  }
  return kExitOk;
}

}  // namespace wieweet::indexer
