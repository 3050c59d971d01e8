// The config parser (src/common/config.cpp): a config file's text and, after a NUL byte, environment
// overrides as "key=value" lines (the key as in the file, "ranking.weights.owner", so the fuzzer need
// not guess WIEWEET_ names; a line starting with WIEWEET_ is taken as it is). Whatever is accepted and
// then passes validate() must be a configuration the server can run with.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "wieweet/config.h"

namespace {

std::string env_name(std::string_view key) {
  if (key.rfind("WIEWEET_", 0) == 0) return std::string(key);
  std::string name = "WIEWEET_";
  for (char c : key) name += c == '.' ? '_' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return name;
}

wieweet::Environment parse_environment(std::string_view text) {
  wieweet::Environment env;
  while (!text.empty()) {
    const std::string_view line = wieweet::fuzz::next_line(&text);
    const auto equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    env[env_name(line.substr(0, equals))] = std::string(line.substr(equals + 1));
  }
  return env;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto nul = input.find('\0');
  const std::string_view file = input.substr(0, nul);
  const wieweet::Environment env =
      nul == std::string_view::npos ? wieweet::Environment() : parse_environment(input.substr(nul + 1));

  auto config = wieweet::parse_config(file, "wieweet.json", env);
  if (!config.ok()) {
    WIEWEET_FUZZ_CHECK(!config.status().message().empty());
    return 0;
  }
  if (!config.value().validate().ok()) return 0;
  const wieweet::Config& valid = config.value();
  for (double weight : {valid.ranking.weights.owner, valid.ranking.weights.presenter, valid.ranking.weights.author,
                        valid.ranking.weights.participant, valid.ranking.weights.mention}) {
    WIEWEET_FUZZ_CHECK(std::isfinite(weight) && weight >= 0);
  }
  WIEWEET_FUZZ_CHECK(valid.server.max_page_size >= 1 && valid.server.default_page_size <= valid.server.max_page_size);
  WIEWEET_FUZZ_CHECK(valid.server.max_header_bytes >= 1024);
  return 0;
}
