// The one parser of whole numbers, for every place a number arrives as text (config, request
// parameters, command lines, dates, generation names).
#ifndef WIEWEET_NUMBERS_H_
#define WIEWEET_NUMBERS_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace wieweet {

// `text` as a whole decimal number no greater than `max`: one or more ASCII digits and nothing else
// (no sign, no blanks, no "0x"). nullopt for anything else, including a value that overflows.
// Pure; thread-safe.
std::optional<std::uint64_t> parse_whole_number(std::string_view text,
                                                std::uint64_t max = std::numeric_limits<std::uint64_t>::max());

}  // namespace wieweet

#endif  // WIEWEET_NUMBERS_H_
