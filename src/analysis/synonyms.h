// Synonyms and abbreviations from an editable file (config/synonyms-nl.txt; format in its header and
// docs/configuration.md): "a, b, c" makes a group whose members find each other; "a => b, c" lets a
// query for a also search b and c. Used at query time only, so editing the list needs a restart of
// the server, never a rebuild.
#ifndef WIEWEET_SRC_SYNONYMS_H_
#define WIEWEET_SRC_SYNONYMS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wieweet/status.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

// Immutable after loading; thread-safe.
class SynonymTable {
 public:
  // `file` "" means the built-in list, "none" an empty table. Errors: IoError, or InvalidArgument
  // with file:line for a malformed line.
  static Result<SynonymTable> load(const std::string& file, const TextAnalyzer& analyzer);
  static Result<SynonymTable> parse(std::string_view text, const std::string& name, const TextAnalyzer& analyzer);

  // The same rules keyed as queries on an index with `analyzer` are read: normalised by it, without
  // its stopwords (an English index keeps "van", so "raad van toezicht" must keep it too). Entries
  // that are only stopwords of that index are left out: no query can reach them.
  SynonymTable for_index(const TextAnalyzer& analyzer) const;

  // What to search besides the query: the expansions of every run of the query's words (normalised,
  // the index's stopwords left out, as entries are stored) that is an entry, longest runs first, as
  // written in the file and without repeats. A run made only of words for which `skipped` holds
  // (question words: "hulp" alone asks for help, it is no topic) expands nothing, but such words
  // still count inside a longer entry ("eerste hulp", "juridisch advies").
  std::vector<std::string> expansions(const std::vector<std::string>& normalized_words,
                                      const std::function<bool(const std::string&)>& skipped = {}) const;

  std::size_t size() const { return by_key_.size(); }
  // Whether a normalised word or phrase is an entry (so it is no misspelling, whatever the index says).
  bool has_entry(const std::string& normalized) const { return by_key_.count(normalized) != 0; }
  // Whether a normalised word is an entry or a word of one ("advice" of "legal advice"): the
  // thesaurus knows it, so it is no misspelling either.
  bool has_entry_word(const std::string& normalized) const { return entry_words_.count(normalized) != 0; }

 private:
  struct Rule {
    std::vector<std::string> from, to;  // entries as written
  };
  void add_keys(const Rule& rule, const TextAnalyzer& analyzer);

  std::vector<Rule> rules_;  // as parsed, so the table can be keyed again for another index
  // normalised entry -> what it expands to, as written
  std::unordered_map<std::string, std::vector<std::string>> by_key_;
  std::unordered_set<std::string> entry_words_;  // every word of every key
  std::size_t longest_entry_words_ = 1;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_SYNONYMS_H_
