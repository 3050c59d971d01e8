// The first step every people-ranking operation shares: retrieve evidence items for a Xapian query,
// read their links, aggregate them into visible people (Model 2, ranking.h); and the one way an
// evidence item is turned into something to show (redacted title, snippet).
#ifndef WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
#define WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_

#include <chrono>
#include <cstddef>
#include <optional>
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
  bool deadline_exceeded = false;           // the match was stopped at the deadline: nothing retrieved
};

// The best `depth` evidence items for `query`. May throw Xapian::Error. Matching stops at `deadline`
// (a BuiltQuery's), and then nothing is returned but deadline_exceeded: the caller answers with
// DeadlineExceeded (deadline_status()) rather than with a ranking of whatever was matched first.
RetrievedItems retrieve(const Xapian::Database& db, const Xapian::Query& query, std::size_t depth,
                        std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max());

// enquire.get_mset(first, size, check_at_least), ended at `deadline` (max(): none): then nullopt.
// May throw Xapian::Error.
std::optional<Xapian::MSet> match_until(const Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount size,
                                        Xapian::doccount check_at_least,
                                        std::chrono::steady_clock::time_point deadline);

// What a search that ran out of time answers.
Status deadline_status();

// A ranked person together with their entry in the person directory (valid while the revision is open).
struct VisiblePerson {
  RankedPerson ranked;
  const PersonCard* card = nullptr;
};

// People linked to the items, best first, without anyone who may not be shown (hidden, deleted,
// unknown): their links lead nowhere. Each is looked up in the directory once, here.
std::vector<VisiblePerson> rank_visible_people(const SearchContext& context, const RetrievedItems& items);

// The stored data of one item. May throw Xapian::Error.
Result<StoredEvidence> load_item(const Xapian::Database& db, Xapian::docid docid);

// How an item is shown: names of hidden people blanked out (privacy.h).
EvidenceRef evidence_ref(const SearchContext& context, const StoredEvidence& stored);
std::string evidence_snippet(const SearchContext& context, const StoredEvidence& stored, const MatchTerms& highlight);

}  // namespace wieweet

#endif  // WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
