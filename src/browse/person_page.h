// GET /api/v1/people/{id}: a visible person's public profile, their topics (self-declared,
// evidenced, or both), their evidence grouped by how they are linked to it, and similar colleagues.
#ifndef WIEWEET_SRC_PERSON_PAGE_H_
#define WIEWEET_SRC_PERSON_PAGE_H_

#include <string>

#include "search/search_context.h"
#include "wieweet/browse.h"
#include "wieweet/status.h"

namespace wieweet {

// Errors: NotFound for an unknown or hidden person. May throw Xapian::Error.
Result<PersonPage> person_page(const SearchContext& context, const std::string& person_id);

}  // namespace wieweet

#endif  // WIEWEET_SRC_PERSON_PAGE_H_
