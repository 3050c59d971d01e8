// The first step every people-ranking operation shares: retrieve evidence items for a Xapian query,
// aggregate them into visible people by their links (Model 2, ranking.h; links by number from the
// open revision's ItemLinks); and the one way an evidence item is turned into something to show
// (redacted title, snippet).
#ifndef WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
#define WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "search/search_context.h"
#include "index/stored_evidence.h"
#include "wieweet/browse.h"
#include "wieweet/ranking.h"
#include "wieweet/search.h"
#include "wieweet/snippets.h"

namespace wieweet {

struct RetrievedItems {
  std::vector<Xapian::docid> docids;  // best first
  std::vector<double> scores;         // parallel to docids: the retrieval scores
  bool deadline_exceeded = false;     // the match was stopped at the deadline: nothing retrieved
};

// The aggregation settings of `ranking` as the Ranker takes them.
RankingModel ranking_model(const RankingConfig& ranking);

// The Xapian weighting scheme `ranking.weighting` names (validated by Config::validate; anything
// else is BM25), with its parameters.
std::unique_ptr<Xapian::Weight> make_weighting(const RankingConfig& ranking);

// The best `depth` evidence items for `query`, scored by `weighting` (null: Xapian's BM25). May throw
// Xapian::Error. Matching stops at `deadline` (a BuiltQuery's), and then nothing is returned but
// deadline_exceeded: the caller answers with DeadlineExceeded (deadline_status()) rather than with a
// ranking of whatever was matched first.
RetrievedItems retrieve(const Xapian::Database& db, const Xapian::Query& query, std::size_t depth,
                        std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max(),
                        const Xapian::Weight* weighting = nullptr);

// The same, scored by the weighting scheme the ranking settings name (make_weighting).
RetrievedItems retrieve(const SearchContext& context, const Xapian::Query& query, std::size_t depth,
                        std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max());

// `query` with pseudo-relevance feedback when ranking.feedback_terms is on and the query has at least
// ranking.feedback_min_words content words: the best terms of its best items (Xapian's ESet, only
// stemmed words) added at ranking.feedback_weight. Otherwise `query` itself. May throw Xapian::Error.
Xapian::Query with_feedback(const SearchContext& context, const Xapian::Query& query, std::size_t content_words);

// enquire.get_mset(first, size, check_at_least), ended at `deadline` (max(): none): then nullopt.
// May throw Xapian::Error.
std::optional<Xapian::MSet> match_until(const Xapian::Enquire& enquire, Xapian::doccount first, Xapian::doccount size,
                                        Xapian::doccount check_at_least,
                                        std::chrono::steady_clock::time_point deadline);

// What a search that ran out of time answers.
Status deadline_status();

// A ranked person together with their entry in the person directory (valid while the revision is open).
// Find the person by the card: ranked.person is their number, ranked.person_id is not set.
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
Result<ShownEvidence> load_item(const OpenIndex& index, const Xapian::Document& document);
Result<ShownEvidence> load_item(const OpenIndex& index, Xapian::docid docid);

// How an item is shown.
EvidenceRef evidence_ref(const ShownEvidence& shown);
std::string evidence_snippet(const SearchContext& context, const ShownEvidence& shown, const MatchTerms& highlight);

}  // namespace wieweet

#endif  // WIEWEET_SRC_EVIDENCE_RETRIEVAL_H_
