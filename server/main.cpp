// wieweet-server: the HTTP front of WieWeet. main() owns everything (config, loggers, io_context,
// searchers, listener); nothing is global. See --help.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/signal_set.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "listener.h"
#include "metrics.h"
#include "router.h"
#include "searcher_pool.h"
#include "server_options.h"
#include "services.h"

namespace {

using namespace wieweet::server;

// Written to a temporary name and renamed, so a script polling for the file never reads half a port.
wieweet::Status write_port_file(const std::string& path, unsigned short port) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << port << "\n";
    if (!out.flush()) return wieweet::Status::io_error("cannot write " + temporary);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) return wieweet::Status::io_error("cannot write " + path);
  return {};
}

int serve(const ServerOptions& options) {
  auto loaded = wieweet::load_config(options.config, wieweet::process_environment());
  if (!loaded.ok()) {
    std::cerr << "wieweet-server: configuration: " << loaded.status().to_string() << "\n";
    return kServerExitUsage;
  }
  wieweet::Config config = std::move(loaded.value());
  options.apply_to(config.server);
  if (auto status = config.validate(); !status.ok()) {
    std::cerr << "wieweet-server: configuration: " << status.to_string() << "\n";
    return kServerExitUsage;
  }
  const std::size_t threads =
      config.server.threads != 0 ? config.server.threads : std::max(1u, std::thread::hardware_concurrency());

  auto sink = std::make_shared<spdlog::sinks::stdout_sink_mt>();
  auto log = std::make_shared<spdlog::logger>("wieweet", sink);
  auto access_log = std::make_shared<spdlog::logger>("access", sink);
  log->flush_on(spdlog::level::info);
  access_log->flush_on(spdlog::level::info);

  boost::system::error_code address_error;
  const auto address = boost::asio::ip::make_address(config.server.bind, address_error);
  if (address_error) {
    std::cerr << "wieweet-server: \"" << config.server.bind << "\" is not an IP address\n";
    return kServerExitUsage;
  }

  // Read once, so every thread searches with the same synonyms; a broken file stops the start,
  // naming file:line, rather than failing every search.
  auto query_resources = wieweet::Searcher::load_query_resources(config.query);
  if (!query_resources.ok()) {
    std::cerr << "wieweet-server: configuration: " << query_resources.status().to_string() << "\n";
    return kServerExitUsage;
  }
  SearcherPool searchers(options.db, config.ranking, std::move(query_resources.value()), threads);
  Metrics metrics;
  Services services{config.server, searchers, metrics, log};
  const Router router = make_router();
  boost::asio::io_context io(static_cast<int>(threads));

  auto listener = Listener::open(io, {address, config.server.port}, router, services, access_log);
  if (!listener.ok()) {
    log->error("{}", listener.status().to_string());
    return kServerExitStartup;
  }
  listener.value()->start();
  const unsigned short port = listener.value()->port();
  if (!options.port_file.empty()) {
    if (auto status = write_port_file(options.port_file, port); !status.ok()) {
      log->error("{}", status.to_string());
      return kServerExitStartup;
    }
  }

  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&](const boost::system::error_code&, int signal) {
    log->info("signal {} received, shutting down", signal);
    listener.value()->stop();
    io.stop();
  });

  if (auto ready = searchers.acquire(); ready.ok()) {
    auto info = ready.value()->info();
    if (info.ok()) log->info("index {} open: {} evidence items, {} people", info->generation, info->documents, info->people);
  } else {
    log->warn("{} (serving anyway; /readyz reports the problem until an index can be opened)",
              ready.status().to_string());
  }
  log->info("listening on http://{}:{} with {} threads", config.server.bind, port, threads);

  std::vector<std::thread> pool;
  for (std::size_t i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : pool) thread.join();
  log->info("stopped");
  return kServerExitOk;
}

}  // namespace

int main(int argc, char** argv) try {
  auto options = parse_server_options(std::vector<std::string>(argv + 1, argv + argc));
  if (!options.ok()) {
    std::cerr << "wieweet-server: " << options.status().message() << "\n";
    return kServerExitUsage;
  }
  if (options->help) {
    std::cout << kServerHelp;
    return kServerExitOk;
  }
  if (options->version) {
    std::cout << "wieweet-server " << WIEWEET_VERSION << "\n";
    return kServerExitOk;
  }
  return serve(options.value());
} catch (const std::exception& error) {
  std::cerr << "wieweet-server: internal error: " << error.what() << "\n";
  return kServerExitInternal;
} catch (...) {
  std::cerr << "wieweet-server: internal error\n";
  return kServerExitInternal;
}
