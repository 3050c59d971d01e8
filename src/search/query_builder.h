// Turns what the user typed into a Xapian query over the evidence, analysed exactly as the evidence
// was (xapian_analysis.h), plus the terms snippets should highlight. The Dutch query features live
// here: question words left out, compounds also searched by their parts, synonyms and abbreviations
// added, misspellings corrected. Each can be switched off (QueryConfig) to measure what it earns.
#ifndef WIEWEET_SRC_QUERY_BUILDER_H_
#define WIEWEET_SRC_QUERY_BUILDER_H_

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "analysis/synonyms.h"
#include "wieweet/config.h"
#include "wieweet/search.h"
#include "wieweet/snippets.h"
#include "wieweet/status.h"
#include "wieweet/privacy.h"
#include "wieweet/text_analysis.h"
#include "analysis/xapian_analysis.h"

namespace wieweet {

struct BuiltQuery {
  Xapian::Query query;
  MatchTerms highlight;
  std::optional<std::string> corrected;  // the query as searched, when spelling correction changed it
  std::size_t content_words = 0;  // the typed words that are no stopword or question word
  // When the search must have retrieved its evidence (QueryFeatures::deadline from build()); max(): none.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct QueryFeatures {
  bool strip_question_words = true;
  // The question words to strip (normalised here); empty means the built-in Dutch and English list.
  std::vector<std::string> question_words;
  bool decompound = true;           // split the query's compounds over the index's vocabulary
  bool spelling_correction = false;  // only when the index has spelling data
  std::shared_ptr<const SynonymTable> synonyms;  // may be null: no expansion
  // The names of hidden people in the revision being searched (privacy.h), or null: they are taken
  // out of what is searched, and a correction that spells one out is not made.
  std::function<const NameRedactor*()> hidden_names;
  // What each expansion counts next to the typed words (QueryConfig).
  double synonym_weight = 1.0;
  double compound_parts_weight = 0.5;
  double part_of_compound_weight = 0.3;
  bool synonyms_as_one_term = true;  // a one-word query and its expansions as one term (QueryConfig)
  double compound_any_part_weight = 0.2;  // any one part of a compound found no other way (QueryConfig)
  // Expansions count found_expansion_scale of their weight when every content word is in at least
  // found_min_items items (QueryConfig).
  double found_expansion_scale = 0.5;
  std::size_t found_min_items = 50;
  std::size_t max_words = 0;               // more searchable words are refused; 0: no limit
  std::chrono::milliseconds deadline{0};  // time a search may take from build() on; 0: no limit
};

// Question words from `file` (one per line, '#' comments); "" means the built-in list. Errors:
// IoError for an unreadable file.
Result<std::vector<std::string>> load_question_words(const std::string& file);

// Not thread-safe; one per Searcher.
class QueryBuilder {
 public:
  // Keeps references to `analyzer` and `db`, which must outlive the builder.
  QueryBuilder(const TextAnalyzer& analyzer, const Xapian::Database& db, QueryFeatures features);

  // Errors: InvalidArgument when the text has no searchable word at all, or more than max_words.
  // `correct_spelling` false leaves misspellings as typed for this one query.
  Result<BuiltQuery> build(const std::string& text, bool correct_spelling = true);

 private:
  // `expansion`: a thesaurus text, read without stripping question words.
  Xapian::Query parse(const std::string& folded, unsigned extra_flags, bool expansion = false);
  // The query's words, normalised, without stopwords and (unless `keep_question_words`) question words.
  std::vector<std::string> content_words(const std::string& folded, bool keep_question_words = false) const;
  bool is_question_word(const std::string& word) const { return question_words_.count(word) != 0; }
  // The AND of each query compound's parts (`any_part` false), or the OR (true) of the parts of each
  // compound that the index does not know as written and whose parts together match nothing.
  std::optional<Xapian::Query> compound_parts(const std::vector<std::string>& words, bool any_part = false) const;
  // Whether every word is in at least found_min_items items, as written or as a stem.
  bool found_enough(const std::vector<std::string>& words) const;
  bool matches_anything(const Xapian::Query& query) const;
  std::optional<Xapian::Query> synonym_expansions(const std::vector<std::string>& words);
  bool is_indexed_word(const std::string& word) const;
  // The query's words as parts of the index's compounds (XC terms).
  std::optional<Xapian::Query> inside_compounds(const std::vector<std::string>& words) const;
  // The query with each word the index does not know replaced by its nearest known spelling.
  std::optional<std::string> spelling_correction(const std::string& folded) const;

  const TextAnalyzer& analyzer_;
  const Xapian::Database& db_;
  QueryFeatures features_;
  XapianAnalysis analysis_;
  Xapian::SimpleStopper query_stopper_;  // the index's stopwords, plus question words when stripped
  std::unordered_set<std::string> question_words_;  // normalised; empty when they are not stripped
  Xapian::SimpleStopper index_stopper_;  // the index's stopwords only
  Xapian::QueryParser parser_;
  Xapian::QueryParser expansion_parser_;  // parser_ with index_stopper_
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_QUERY_BUILDER_H_
