#include "wieweet/numbers.h"

#include <charconv>

namespace wieweet {

std::optional<std::uint64_t> parse_whole_number(std::string_view text, std::uint64_t max) {
  // from_chars accepts neither blanks nor "+", but does accept a leading "-" for unsigned types on
  // some libraries: digits only is checked first.
  if (text.empty() || text.front() < '0' || text.front() > '9') return std::nullopt;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value > max) return std::nullopt;
  return value;
}

}  // namespace wieweet
