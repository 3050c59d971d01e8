// The smaller read operations behind the search page: completions while typing, related topics, and
// searching the evidence itself. Each is one function over the open index (search_context.h).
#ifndef WIEWEET_SRC_BROWSE_OPERATIONS_H_
#define WIEWEET_SRC_BROWSE_OPERATIONS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "search/search_context.h"
#include "wieweet/browse.h"
#include "wieweet/status.h"

namespace wieweet {

// Topics (most used first) and visible people's names whose words start with what was typed,
// ignoring case and diacritics. Reads the completion terms (suggestion_terms.h): a prefix scan of the
// term list, no query. May throw Xapian::Error.
std::vector<Suggestion> suggest(const SearchContext& context, const std::string& typed, std::size_t limit);

// Topics of the evidence the query retrieves, other than the query's own. Errors: InvalidArgument
// for a query with no searchable word. May throw Xapian::Error.
Result<std::vector<RelatedTopic>> related_topics(const SearchContext& context, const std::string& text,
                                                 std::size_t limit);

// Workshops or documents matching the query, with their visible presenters or authors.
// Errors: InvalidArgument. May throw Xapian::Error.
Result<EvidenceSearchResult> search_evidence(const SearchContext& context, const EvidenceQuery& query);

}  // namespace wieweet

#endif  // WIEWEET_SRC_BROWSE_OPERATIONS_H_
