#include "server_options.h"

#include <cstdlib>

namespace wieweet::server {

const char* const kServerHelp = R"(wieweet-server — answers "who knows about X?" over HTTP.

Usage:
  wieweet-server --db DIR [--bind ADDR] [--port N] [--port-file F] [--threads N] [--config F]
  wieweet-server --help | --version

Options:
  --db DIR          index directory written by wieweet-indexer (required). The server may start
                    before an index exists: /readyz then answers 503 until one is published, and
                    new generations and updates are picked up without a restart.
  --bind ADDR       address to listen on (default: server.bind, 127.0.0.1)
  --port N          TCP port; 0 picks a free one (default: server.port, 8080)
  --port-file F     write the port actually bound to F once listening (for scripts and tests)
  --threads N       worker threads, each with its own index handle; 0 = one per core
                    (default: server.threads, 0)
  --config F        configuration file (see config/wieweet.json); WIEWEET_* environment
                    variables override it, and these flags override both
  -h, --help        show this help
  --version         show the version

Endpoints: / (search page), /api/v1/experts, /healthz, /readyz, /metrics (docs/api.md).
Logs go to standard output: one access line per request (method, path, status, duration).
On SIGINT or SIGTERM: stops accepting, finishes the requests in flight (at most
server.shutdown_grace_ms, 10 s), then exits. Limits (connections, timeouts, query words, search
deadline) are configuration: docs/operations.md, "Limits".

Exit status:
  0  stopped by a signal
  1  internal error (a bug)
  2  bad command line or configuration
  3  could not listen on the address, or could not write the port file
)";

namespace {

Result<unsigned long long> parse_number(const std::string& flag, const std::string& value, unsigned long long maximum) {
  char* end = nullptr;
  const unsigned long long number = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || value[0] == '-' || *end != '\0' || number > maximum) {
    return Status::invalid_argument(flag + " needs a whole number from 0 to " + std::to_string(maximum) + ", not \"" +
                                    value + "\"");
  }
  return number;
}

}  // namespace

void ServerOptions::apply_to(ServerConfig& server) const {
  if (bind) server.bind = *bind;
  if (port) server.port = *port;
  if (threads) server.threads = *threads;
}

Result<ServerOptions> parse_server_options(const std::vector<std::string>& args) {
  ServerOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (flag == "--help" || flag == "-h") {
      options.help = true;
      return options;
    }
    if (flag == "--version") {
      options.version = true;
      return options;
    }
    if (i + 1 >= args.size()) return Status::invalid_argument(flag + " needs a value; see --help");
    const std::string& value = args[++i];
    if (flag == "--db") {
      options.db = value;
    } else if (flag == "--config") {
      options.config = value;
    } else if (flag == "--port-file") {
      options.port_file = value;
    } else if (flag == "--bind") {
      options.bind = value;
    } else if (flag == "--port") {
      auto port = parse_number(flag, value, 65535);
      if (!port.ok()) return port.status();
      options.port = static_cast<std::uint16_t>(port.value());
    } else if (flag == "--threads") {
      auto threads = parse_number(flag, value, 256);
      if (!threads.ok()) return threads.status();
      options.threads = static_cast<std::size_t>(threads.value());
    } else {
      return Status::invalid_argument("unknown option " + flag + "; see --help");
    }
  }
  if (options.db.empty()) return Status::invalid_argument("--db DIR is required; see --help");
  return options;
}

}  // namespace wieweet::server
