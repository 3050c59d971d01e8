// The first step every people-ranking operation shares: retrieve evidence items for a Xapian query,
// read their links, aggregate them into visible people (Model 2, ranking.h); and the one way an
// evidence item is turned into something to show (redacted title, snippet).
#ifndef WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
#define WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "search_context.h"
#include "stored_evidence.h"
#include "wieweet/browse.h"
#include "wieweet/ranking.h"
#include "wieweet/search.h"
#include "wieweet/snippets.h"

namespace wieweet {

struct RetrievedItems {
  std::vector<Xapian::docid> docids;        // best first
  std::vector<RetrievedEvidence> evidence;  // parallel to docids, links filled in
};

// The best `depth` evidence items for `query`. May throw Xapian::Error.
RetrievedItems retrieve(const Xapian::Database& db, const Xapian::Query& query, std::size_t depth);

// A ranked person together with their entry in the person directory (valid while the revision is open).
struct VisiblePerson {
  RankedPerson ranked;
  const PersonCard* card = nullptr;
};

// People linked to the items, best first, without anyone who may not be shown (hidden, deleted,
// unknown): their links lead nowhere. Each is looked up in the directory once, here.
std::vector<VisiblePerson> rank_visible_people(const SearchContext& context, const RetrievedItems& items);

// The stored data of one item as it may be shown: every operation reads items through these, so the
// names of hidden people are blanked out of each (privacy.h) before any of its text is used.
// May throw Xapian::Error.
Result<StoredEvidence> load_item(const OpenIndex& index, const Xapian::Document& document);
Result<StoredEvidence> load_item(const OpenIndex& index, Xapian::docid docid);

// How an item is shown.
EvidenceRef evidence_ref(const StoredEvidence& stored);
std::string evidence_snippet(const SearchContext& context, const StoredEvidence& stored, const MatchTerms& highlight);

}  // namespace wieweet

#endif  // WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
