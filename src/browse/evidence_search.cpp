// search_evidence() of browse_operations.h.
#include "browse/browse_operations.h"
#include "search/evidence_retrieval.h"
#include "index/schema.h"

namespace wieweet {
namespace {

// The people an item is shown with: who gave the workshop, who wrote the document.
bool responsible(LinkKind link) { return link == LinkKind::kPresenter || link == LinkKind::kAuthor; }

}  // namespace

Result<EvidenceSearchResult> search_evidence(const SearchContext& context, const EvidenceQuery& query) {
  auto built = context.index.queries->build(query.text);
  if (!built.ok()) return built.status();
  const Xapian::Database& db = context.index.db;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, built->query, Xapian::Query(schema::type_term(query.type))));
  const auto first = static_cast<Xapian::doccount>((query.page - 1) * query.size);
  // Counting every match makes the total exact, so a pager never promises a page that is empty.
  const auto found =
      match_until(enquire, first, static_cast<Xapian::doccount>(query.size), db.get_doccount(), built->deadline);
  if (!found) return deadline_status();
  const Xapian::MSet& matches = *found;

  EvidenceSearchResult result;
  result.query = query.text;
  result.total = matches.get_matches_estimated();
  result.page = query.page;
  result.size = query.size;
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    const Xapian::Document document = it.get_document();
    auto stored = load_item(context.index, document);
    if (!stored.ok()) return stored.status();
    EvidenceResult item;
    item.item = evidence_ref(stored.value());
    item.snippet = evidence_snippet(context, stored.value(), built->highlight);
    for (const auto& link : decode_links(document.get_value(schema::kSlotLinks))) {
      if (!responsible(link.kind)) continue;
      const PersonCard* card = context.index.people.find(link.person_id);
      if (card == nullptr) continue;  // hidden, deleted or unknown
      item.people.push_back({card->person.id, card->person.name, link.kind});
    }
    result.results.push_back(std::move(item));
  }
  return result;
}

}  // namespace wieweet
