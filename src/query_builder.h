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

#include <xapian.h>

#include "synonyms.h"
#include "wieweet/config.h"
#include "wieweet/search.h"
#include "wieweet/snippets.h"
#include "wieweet/status.h"
#include "wieweet/text_analysis.h"
#include "xapian_analysis.h"

namespace wieweet {

struct BuiltQuery {
  Xapian::Query query;
  MatchTerms highlight;
  std::optional<std::string> corrected;  // the query as searched, when spelling correction changed it
  // When the search must have retrieved its evidence (QueryFeatures::deadline from build()); max(): none.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct QueryFeatures {
  bool strip_question_words = true;
  bool decompound = true;           // split the query's compounds over the index's vocabulary
  bool spelling_correction = false;  // only when the index has spelling data
  std::shared_ptr<const SynonymTable> synonyms;  // may be null: no expansion
  // Whether a corrected query may be shown; a correction must never spell out a hidden name.
  std::function<bool(const std::string&)> may_show_correction;
  std::size_t max_words = 0;               // more searchable words are refused; 0: no limit
  std::chrono::milliseconds deadline{0};  // time a search may take from build() on; 0: no limit
};

// Not thread-safe; one per Searcher.
class QueryBuilder {
 public:
  // Keeps references to `analyzer` and `db`, which must outlive the builder.
  QueryBuilder(const TextAnalyzer& analyzer, const Xapian::Database& db, QueryFeatures features);

  // Errors: InvalidArgument when the text has no searchable word at all, or more than max_words.
  Result<BuiltQuery> build(const std::string& text);

 private:
  Xapian::Query parse(const std::string& folded, unsigned extra_flags);
  // The query's words, normalised, without stopwords and question words.
  std::vector<std::string> content_words(const std::string& folded) const;
  std::optional<Xapian::Query> compound_parts(const std::vector<std::string>& words) const;
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
  Xapian::QueryParser parser_;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_QUERY_BUILDER_H_
