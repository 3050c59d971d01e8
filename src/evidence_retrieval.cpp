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

// Thrown through Xapian's matcher to end a match at its deadline. Xapian 1.4's own
// Enquire::set_time_limit() only turns check_at_least off (which WieWeet does not use) and cannot
// end a match, so the clock is checked on each candidate the matcher considers keeping.
struct DeadlinePassed {};

class DeadlineDecider final : public Xapian::MatchDecider {
 public:
  explicit DeadlineDecider(std::chrono::steady_clock::time_point deadline) : deadline_(deadline) {}
  bool operator()(const Xapian::Document&) const override {
    if (std::chrono::steady_clock::now() >= deadline_) throw DeadlinePassed{};
    return true;
  }

 private:
  std::chrono::steady_clock::time_point deadline_;
};

}  // namespace

Status deadline_status() {
  return Status::deadline_exceeded(
      "the search took too long and was stopped; try fewer or more specific words, or try again shortly");
}

std::optional<Xapian::MSet> match_until(const Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount size,
                                        Xapian::doccount check_at_least,
                                        std::chrono::steady_clock::time_point deadline) {
  if (deadline == std::chrono::steady_clock::time_point::max()) return enquire.get_mset(first, size, check_at_least);
  // No check before matching: a deadline already past stops the match at its first candidate.
  const DeadlineDecider decider(deadline);
  try {
    return enquire.get_mset(first, size, check_at_least, nullptr, &decider);
  } catch (const DeadlinePassed&) {
    return std::nullopt;
  }
}

RetrievedItems retrieve(const Xapian::Database& db, const Xapian::Query& query, std::size_t depth,
                        std::chrono::steady_clock::time_point deadline) {
  RetrievedItems items;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const auto found = match_until(enquire, 0, static_cast<Xapian::doccount>(depth), 0, deadline);
  if (!found) {
    items.deadline_exceeded = true;
    return items;
  }
  const Xapian::MSet& matches = *found;
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

Result<StoredEvidence> load_item(const Xapian::Database& db, Xapian::docid docid) {
  return decode_evidence(db.get_document(docid).get_data());
}

EvidenceRef evidence_ref(const SearchContext& context, const StoredEvidence& stored) {
  return EvidenceRef{stored.type, stored.id, context.index.redactor->redact(stored.title), stored.url, stored.date};
}

std::string evidence_snippet(const SearchContext& context, const StoredEvidence& stored, const MatchTerms& highlight) {
  return make_snippet(context.index.redactor->redact(stored.text), highlight, context.index.analyzer,
                      context.ranking.snippet_chars);
}

}  // namespace wieweet
