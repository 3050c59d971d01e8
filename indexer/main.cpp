// wieweet-indexer: reads ingest files and writes the index. See --help.
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "indexer_options.h"
#include "indexer_run.h"
#include "match_run.h"
#include "wieweet/config.h"

int main(int argc, char** argv) try {
  using namespace wieweet::indexer;
  auto options = parse_indexer_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!options.ok()) {
    std::cerr << "wieweet-indexer: " << options.status().message() << "\n";
    return kExitUsage;
  }
  if (options->mode == Mode::kHelp) {
    std::cout << options->help;
    return kExitOk;
  }
  if (options->mode == Mode::kVersion) {
    std::cout << "wieweet-indexer " << WIEWEET_VERSION << "\n";
    return kExitOk;
  }
  auto config = wieweet::load_config(options->config, wieweet::process_environment());
  if (!config.ok()) {
    std::cerr << "wieweet-indexer: configuration: " << config.status().to_string() << "\n";
    return kExitUsage;
  }
  if (auto status = config->validate(); !status.ok()) {
    std::cerr << "wieweet-indexer: configuration: " << status.to_string() << "\n";
    return kExitUsage;
  }
  switch (options->mode) {
    case Mode::kMatch: return run_match(options.value(), config.value(), std::cout, std::cerr);
    case Mode::kDelete: return run_delete(options.value(), config.value(), std::cout, std::cerr);
    case Mode::kRollback: return run_rollback(options.value(), std::cout, std::cerr);
    case Mode::kStats:
    case Mode::kVerify: return run_stats(options.value(), std::cout, std::cerr);
    default: return run_indexer(options.value(), config.value(), std::cout, std::cerr);
  }
} catch (const std::bad_alloc&) {
  std::cerr << "wieweet-indexer: out of memory; the live index is unchanged\n";
  return wieweet::indexer::kExitInternal;
} catch (const std::exception& error) {
  std::cerr << "wieweet-indexer: internal error: " << error.what() << "; the live index is unchanged\n";
  return wieweet::indexer::kExitInternal;
} catch (...) {
  std::cerr << "wieweet-indexer: internal error; the live index is unchanged\n";
  return wieweet::indexer::kExitInternal;
}
