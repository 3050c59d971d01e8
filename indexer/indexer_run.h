// The indexer's jobs: read the files and write the index (rebuild, update), erase people (delete),
// and look after the index (rollback, stats, verify). The CLI's logic, without main()'s argument and
// exception handling, so tests can drive it.
#ifndef WIEWEET_INDEXER_INDEXER_RUN_H_
#define WIEWEET_INDEXER_INDEXER_RUN_H_

#include <memory>
#include <ostream>

#include <spdlog/logger.h>

#include "indexer_options.h"
#include "wieweet/config.h"
#include "wieweet/index_writer.h"
#include "wieweet/status.h"

namespace wieweet::indexer {

// Each returns the process exit code. Summaries go to `out` (or, with --json, one JSON object);
// errors and warnings to `err` through a logger (--quiet: errors only).
int run_indexer(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err);
int run_delete(const IndexerOptions& options, const Config& config, std::ostream& out, std::ostream& err);
int run_rollback(const IndexerOptions& options, std::ostream& out, std::ostream& err);
int run_stats(const IndexerOptions& options, std::ostream& out, std::ostream& err);

// The exit code for a failed job's Status (kBusy: 75, InvalidArgument: 3, Internal: 1, else 4).
int exit_code_for(const Status& status);

// The --json summary of a job that wrote the index: one line, an object with added, replaced,
// deleted, skipped, rejected, warnings, seconds and generation.
std::string summary_json(const IndexCounts& counts, std::size_t rejected, std::size_t warnings, double seconds,
                         const std::string& generation);

// A logger writing "level: message" lines to `err`; errors only when `quiet`.
std::shared_ptr<spdlog::logger> make_job_logger(std::ostream& err, bool quiet);

}  // namespace wieweet::indexer

#endif  // WIEWEET_INDEXER_INDEXER_RUN_H_
