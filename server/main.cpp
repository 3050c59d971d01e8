// wieweet-server: the HTTP front of WieWeet. main() owns everything (config, loggers, io_context,
// searchers, listener); nothing is global. See --help.
#include <sys/resource.h>

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
#include <boost/asio/steady_timer.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "connections.h"
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

// Raises the soft limit on open files to the hard one (every connection is a descriptor) and warns
// when server.max_connections does not fit under it with room for the index files and logs.
void raise_file_limit(const wieweet::ServerConfig& config, std::size_t threads, spdlog::logger& log) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  // Each searcher holds a Xapian database (about 8 files, two generations during a rebuild).
  const std::size_t margin = 64 + 16 * threads;
  if (limit.rlim_cur != RLIM_INFINITY && config.max_connections + margin > limit.rlim_cur) {
    log.warn("server.max_connections ({}) plus about {} descriptors for index files and logs exceeds the limit of {} "
             "open files; raise it (systemd: LimitNOFILE=) or lower server.max_connections",
             config.max_connections, margin, static_cast<unsigned long long>(limit.rlim_cur));
  }
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

  raise_file_limit(config.server, threads, *log);

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
  Connections connections(metrics);  // outlives the io_context, whose sessions remove themselves from it
  boost::asio::io_context io(static_cast<int>(threads));

  auto listener = Listener::open(io, {address, config.server.port}, router, services, connections, access_log);
  if (!listener.ok()) {
    log->error("{}", listener.status().to_string());
    return kServerExitStartup;
  }
  // Once shutting down, the last session to end stops the server.
  connections.on_session_ended([&connections, &io, weak = std::weak_ptr<Listener>(listener.value())] {
    if (auto alive = weak.lock()) alive->session_ended();
    if (connections.shutting_down() && connections.open() == 0) io.stop();
  });
  listener.value()->start();
  const unsigned short port = listener.value()->port();
  if (!options.port_file.empty()) {
    if (auto status = write_port_file(options.port_file, port); !status.ok()) {
      log->error("{}", status.to_string());
      return kServerExitStartup;
    }
  }

  // Graceful: stop accepting, close idle connections, let requests in flight finish (their
  // connections close after the response), then exit; after server.shutdown_grace_ms, exit anyway.
  boost::asio::signal_set signals(io, SIGINT, SIGTERM);
  boost::asio::steady_timer grace(io);
  signals.async_wait([&](const boost::system::error_code& error, int signal) {
    if (error) return;
    log->info("signal {} received, shutting down: {} connections open, waiting up to {} ms for requests in flight",
              signal, connections.open(), config.server.shutdown_grace_ms);
    listener.value()->stop();
    connections.shut_down_all();
    if (connections.open() == 0) return io.stop();
    grace.expires_after(std::chrono::milliseconds(config.server.shutdown_grace_ms));
    grace.async_wait([&](const boost::system::error_code& waited) {
      if (waited) return;
      log->warn("{} connections still open after server.shutdown_grace_ms; closing them", connections.open());
      io.stop();
    });
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
  connections.on_session_ended(nullptr);  // sessions cut off by the grace period end with the io_context
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
