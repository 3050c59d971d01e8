#include "analysis/synonyms.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace wieweet {

namespace assets {
extern const std::string_view kDefaultSynonyms;  // config/synonyms-nl.txt, embedded at build time
}  // namespace assets

namespace {

// An entry as queries meet it: normalised, without stopwords (queries lose theirs before the
// lookup, so "raad van toezicht" must be found as "raad toezicht").
std::string entry_key(const TextAnalyzer& analyzer, const std::string& entry) {
  std::string key;
  for (const auto& span : split_words(entry)) {
    std::string word = analyzer.normalize(span.word);
    if (analyzer.is_stopword(word)) continue;
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

std::vector<std::string> entries(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = list.find(',', start);
    const auto end = comma == std::string_view::npos ? list.size() : comma;
    out.push_back(trim_blanks(list.substr(start, end - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

Result<SynonymTable> SynonymTable::load(const std::string& file, const TextAnalyzer& analyzer) {
  if (file == "none") return SynonymTable();
  if (file.empty()) return parse(assets::kDefaultSynonyms, "config/synonyms-nl.txt (built in)", analyzer);
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::io_error("cannot read synonyms file " + file);
  std::ostringstream content;
  content << in.rdbuf();
  return parse(content.str(), file, analyzer);
}

Result<SynonymTable> SynonymTable::parse(std::string_view text, const std::string& name, const TextAnalyzer& analyzer) {
  SynonymTable table;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto newline = text.find('\n', start);
    std::string_view line = text.substr(start, newline == std::string_view::npos ? text.size() - start : newline - start);
    start = newline == std::string_view::npos ? text.size() : newline + 1;
    ++line_number;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (trim_blanks(line).empty()) continue;
    const std::string where = name + ":" + std::to_string(line_number) + ": ";
    if (!is_valid_utf8(line)) return Status::invalid_argument(where + "not valid UTF-8");

    std::vector<std::string> from, to;
    if (const auto arrow = line.find("=>"); arrow != std::string_view::npos) {
      from = entries(line.substr(0, arrow));
      to = entries(line.substr(arrow + 2));
    } else {
      from = entries(line);
      to = from;
      if (from.size() < 2) return Status::invalid_argument(where + "a group needs two or more entries, separated by commas");
    }
    for (const auto* list : {&from, &to}) {
      for (const auto& entry : *list) {
        if (analyzer.normalize_phrase(entry).empty()) {
          return Status::invalid_argument(where + "an empty entry (two commas, or a comma at an end)");
        }
        if (entry_key(analyzer, entry).empty()) {
          return Status::invalid_argument(where + "\"" + entry + "\" is only stopwords: no query can ever match it");
        }
      }
    }
    table.rules_.push_back(Rule{std::move(from), std::move(to)});
    table.add_keys(table.rules_.back(), analyzer);
  }
  return table;
}

void SynonymTable::add_keys(const Rule& rule, const TextAnalyzer& analyzer) {
  for (const auto& entry : rule.from) {
    const std::string key = entry_key(analyzer, entry);
    if (key.empty()) continue;  // only stopwords of this index (parse() refuses them for the default list)
    for (const auto& span : split_words(key)) entry_words_.emplace(span.word);
    auto& expansions = by_key_[key];
    for (const auto& target : rule.to) {
      if (entry_key(analyzer, target) == key) continue;
      if (std::find(expansions.begin(), expansions.end(), target) == expansions.end()) expansions.push_back(target);
    }
    longest_entry_words_ = std::max<std::size_t>(longest_entry_words_, std::count(key.begin(), key.end(), ' ') + 1);
  }
}

SynonymTable SynonymTable::for_index(const TextAnalyzer& analyzer) const {
  SynonymTable table;
  table.rules_ = rules_;
  for (const auto& rule : table.rules_) table.add_keys(rule, analyzer);
  return table;
}

std::vector<std::string> SynonymTable::expansions(const std::vector<std::string>& words,
                                                  const std::function<bool(const std::string&)>& skipped) const {
  std::vector<std::string> found;
  for (std::size_t length = std::min(longest_entry_words_, words.size()); length >= 1; --length) {
    for (std::size_t start = 0; start + length <= words.size(); ++start) {
      if (skipped && std::all_of(words.begin() + static_cast<std::ptrdiff_t>(start),
                                 words.begin() + static_cast<std::ptrdiff_t>(start + length), skipped)) {
        continue;
      }
      std::string key = words[start];
      for (std::size_t i = start + 1; i < start + length; ++i) key += ' ' + words[i];
      auto it = by_key_.find(key);
      if (it == by_key_.end()) continue;
      for (const auto& expansion : it->second) {
        if (std::find(found.begin(), found.end(), expansion) == found.end()) found.push_back(expansion);
      }
    }
  }
  return found;
}

}  // namespace wieweet
