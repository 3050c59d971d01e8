// Snippets: a short window of an evidence text around the query's words, HTML-escaped, with the
// matching words wrapped in <mark>. The only HTML in any response is that <mark>.
#ifndef WIEWEET_SNIPPETS_H_
#define WIEWEET_SNIPPETS_H_

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace wieweet {

class NameRedactor;
class TextAnalyzer;

// Escapes & < > " ' for HTML text and attributes. Pure; thread-safe.
std::string html_escape(std::string_view text);

// Which words of a text count as matches: a word matches when its normalised form, or its stem, is
// one of the query's.
struct MatchTerms {
  std::set<std::string> words;  // normalised, unstemmed
  std::set<std::string> stems;
  bool empty() const { return words.empty() && stems.empty(); }
};

// Builds a snippet of about `max_chars` characters from `text`, choosing the window with the most
// distinct matches (the start of the text when nothing matches), with the names of hidden people
// blanked out of the window (NameRedactor::hidden_words): `text` is stored text, not yet redacted.
// Uses `analyzer` to normalise and stem exactly as the index does; inherits its thread-safety (none).
std::string make_snippet(std::string_view text, const MatchTerms& terms, const TextAnalyzer& analyzer,
                         std::size_t max_chars, const NameRedactor& redactor);

}  // namespace wieweet

#endif  // WIEWEET_SNIPPETS_H_
