#include "search/item_links.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "index/schema.h"
#include "index/stored_evidence.h"
#include "search/open_index.h"

namespace wieweet {

ItemLinks ItemLinks::load(const Xapian::Database& db, const PersonDirectory& people) {
  ItemLinks table;
  const Xapian::docid last = db.get_lastdocid();
  table.first_.assign(static_cast<std::size_t>(last) + 2, 0);
  table.people_on_.assign(static_cast<std::size_t>(last) + 1, 0);
  table.evidence_items_.assign(people.size(), 0);
  std::vector<std::string_view> distinct;   // the person ids of one item
  std::vector<std::uint32_t> strong;        // the people one item counts as evidence for
  Xapian::docid next = 0;                   // first_ is filled up to here
  for (auto it = db.valuestream_begin(schema::kSlotLinks); it != db.valuestream_end(schema::kSlotLinks); ++it) {
    const Xapian::docid docid = it.get_docid();
    const auto start = static_cast<std::uint32_t>(table.links_.size());
    while (next <= docid) table.first_[next++] = start;
    const std::string encoded = *it;
    const std::vector<EvidenceLink> links = decode_links(encoded);
    distinct.clear();
    strong.clear();
    for (const auto& link : links) {
      if (std::find(distinct.begin(), distinct.end(), link.person_id) == distinct.end()) {
        distinct.push_back(link.person_id);
      }
      const auto person = people.number_of(link.person_id);
      if (!person) continue;
      table.links_.push_back({*person, link.kind});
      const bool is_strong =
          link.kind == LinkKind::kOwner || link.kind == LinkKind::kPresenter || link.kind == LinkKind::kAuthor;
      if (is_strong && std::find(strong.begin(), strong.end(), *person) == strong.end()) strong.push_back(*person);
    }
    table.people_on_[docid] = static_cast<std::uint16_t>(
        std::min<std::size_t>(distinct.size(), std::numeric_limits<std::uint16_t>::max()));
    for (std::uint32_t person : strong) ++table.evidence_items_[person];
  }
  const auto end = static_cast<std::uint32_t>(table.links_.size());
  while (next < table.first_.size()) table.first_[next++] = end;
  return table;
}

std::span<const NumberedLink> ItemLinks::of(Xapian::docid docid) const {
  if (docid + std::size_t{1} >= first_.size()) return {};
  return std::span<const NumberedLink>(links_).subspan(first_[docid], first_[docid + 1] - first_[docid]);
}

std::size_t ItemLinks::people_on(Xapian::docid docid) const {
  return docid < people_on_.size() ? people_on_[docid] : 0;
}

}  // namespace wieweet
