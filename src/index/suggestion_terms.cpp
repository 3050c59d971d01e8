#include "index/suggestion_terms.h"

#include "index/schema.h"

namespace wieweet::suggestion_terms {
namespace {

constexpr char kSeparator = '\x1f';
// Xapian refuses terms over 245 bytes; a topic or name that long is not something anyone types.
constexpr std::size_t kMaxTermBytes = 240;
// Keys start at the first few words only: nobody completes a phrase from its seventh word.
constexpr std::size_t kMaxKeyStarts = 6;

std::vector<std::string> terms_for(const TextAnalyzer& analyzer, std::string_view prefix, std::string_view display,
                                   std::string_view suffix) {
  std::vector<std::string> terms;
  const std::vector<WordSpan> words = split_words(display);
  for (std::size_t start = 0; start < words.size() && start < kMaxKeyStarts; ++start) {
    std::string term(prefix);
    for (std::size_t i = start; i < words.size(); ++i) {
      if (i > start) term += ' ';
      term += analyzer.normalize(words[i].word);
    }
    term.append(1, kSeparator).append(display);
    if (!suffix.empty()) term.append(1, kSeparator).append(suffix);
    if (term.size() <= kMaxTermBytes) terms.push_back(std::move(term));
  }
  return terms;
}

std::string scan_prefix(const TextAnalyzer& analyzer, std::string_view prefix, std::string_view typed) {
  std::string key = analyzer.normalize_phrase(typed);
  if (key.empty()) return {};
  const bool ends_a_word = !typed.empty() && (typed.back() == ' ' || typed.back() == '\t');
  if (ends_a_word) key += ' ';
  return std::string(prefix) + key;
}

}  // namespace

std::vector<std::string> for_topic(const TextAnalyzer& analyzer, std::string_view topic) {
  return terms_for(analyzer, schema::kSuggestTopic, topic, {});
}

std::vector<std::string> for_name(const TextAnalyzer& analyzer, std::string_view name, std::string_view person_id) {
  return terms_for(analyzer, schema::kSuggestName, name, person_id);
}

std::string topic_scan_prefix(const TextAnalyzer& analyzer, std::string_view typed) {
  return scan_prefix(analyzer, schema::kSuggestTopic, typed);
}

std::string name_scan_prefix(const TextAnalyzer& analyzer, std::string_view typed) {
  return scan_prefix(analyzer, schema::kSuggestName, typed);
}

std::optional<Decoded> decode(std::string_view term) {
  const std::size_t first = term.find(kSeparator);
  if (first == std::string_view::npos) return std::nullopt;
  std::string_view rest = term.substr(first + 1);
  const std::size_t second = rest.find(kSeparator);
  if (second == std::string_view::npos) return Decoded{std::string(rest), {}};
  return Decoded{std::string(rest.substr(0, second)), std::string(rest.substr(second + 1))};
}

}  // namespace wieweet::suggestion_terms
