#include "query_builder.h"

#include <cctype>

#include "schema.h"

namespace wieweet {
namespace {

// Phrases ("..."), AND/OR/NOT in capitals, +must and -mustnot: what searchers type out of habit.
constexpr unsigned kSyntaxFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                  Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;

// Free-text terms from the parsed query, without field prefixes, as snippets need them.
MatchTerms highlight_terms(const Xapian::Query& query) {
  MatchTerms terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    const bool stemmed = !term.empty() && term[0] == 'Z';
    std::size_t start = stemmed ? 1 : 0;
    while (start < term.size() && std::isupper(static_cast<unsigned char>(term[start]))) ++start;
    if (start >= term.size()) continue;
    (stemmed ? terms.stems : terms.words).insert(term.substr(start));
  }
  return terms;
}

}  // namespace

QueryBuilder::QueryBuilder(const TextAnalyzer& analyzer) : analysis_(analyzer) {
  analysis_.configure(parser_);
  // OR, not AND: evidence rarely holds every word of a question, and BM25 already rewards more matches.
  parser_.set_default_op(Xapian::Query::OP_OR);
  parser_.add_prefix("titel", std::string(schema::kTitle));
  parser_.add_prefix("title", std::string(schema::kTitle));
  parser_.add_prefix("tag", std::string(schema::kTags));
}

Result<BuiltQuery> QueryBuilder::build(const std::string& text) {
  const std::string folded = fold_diacritics(text);
  Xapian::Query query;
  try {
    query = parser_.parse_query(folded, kSyntaxFlags);
  } catch (const Xapian::QueryParserError&) {
    // Unbalanced quotes or a stray operator: users mean the words, so search for the words.
    query = parser_.parse_query(folded, 0);
  }
  if (query.empty()) return Status::invalid_argument("the query has no searchable words");
  return BuiltQuery{query, highlight_terms(query)};
}

}  // namespace wieweet
