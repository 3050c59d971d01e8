// Topics of a set of evidence items: what a person's page lists as their topics and what
// /api/v1/related offers for a query. Topics are the tags and self-declared expertise phrases the
// items carry (completion terms, suggestion_terms.h), weighted by how many of the items carry them
// and how rare they are in the whole index; when the items have too few tags, the best single words
// of Xapian's expand set (ESet) over the items fill up the list.
#ifndef WIEWEET_SRC_TOPIC_TERMS_H_
#define WIEWEET_SRC_TOPIC_TERMS_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/search_context.h"

namespace wieweet {

struct WeightedTopic {
  std::string topic;  // as written (a tag), or a normalised word (from the ESet)
  std::string key;    // normalised phrase, for comparing
  double weight = 0.0;
};

struct TopicSelection {
  std::size_t limit = 10;
  // A tag carried by fewer of the items is left out: one stray tag among fifty results is noise.
  std::size_t min_support = 1;
  std::set<std::string> excluded_keys;   // normalised phrases never to return (the query itself)
  std::set<std::string> excluded_words;  // topics made only of these are left out
  // Where plain words come from when tags do not fill the limit. 0: Xapian's expand set over the
  // items, which weighs every word of every item (a frequency look-up each). N > 0: only words carried
  // by at least N of the items (all of them when there are fewer), counted in the pass that reads the
  // tags and weighed the same way (relevance weight times a BM25-like wdf share): several times cheaper
  // for a person's 50-200 items, and a word in one item of many is no topic of theirs anyway.
  std::size_t word_min_support = 0;
};

// Best first, at most selection.limit. May throw Xapian::Error.
std::vector<WeightedTopic> topics_of(const SearchContext& context, const std::vector<Xapian::docid>& items,
                                     const TopicSelection& selection);

}  // namespace wieweet

#endif  // WIEWEET_SRC_TOPIC_TERMS_H_
