// Synonyms and abbreviations from an editable file (config/synonyms-nl.txt; format in its header and
// docs/configuration.md): "a, b, c" makes a group whose members find each other; "a => b, c" lets a
// query for a also search b and c. Used at query time only, so editing the list needs a restart of
// the server, never a rebuild.
#ifndef WIEWEET_SRC_SYNONYMS_H_
#define WIEWEET_SRC_SYNONYMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
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

  // What to search besides the query: the expansions of every run of the query's words (normalised,
  // stopwords left out, as entries are stored) that is an entry, longest runs first, as written in
  // the file and without repeats.
  std::vector<std::string> expansions(const std::vector<std::string>& normalized_words) const;

  std::size_t size() const { return by_key_.size(); }
  // Whether a normalised word or phrase is an entry (so it is no misspelling, whatever the index says).
  bool has_entry(const std::string& normalized) const { return by_key_.count(normalized) != 0; }

 private:
  // normalised entry -> what it expands to, as written
  std::unordered_map<std::string, std::vector<std::string>> by_key_;
  std::size_t longest_entry_words_ = 1;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_SYNONYMS_H_
