#include "wieweet/snippets.h"

#include <algorithm>
#include <set>
#include <vector>

#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

// Words of context kept before the first match, so a snippet does not start on the matched word.
constexpr std::size_t kLeadingContextWords = 4;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Appends `text` escaped, with runs of white space folded to one space (bodies often carry newlines).
void append_text(std::string* out, std::string_view text) {
  bool in_space = false;
  for (char c : text) {
    if (is_space(c)) {
      if (!in_space) *out += ' ';
      in_space = true;
      continue;
    }
    in_space = false;
    *out += html_escape(std::string_view(&c, 1));
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string make_snippet(std::string_view text, const MatchTerms& terms, const TextAnalyzer& analyzer,
                         std::size_t max_chars) {
  const std::vector<WordSpan> words = split_words(text);

  // Stemming every word of a text is most of a snippet's cost. Snowball's Dutch stemmer only changes
  // a word's end (its R1 region starts at the third letter at the earliest), so a word can only stem
  // to a query stem if it starts with the same two bytes: stem only those.
  std::set<std::string> prefixes;
  for (const auto& stem : terms.stems) prefixes.insert(stem.substr(0, 2));

  // For every word: which query term it matches (its stem or its normalised form), or empty.
  std::vector<std::string> match(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string normalized = analyzer.normalize(words[i].word);
    if (terms.words.count(normalized) != 0) {
      match[i] = normalized;
      continue;
    }
    if (prefixes.count(normalized.substr(0, 2)) == 0 || analyzer.is_stopword(normalized)) continue;
    std::string stem = analyzer.stem(normalized);
    if (terms.stems.count(stem) != 0) match[i] = std::move(stem);
  }

  // Pick the window with the most distinct matched terms; candidates start a little before a match.
  auto window_end = [&](std::size_t first) {
    std::size_t last = first;
    while (last < words.size() && words[last].offset + words[last].word.size() - words[first].offset <= max_chars) ++last;
    return std::max(last, first + 1);  // always at least one word, however long
  };
  auto distinct_matches = [&](std::size_t first) {
    std::vector<std::string_view> distinct;
    for (std::size_t j = first; j < window_end(first); ++j) {
      if (!match[j].empty() && std::find(distinct.begin(), distinct.end(), match[j]) == distinct.end()) {
        distinct.push_back(match[j]);
      }
    }
    return distinct.size();
  };
  // The start of the text wins ties: a snippet that begins where the text begins reads best.
  std::size_t best_first = 0;
  std::size_t best_count = words.empty() ? 0 : distinct_matches(0);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (match[i].empty()) continue;
    const std::size_t first = i >= kLeadingContextWords ? i - kLeadingContextWords : 0;
    if (const std::size_t count = distinct_matches(first); count > best_count) {
      best_count = count;
      best_first = first;
    }
  }

  std::string out;
  if (words.empty()) {
    // No word to cut at: cut at a character, never inside one (the result must stay valid UTF-8).
    const std::string_view start = utf8_prefix(text, max_chars);
    append_text(&out, start);
    if (start.size() < text.size()) out += " …";
    return out;
  }
  const std::size_t end_word = window_end(best_first);
  const std::size_t begin_byte = best_first == 0 ? 0 : words[best_first].offset;
  if (begin_byte > 0) out += "… ";
  std::size_t cursor = begin_byte;
  for (std::size_t i = best_first; i < end_word; ++i) {
    append_text(&out, text.substr(cursor, words[i].offset - cursor));
    if (!match[i].empty()) out += "<mark>";
    append_text(&out, words[i].word);
    if (!match[i].empty()) out += "</mark>";
    cursor = words[i].offset + words[i].word.size();
  }
  if (end_word == words.size()) {
    append_text(&out, text.substr(cursor));  // trailing punctuation
  } else {
    out += " …";
  }
  // Leading white space of the text is noise in a snippet.
  const auto first = out.find_first_not_of(' ');
  return first == std::string::npos ? std::string() : out.substr(first);
}

}  // namespace wieweet
