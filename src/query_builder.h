// Turns what the user typed into a Xapian query over the evidence, analysed exactly as the evidence
// was (xapian_analysis.h), plus the terms snippets should highlight.
#ifndef WIEWEET_SRC_QUERY_BUILDER_H_
#define WIEWEET_SRC_QUERY_BUILDER_H_

#include <string>

#include <xapian.h>

#include "wieweet/search.h"
#include "wieweet/snippets.h"
#include "wieweet/status.h"
#include "wieweet/text_analysis.h"
#include "xapian_analysis.h"

namespace wieweet {

struct BuiltQuery {
  Xapian::Query query;
  MatchTerms highlight;
};

// Not thread-safe; one per Searcher.
class QueryBuilder {
 public:
  // Keeps a reference to `analyzer`, which must outlive the builder.
  explicit QueryBuilder(const TextAnalyzer& analyzer);

  // Errors: InvalidArgument when the text has no searchable word at all.
  Result<BuiltQuery> build(const std::string& text);

 private:
  XapianAnalysis analysis_;
  Xapian::QueryParser parser_;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_QUERY_BUILDER_H_
