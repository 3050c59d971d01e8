// The request-target decoding (server/query_string.cpp) and the parameter reading on top of it
// (server/request_params.cpp), as the experts endpoint uses them. The input is a raw query string.
// Whatever is decoded must be valid UTF-8, and encoding the decoded pairs again must decode to them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "query_string.h"
#include "request_params.h"

namespace {

std::string percent_encode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void check_params(const std::string& query) {
  using wieweet::server::RequestParams;
  RequestParams params;
  if (RequestParams::parse(query, {"q", "page", "size"},
                           {"school", "role", "department", "location", "available_for", "language", "exclude_school"},
                           &params)) {
    return;
  }
  std::string text;
  if (!params.text("q", true, 500, &text)) WIEWEET_FUZZ_CHECK(!text.empty() && text.size() <= 500);
  std::string typed;
  if (!params.typed_text("q", 100, &typed)) WIEWEET_FUZZ_CHECK(typed.size() <= 100);
  std::size_t page = 1;
  if (!params.number("page", 1, 1000, &page)) WIEWEET_FUZZ_CHECK(page >= 1 && page <= 1000);
  std::vector<std::string> schools;
  if (!params.list("school", &schools)) {
    WIEWEET_FUZZ_CHECK(schools.size() <= RequestParams::kMaxValues);
    for (const auto& school : schools) {
      WIEWEET_FUZZ_CHECK(!school.empty() && school.size() <= RequestParams::kMaxValueBytes);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);

  auto params = wieweet::server::parse_query_string(query);
  if (params.ok()) {
    std::string encoded;
    for (const auto& [name, value] : params.value()) {
      WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(name) && wieweet::is_valid_utf8(value));
      encoded += (encoded.empty() ? "" : "&") + percent_encode(name) + "=" + percent_encode(value);
    }
    auto again = wieweet::server::parse_query_string(encoded);
    WIEWEET_FUZZ_CHECK(again.ok());
    WIEWEET_FUZZ_CHECK(again.value() == params.value());
  } else {
    WIEWEET_FUZZ_CHECK(!params.status().message().empty());
  }

  auto path = wieweet::server::decode_path(query);
  if (path.ok()) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(path.value()));

  check_params(query);
  return 0;
}
