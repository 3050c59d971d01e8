#include "wieweet/privacy.h"

#include "wieweet/text_analysis.h"

namespace wieweet {

bool may_be_shown(const Person& person) { return person.visibility != Visibility::kHidden; }

Person redact_for_index(Person person) {
  // What the index never holds, no response can leak: contact details of non-public people are
  // dropped here, before storage, rather than filtered at every place that renders a person.
  if (person.visibility != Visibility::kPublic) {
    person.email.clear();
    person.phone.clear();
  }
  return person;
}

NameRedactor::NameRedactor(const std::map<std::string, std::string>& hidden, const TextAnalyzer& analyzer)
    : analyzer_(&analyzer) {
  for (const auto& [id, name] : hidden) {
    std::vector<std::string> words;
    for (const auto& span : split_words(name)) words.push_back(analyzer.normalize(span.word));
    if (words.size() < 2) continue;
    by_first_word_[words[0]].push_back(names_.size());
    names_.push_back(std::move(words));
  }
}

std::string NameRedactor::redact(std::string_view text, std::string_view replacement) const {
  if (names_.empty()) return std::string(text);
  const std::vector<WordSpan> words = split_words(text);
  std::vector<std::string> normalized;
  normalized.reserve(words.size());
  for (const auto& span : words) normalized.push_back(analyzer_->normalize(span.word));

  std::string out;
  std::size_t copied = 0;  // bytes of `text` already handled
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    const auto candidates = by_first_word_.find(normalized[i]);
    if (candidates == by_first_word_.end()) {
      ++i;
      continue;
    }
    for (std::size_t index : candidates->second) {
      const auto& name = names_[index];
      if (i + name.size() > words.size()) continue;
      bool equal = true;
      for (std::size_t k = 0; k < name.size() && equal; ++k) equal = normalized[i + k] == name[k];
      if (equal && name.size() > matched) matched = name.size();  // the longest name wins
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    const WordSpan& last = words[i + matched - 1];
    out.append(text.substr(copied, words[i].offset - copied));
    out.append(replacement);
    copied = last.offset + last.word.size();
    i += matched;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace wieweet
