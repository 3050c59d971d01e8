// Command-line options of wieweet-server. Flags override the config file and the environment.
#ifndef WIEWEET_SERVER_SERVER_OPTIONS_H_
#define WIEWEET_SERVER_SERVER_OPTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/status.h"

namespace wieweet::server {

enum ServerExit : int {
  kServerExitOk = 0,        // stopped by SIGINT or SIGTERM
  kServerExitInternal = 1,  // a bug
  kServerExitUsage = 2,     // bad command line or configuration
  kServerExitStartup = 3,   // could not listen (port taken, bad address) or write the port file
};

struct ServerOptions {
  bool help = false;
  bool version = false;
  std::string db;
  std::string config;
  std::string port_file;
  std::optional<std::string> bind;
  std::optional<std::uint16_t> port;
  std::optional<std::size_t> threads;

  // Applies the flags given on top of `config`.
  void apply_to(ServerConfig& server) const;
};

Result<ServerOptions> parse_server_options(const std::vector<std::string>& args);

extern const char* const kServerHelp;

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_SERVER_OPTIONS_H_
