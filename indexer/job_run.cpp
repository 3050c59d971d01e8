// The indexer jobs that read no input files: delete (erasure), rollback, stats and verify.
#include <chrono>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "indexer_run.h"
#include "wieweet/index_maintenance.h"
#include "wieweet/index_writer.h"

namespace wieweet::indexer {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_stats(JsonWriter& json, const IndexStats& stats) {
  json.Key("generation");
  json.String(stats.generation.c_str());
  json.Key("generations");
  json.StartArray();
  for (const auto& generation : stats.generations) json.String(generation.c_str());
  json.EndArray();
  json.Key("items");
  json.Uint64(stats.documents);
  json.Key("profiles");
  json.Uint64(stats.profiles);
  json.Key("workshops");
  json.Uint64(stats.workshops);
  json.Key("documents");
  json.Uint64(stats.documents_of_type);
  json.Key("hidden_people");
  json.Uint64(stats.hidden_people);
  json.Key("analysis");
  json.StartObject();
  json.Key("schema");
  json.String(stats.schema_version.c_str());
  json.Key("stemmer");
  json.String(stats.stemmer.c_str());
  json.Key("stopwords");
  json.Uint64(stats.stopwords);
  json.Key("compound_words_file");
  json.String(stats.compound_words_file.c_str());
  json.Key("spelling");
  json.Bool(stats.spelling);
  json.EndObject();
}

void print_stats(std::ostream& out, const std::string& db, const IndexStats& stats) {
  out << "index " << db << " (" << stats.generation << "): " << stats.documents << " items: " << stats.profiles
      << " profiles, " << stats.workshops << " workshops, " << stats.documents_of_type << " documents; "
      << stats.hidden_people << " hidden or erased names redacted\n";
  out << "generations on disk:";
  for (const auto& generation : stats.generations) out << " " << generation;
  out << "\nanalysis: schema " << stats.schema_version << ", stemmer " << stats.stemmer << ", " << stats.stopwords
      << " stopwords, compounds " << (stats.compound_words_file.empty() ? "off" : stats.compound_words_file)
      << ", spelling " << (stats.spelling ? "on" : "off") << "\n";
}

}  // namespace

int run_delete(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err) {
  const auto started = std::chrono::steady_clock::now();
  auto log = make_job_logger(err, options.quiet);
  auto writer = IndexWriter::begin_update(options.db, config);
  if (!writer.ok()) {
    log->error("{}", writer.status().to_string());
    return exit_code_for(writer.status());
  }
  std::size_t warnings = 0;
  for (const auto& person : options.persons) {
    if (Status status = writer.value()->erase_person(person); !status.ok()) {
      log->error("{}; nothing was changed", status.to_string());
      return exit_code_for(status);
    }
  }
  auto report = writer.value()->publish();
  if (!report.ok()) {
    log->error("{}; nothing was changed", report.status().to_string());
    return exit_code_for(report.status());
  }
  const IndexCounts& counts = report->counts;
  if (counts.skipped > 0) {
    log->warn("{} of the {} id(s) were not in the index (nothing to erase for them)", counts.skipped,
              options.persons.size());
    warnings += counts.skipped;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (options.json) {
    out << summary_json(counts, 0, warnings, seconds, report->generation);
  } else if (!options.quiet) {
    out << "index " << options.db << " (" << report->generation << "): erased " << counts.deleted
        << " person(s); " << counts.replaced << " workshops and documents rewritten without them; "
        << report->older_generations_erased << " older generation(s) kept for rollback erased too\n";
  }
  if (report->older_generations_removed > 0) {
    log->warn("{} older generation(s) could not be rewritten and were removed (no rollback to them)",
              report->older_generations_removed);
  }
  return kExitOk;
}

int run_rollback(const IndexerOptions& options, std::ostream& out, std::ostream& err) {
  auto log = make_job_logger(err, options.quiet);
  auto generation = rollback_index(options.db);
  if (!generation.ok()) {
    log->error("{}", generation.status().to_string());
    return exit_code_for(generation.status());
  }
  if (options.json) {
    out << "{\"generation\":\"" << generation.value() << "\"}\n";
  } else if (!options.quiet) {
    out << "index " << options.db << ": " << generation.value() << " is live again\n";
  }
  return kExitOk;
}

int run_stats(const IndexerOptions& options, std::ostream& out, std::ostream& err) {
  auto log = make_job_logger(err, options.quiet);
  auto stats = index_stats(options.db);
  if (!stats.ok()) {
    log->error("{}", stats.status().to_string());
    return exit_code_for(stats.status());
  }
  std::vector<std::string> problems;
  if (options.mode == Mode::kVerify) {
    auto verified = verify_index(options.db);
    if (!verified.ok()) {
      log->error("{}", verified.status().to_string());
      return exit_code_for(verified.status());
    }
    problems = std::move(verified.value());
  }
  for (const auto& problem : problems) log->error("{}", problem);
  if (options.json) {
    rapidjson::StringBuffer buffer;
    JsonWriter json(buffer);
    json.StartObject();
    write_stats(json, stats.value());
    if (options.mode == Mode::kVerify) {
      json.Key("problems");
      json.StartArray();
      for (const auto& problem : problems) json.String(problem.c_str());
      json.EndArray();
    }
    json.EndObject();
    out << buffer.GetString() << "\n";
  } else if (!options.quiet) {
    print_stats(out, options.db, stats.value());
    if (options.mode == Mode::kVerify) {
      out << (problems.empty() ? "verify: consistent\n" : "verify: " + std::to_string(problems.size()) + " problem(s)\n");
    }
  }
  return problems.empty() ? kExitOk : kExitBadInput;
}

}  // namespace wieweet::indexer
