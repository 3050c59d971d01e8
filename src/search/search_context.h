// What every search operation works with: the open index revision and the ranking settings. The
// operations (expert_search.h, person_page.h, ...) are free functions over it, so each lives in its
// own file while XapianSearcher (searcher.cpp) keeps the one job of refreshing and error handling.
#ifndef WIEWEET_SRC_SEARCH_CONTEXT_H_
#define WIEWEET_SRC_SEARCH_CONTEXT_H_

#include "search/open_index.h"
#include "wieweet/config.h"
#include "wieweet/ranking.h"

namespace wieweet {

struct SearchContext {
  OpenIndex& index;
  const RankingConfig& ranking;
  const Ranker& ranker;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_SEARCH_CONTEXT_H_
