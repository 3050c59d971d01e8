#include "evidence_retrieval.h"

#include <algorithm>
#include <numeric>

#include "schema.h"

namespace wieweet {
namespace {

// Reads the links of every retrieved item from the links value slot. Visiting the slot's value
// stream in docid order reads each chunk once; fetching values document by document re-read
// blocks for every hit and was most of a query's time (docs/performance.md).
void read_links(const Xapian::Database& db, RetrievedItems* items) {
  const auto& docids = items->docids;
  std::vector<std::size_t> order(docids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docids[a] < docids[b]; });
  auto values = db.valuestream_begin(schema::kSlotLinks);
  const auto end = db.valuestream_end(schema::kSlotLinks);
  for (std::size_t i : order) {
    if (values == end) break;
    if (values.check(docids[i]) && values != end && values.get_docid() == docids[i]) {
      items->evidence[i].links = decode_links(*values);
    }
  }
}

}  // namespace

RetrievedItems retrieve(const Xapian::Database& db, const Xapian::Query& query, std::size_t depth) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
  RetrievedItems items;
  items.docids.reserve(matches.size());
  items.evidence.reserve(matches.size());
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    items.docids.push_back(*it);
    items.evidence.push_back({it.get_weight(), {}});
  }
  read_links(db, &items);
  return items;
}

std::vector<VisiblePerson> rank_visible_people(const SearchContext& context, const RetrievedItems& items) {
  std::vector<RankedPerson> ranked = context.ranker.rank(items.evidence);
  std::vector<VisiblePerson> visible;
  visible.reserve(ranked.size());
  for (auto& person : ranked) {
    const PersonCard* card = context.index.people.find(person.person_id);
    if (card != nullptr) visible.push_back({std::move(person), card});
  }
  return visible;
}

Result<StoredEvidence> load_item(const OpenIndex& index, const Xapian::Document& document) {
  return decode_shown_evidence(document.get_data(), *index.redactor);
}

Result<StoredEvidence> load_item(const OpenIndex& index, Xapian::docid docid) {
  return load_item(index, index.db.get_document(docid));
}

EvidenceRef evidence_ref(const StoredEvidence& stored) {
  return EvidenceRef{stored.type, stored.id, stored.title, stored.url, stored.date};
}

std::string evidence_snippet(const SearchContext& context, const StoredEvidence& stored, const MatchTerms& highlight) {
  return make_snippet(stored.text, highlight, context.index.analyzer, context.ranking.snippet_chars);
}

}  // namespace wieweet
