#include "server_options.h"

#include <CLI/CLI.hpp>

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
Admin endpoints (POST /api/v1/admin/reload, GET /api/v1/admin/status) are off unless
server.admin_token (or WIEWEET_SERVER_ADMIN_TOKEN) is set; they need "Authorization: Bearer <token>".
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

void ServerOptions::apply_to(ServerConfig& server) const {
  if (bind) server.bind = *bind;
  if (port) server.port = *port;
  if (threads) server.threads = *threads;
}

Result<ServerOptions> parse_server_options(const std::vector<std::string>& args) {
  ServerOptions options;
  CLI::App app{"wieweet-server", "wieweet-server"};
  app.set_help_flag();  // kServerHelp is printed instead of CLI11's generated text
  app.add_flag("-h,--help", options.help);
  app.add_flag("--version", options.version);
  app.add_option("--db", options.db);
  app.add_option("--config", options.config);
  app.add_option("--port-file", options.port_file);
  app.add_option("--bind", options.bind);
  app.add_option("--port", options.port)->check(CLI::Range(0, 65535));
  app.add_option("--threads", options.threads)->check(CLI::Range(0, 256));
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return Status::invalid_argument(std::string(error.what()) + "; see --help");
  }
  if (options.help || options.version) return options;
  if (options.db.empty()) return Status::invalid_argument("--db DIR is required; see --help");
  return options;
}

}  // namespace wieweet::server
