// The one Dutch text analysis, used identically at index and at query time: diacritics folding,
// lower-casing, stopwords and the Snowball stemmer.
#ifndef WIEWEET_TEXT_ANALYSIS_H_
#define WIEWEET_TEXT_ANALYSIS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/status.h"

namespace wieweet {

// Folds Latin diacritics to their base letters ("coördinator" -> "coordinator", "Ĳssel" -> "IJssel")
// and leaves everything else, case included, as it is. Pure; thread-safe.
std::string fold_diacritics(std::string_view text);

// Every word of `text` folded and lower-cased, joined by single spaces: how whole values (a school,
// a role, a topic) are compared, so "Sint-Eloy  College" equals "sint eloy college". Pure; thread-safe.
std::string normalize_text(std::string_view text);

// `text` without leading and trailing spaces, tabs and line breaks. Pure; thread-safe.
std::string trim_blanks(std::string_view text);

// Whether `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view text);

// The longest start of `text` of at most `max_bytes` bytes that does not cut a UTF-8 character in two.
// A view into `text`. Pure; thread-safe.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// Splits text into words (runs of letters and digits; inner apostrophes and hyphens split words).
// Each word is a view into `text` with its byte offset. Pure; thread-safe.
struct WordSpan {
  std::string_view word;
  std::size_t offset = 0;
};
std::vector<WordSpan> split_words(std::string_view text);
// The spans are views into `text`: splitting a temporary string would leave them dangling (issue 11),
// so that is a compile error rather than a read of freed memory.
std::vector<WordSpan> split_words(std::string&& text) = delete;

// Holds a stemmer and the stopword list. NOT thread-safe (Snowball stemmers keep state): each
// indexer run and each server thread owns its own. Movable, not copyable.
class TextAnalyzer {
 public:
  // Validates the stemmer name and loads the stopwords (the built-in list when
  // config.stopwords_file is empty). Errors: InvalidArgument for an unknown stemmer, IoError for an
  // unreadable stopword file.
  static Result<TextAnalyzer> create(const AnalysisConfig& config);

  // Builds an analyzer from explicit settings, as read back from an index's metadata.
  static Result<TextAnalyzer> from_settings(const std::string& stemmer, std::vector<std::string> stopwords);

  TextAnalyzer(TextAnalyzer&&) noexcept;
  TextAnalyzer& operator=(TextAnalyzer&&) noexcept;
  ~TextAnalyzer();

  // Folded and lower-cased: the form every term is made from.
  std::string normalize(std::string_view word) const;
  // normalize_text(): the same for every analyzer, a member for convenience.
  std::string normalize_phrase(std::string_view text) const { return normalize_text(text); }
  // The stem of a normalised word.
  std::string stem(const std::string& normalized_word) const;
  bool is_stopword(const std::string& normalized_word) const;

  const std::string& stemmer_name() const;
  // Sorted, normalised.
  const std::vector<std::string>& stopwords() const;

 private:
  struct Impl;
  explicit TextAnalyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The stemmer names Xapian offers, for error messages.
std::vector<std::string> available_stemmers();

}  // namespace wieweet

#endif  // WIEWEET_TEXT_ANALYSIS_H_
