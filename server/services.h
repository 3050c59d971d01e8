// What request handlers work with. Owned by main() (or a test), outliving every request.
#ifndef WIEWEET_SERVER_SERVICES_H_
#define WIEWEET_SERVER_SERVICES_H_

#include <memory>

#include <spdlog/logger.h>

#include "metrics.h"
#include "searcher_pool.h"
#include "wieweet/config.h"

namespace wieweet::server {

struct Services {
  const ServerConfig& config;
  SearcherPool& searchers;
  Metrics& metrics;
  std::shared_ptr<spdlog::logger> log;  // application log: errors with detail, never personal data
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_SERVICES_H_
