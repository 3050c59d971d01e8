#include "wieweet/privacy.h"

#include <algorithm>

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
    std::vector<std::string> words = normalize_words(split_words(name));
    if (words.empty()) continue;
    by_first_word_[words[0]].push_back(names_.size());
    longest_name_ = std::max(longest_name_, words.size());
    names_.push_back(std::move(words));
  }
}

std::vector<std::string> NameRedactor::normalize_words(std::span<const WordSpan> words) const {
  std::vector<std::string> normalized;
  normalized.reserve(words.size());
  for (const auto& span : words) normalized.push_back(analyzer_->normalize(span.word));
  return normalized;
}

std::size_t NameRedactor::match_at(const std::vector<std::string>& normalized, std::size_t i) const {
  const auto candidates = by_first_word_.find(normalized[i]);
  if (candidates == by_first_word_.end()) return 0;
  std::size_t matched = 0;
  for (std::size_t index : candidates->second) {
    const auto& name = names_[index];
    if (i + name.size() > normalized.size() || name.size() <= matched) continue;
    bool equal = true;
    for (std::size_t k = 1; k < name.size() && equal; ++k) equal = normalized[i + k] == name[k];
    if (equal) matched = name.size();  // the longest name wins
  }
  return matched;
}

std::string NameRedactor::redact(std::string_view text, std::string_view replacement) const {
  if (names_.empty()) return std::string(text);
  const std::vector<WordSpan> words = split_words(text);
  const std::vector<std::string> normalized = normalize_words(words);
  std::string out;
  std::size_t copied = 0;  // bytes of `text` already handled
  for (std::size_t i = 0; i < words.size();) {
    const std::size_t matched = match_at(normalized, i);
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

std::vector<bool> NameRedactor::hidden_words(const std::vector<WordSpan>& words, std::size_t first,
                                             std::size_t last) const {
  last = std::min(last, words.size());
  std::vector<bool> hidden(last > first ? last - first : 0, false);
  if (names_.empty() || hidden.empty()) return hidden;
  // A name overlapping the range starts at most longest_name_ - 1 words before it and ends at most
  // that many after it.
  const std::size_t reach = longest_name_ - 1;
  const std::size_t from = first > reach ? first - reach : 0;
  const std::size_t to = std::min(words.size(), last + reach);
  const std::vector<std::string> normalized = normalize_words(std::span(words).subspan(from, to - from));
  for (std::size_t i = 0; i < normalized.size() && from + i < last; ++i) {
    const std::size_t matched = match_at(normalized, i);
    for (std::size_t k = from + i; k < from + i + matched; ++k) {
      if (k >= first && k < last) hidden[k - first] = true;
    }
  }
  return hidden;
}

bool NameRedactor::names_hidden_person(std::string_view text) const {
  if (names_.empty()) return false;
  const std::vector<std::string> normalized = normalize_words(split_words(text));
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    if (match_at(normalized, i) != 0) return true;
  }
  return false;
}

Person NameRedactor::redact_person(Person person) const {
  if (names_.empty()) return person;
  auto redact_all = [this](std::vector<std::string>& texts) {
    for (auto& text : texts) text = redact(text);
  };
  person.school = redact(person.school);
  person.location = redact(person.location);
  person.department = redact(person.department);
  person.bio = redact(person.bio);
  redact_all(person.roles);
  redact_all(person.expertise);
  redact_all(person.languages);
  redact_all(person.available_for);
  return person;
}

}  // namespace wieweet
