#include "wieweet/snippets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <vector>

#include "wieweet/privacy.h"
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
                         std::size_t max_chars, const NameRedactor& redactor) {
  const std::vector<WordSpan> words = split_words(text);

  // Normalising and stemming every word of a text was most of a snippet's cost (docs/performance.md),
  // so words that cannot match are skipped unread. A word starting with an ASCII byte normalises to
  // a form starting with that byte in lower case, and stemming keeps a word's first bytes (Snowball's
  // Dutch and English stemmers only change a word's end; R1 starts at the third letter at the
  // earliest): such a word can only match if some query word or stem starts with that byte, and can
  // only stem to a query stem if some stem starts with its first two bytes. A word starting with a
  // non-ASCII byte may fold to anything ("Één" -> "een") and is always normalised.
  std::set<std::string> stem_prefixes;
  std::array<bool, 128> first_bytes{};
  for (const auto& stem : terms.stems) {
    stem_prefixes.insert(stem.substr(0, 2));
    if (!stem.empty() && static_cast<unsigned char>(stem[0]) < 128) first_bytes[static_cast<unsigned char>(stem[0])] = true;
  }
  for (const auto& word : terms.words) {
    if (!word.empty() && static_cast<unsigned char>(word[0]) < 128) first_bytes[static_cast<unsigned char>(word[0])] = true;
  }
  auto may_match = [&](std::string_view word) {
    const auto first = static_cast<unsigned char>(word[0]);
    return first >= 128 || first_bytes[static_cast<unsigned char>(std::tolower(first))];
  };

  // For every word: which query term it matches (its stem or its normalised form), or empty.
  std::vector<std::string> match(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!may_match(words[i].word)) continue;
    const std::string normalized = analyzer.normalize(words[i].word);
    if (terms.words.count(normalized) != 0) {
      match[i] = normalized;
      continue;
    }
    if (stem_prefixes.count(normalized.substr(0, 2)) == 0 || analyzer.is_stopword(normalized)) continue;
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
    const std::size_t end = window_end(first);
    for (std::size_t j = first; j < end; ++j) {
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
  // Only the window is shown, so only the window is redacted: a run of words that belong to a hidden
  // person's name (also one reaching in from outside the window) becomes one placeholder.
  const std::vector<bool> hidden = redactor.hidden_words(words, best_first, end_word);
  const std::size_t begin_byte = best_first == 0 ? 0 : words[best_first].offset;
  if (begin_byte > 0) out += "… ";
  std::size_t cursor = begin_byte;
  for (std::size_t i = best_first; i < end_word; ++i) {
    const bool in_name = hidden[i - best_first];
    const bool name_continues = in_name && i > best_first && hidden[i - best_first - 1];
    if (!name_continues) append_text(&out, text.substr(cursor, words[i].offset - cursor));
    if (in_name) {
      if (!name_continues) out += kRedactedName;
    } else {
      if (!match[i].empty()) out += "<mark>";
      append_text(&out, words[i].word);
      if (!match[i].empty()) out += "</mark>";
    }
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
