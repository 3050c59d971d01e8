// GET /api/v1/match: hosts for one shadowing request. The request's own verbs and fillers are left
// out (meeloop.h), and what remains is searched in the profiles only (roles, expertise, bio: who a
// colleague *is*), among people available for "meelopen" at other schools.
#ifndef WIEWEET_SRC_MEELOOP_SEARCH_H_
#define WIEWEET_SRC_MEELOOP_SEARCH_H_

#include "search/search_context.h"
#include "wieweet/meeloop.h"
#include "wieweet/search.h"
#include "wieweet/status.h"

namespace wieweet {

// Errors: InvalidArgument when nothing but request words remains. May throw Xapian::Error.
Result<SearchResult> match_hosts(const SearchContext& context, const MatchQuery& query);

}  // namespace wieweet

#endif  // WIEWEET_SRC_MEELOOP_SEARCH_H_
