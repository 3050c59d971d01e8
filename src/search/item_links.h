// Every evidence item's links to people, by person number (PersonDirectory), read once per index
// revision from the links value slot. Ranking used to re-read the slot and parse the links of each of
// up to 2,000 retrieved items on every query, and to hash person ids while summing: a quarter of an
// expert search (docs/performance.md). Here that is done once; a query looks links up by docid.
#ifndef WIEWEET_SRC_ITEM_LINKS_H_
#define WIEWEET_SRC_ITEM_LINKS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <xapian.h>

#include "wieweet/ranking.h"

namespace wieweet {

class PersonDirectory;

class ItemLinks {
 public:
  // Reads every item's links; links to people not in `people` (hidden, deleted, unknown) are left
  // out, as they lead nowhere. Memory: 8 bytes a link and 6 a docid (by arithmetic: 47,900 items with
  // ~3 links each would take ~1.5 MB). May throw Xapian::Error.
  static ItemLinks load(const Xapian::Database& db, const PersonDirectory& people);

  // The item's links to visible people, as stored (a person may be linked twice, e.g. author and
  // mentioned: append_strongest_links() keeps the stronger). Empty for an unknown docid.
  std::span<const NumberedLink> of(Xapian::docid docid) const;

  // How many distinct people the item is linked to, including those left out above: what a link is
  // shared among (ranking.link_share).
  std::size_t people_on(Xapian::docid docid) const;

  // Items the person is linked to by a strong link (owner, presenter, author), each item once: the
  // amount of their evidence, for the person prior (ranking.prior_weight).
  std::size_t evidence_items(std::uint32_t person) const {
    return person < evidence_items_.size() ? evidence_items_[person] : 0;
  }

 private:
  std::vector<std::uint32_t> first_;      // by docid: where its links start in links_; one more at the end
  std::vector<std::uint16_t> people_on_;  // by docid
  std::vector<NumberedLink> links_;
  std::vector<std::uint32_t> evidence_items_;  // by person number
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_ITEM_LINKS_H_
