// What a fuzz target asserts beyond "no crash": a property every input must keep. A broken one is
// reported like a crash (abort), so libFuzzer saves the input and the replay test fails on it. And
// the one helper the targets share for inputs made of several parts.
#ifndef WIEWEET_FUZZ_FUZZ_CHECK_H_
#define WIEWEET_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define WIEWEET_FUZZ_CHECK(condition)                                                            \
  do {                                                                                           \
    if (!(condition)) {                                                                          \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);   \
      std::abort();                                                                              \
    }                                                                                            \
  } while (false)

namespace wieweet::fuzz {

// Takes the first line (without its '\n') off `rest`. Inputs with several parts are split by lines.
inline std::string_view next_line(std::string_view* rest) {
  const auto newline = rest->find('\n');
  const std::string_view line = rest->substr(0, newline);
  *rest = newline == std::string_view::npos ? std::string_view() : rest->substr(newline + 1);
  return line;
}

}  // namespace wieweet::fuzz

#endif  // WIEWEET_FUZZ_FUZZ_CHECK_H_
