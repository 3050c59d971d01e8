#include "search/evidence_retrieval.h"

#include <algorithm>
#include <memory>

#include "index/schema.h"

namespace wieweet {
namespace {

// Xapian's defaults for the BM25 parameters WieWeet does not expose (k2, k3, min_normlen), and
// BM25+'s delta as its authors recommend.
constexpr double kBm25K2 = 0.0, kBm25K3 = 1.0, kBm25MinNormLen = 0.5, kBm25PlusDelta = 1.0;
// Dirichlet smoothing's mu: the usual value for documents of a few hundred words.
constexpr double kDirichletMu = 2000.0;

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

RankingModel ranking_model(const RankingConfig& ranking) {
  RankingModel model;
  model.weights = ranking.weights;
  model.counted = ranking.evidence_counted;
  model.by_rank = ranking.aggregation == "rank";
  model.rank_constant = ranking.rank_constant;
  model.link_share = ranking.link_share;
  model.prior_weight = ranking.prior_weight;
  model.prior_cap = ranking.prior_cap;
  return model;
}

std::unique_ptr<Xapian::Weight> make_weighting(const RankingConfig& ranking) {
  const std::string& name = ranking.weighting;
  if (name == "bm25+") {
    return std::make_unique<Xapian::BM25PlusWeight>(ranking.bm25_k1, kBm25K2, kBm25K3, ranking.bm25_b, kBm25MinNormLen,
                                                    kBm25PlusDelta);
  }
  if (name == "dlh") return std::make_unique<Xapian::DLHWeight>();
  if (name == "dph") return std::make_unique<Xapian::DPHWeight>();
  if (name == "pl2") return std::make_unique<Xapian::PL2Weight>();
  if (name == "tfidf") return std::make_unique<Xapian::TfIdfWeight>();
  if (name == "lm") return std::make_unique<Xapian::LMWeight>(0.0, Xapian::Weight::DIRICHLET_SMOOTHING, kDirichletMu);
  return std::make_unique<Xapian::BM25Weight>(ranking.bm25_k1, kBm25K2, kBm25K3, ranking.bm25_b, kBm25MinNormLen);
}

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
                        std::chrono::steady_clock::time_point deadline, const Xapian::Weight* weighting) {
  RetrievedItems items;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (weighting != nullptr) enquire.set_weighting_scheme(*weighting);
  const auto found = match_until(enquire, 0, static_cast<Xapian::doccount>(depth), 0, deadline);
  if (!found) {
    items.deadline_exceeded = true;
    return items;
  }
  const Xapian::MSet& matches = *found;
  items.docids.reserve(matches.size());
  items.scores.reserve(matches.size());
  for (auto it = matches.begin(); it != matches.end(); ++it) {
    items.docids.push_back(*it);
    items.scores.push_back(it.get_weight());
  }
  return items;
}

RetrievedItems retrieve(const SearchContext& context, const Xapian::Query& query, std::size_t depth,
                        std::chrono::steady_clock::time_point deadline) {
  const std::unique_ptr<Xapian::Weight> weighting = make_weighting(context.ranking);
  return retrieve(context.index.db, query, depth, deadline, weighting.get());
}

Xapian::Query with_feedback(const SearchContext& context, const Xapian::Query& query, std::size_t content_words) {
  const RankingConfig& ranking = context.ranking;
  if (ranking.feedback_terms == 0 || content_words < ranking.feedback_min_words) return query;
  Xapian::Enquire enquire(context.index.db);
  enquire.set_query(query);
  const std::unique_ptr<Xapian::Weight> weighting = make_weighting(ranking);
  enquire.set_weighting_scheme(*weighting);
  const Xapian::MSet best = enquire.get_mset(0, static_cast<Xapian::doccount>(ranking.feedback_docs));
  Xapian::RSet feedback;
  for (auto it = best.begin(); it != best.end(); ++it) feedback.add_document(*it);
  if (feedback.empty()) return query;
  // Only stemmed words ("Z..."): ids, types, people and field-prefixed copies say nothing new.
  struct StemmedWords : Xapian::ExpandDecider {
    bool operator()(const std::string& term) const override { return !term.empty() && term[0] == 'Z'; }
  } stemmed;
  const Xapian::ESet terms = enquire.get_eset(static_cast<Xapian::termcount>(ranking.feedback_terms), feedback, &stemmed);
  if (terms.empty()) return query;
  const Xapian::Query expansion(Xapian::Query::OP_OR, terms.begin(), terms.end());
  return Xapian::Query(Xapian::Query::OP_OR, query,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, expansion, ranking.feedback_weight));
}

std::vector<VisiblePerson> rank_visible_people(const SearchContext& context, const RetrievedItems& items) {
  const ItemLinks& table = context.index.links;
  NumberedEvidenceBuilder evidence(context.ranker.model().weights);
  for (std::size_t i = 0; i < items.docids.size(); ++i) {
    evidence.add(items.scores[i], table.of(items.docids[i]), table.people_on(items.docids[i]));
  }
  // Links lead only to people in the directory, so everyone ranked may be shown.
  std::vector<RankedPerson> ranked = context.ranker.rank(
      evidence.items(), context.index.people.size(), [&](std::uint32_t person) { return table.evidence_items(person); });
  std::vector<VisiblePerson> visible;
  visible.reserve(ranked.size());
  for (auto& person : ranked) {
    const PersonCard* card = &context.index.people.card(person.person);
    visible.push_back({std::move(person), card});
  }
  return visible;
}

Result<ShownEvidence> load_item(const OpenIndex& index, const Xapian::Document& document) {
  return decode_shown_evidence(document.get_data(), *index.redactor);
}

Result<ShownEvidence> load_item(const OpenIndex& index, Xapian::docid docid) {
  return load_item(index, index.db.get_document(docid));
}

EvidenceRef evidence_ref(const ShownEvidence& shown) {
  return EvidenceRef{shown.type, shown.id, shown.title, shown.url, shown.date};
}

std::string evidence_snippet(const SearchContext& context, const ShownEvidence& shown, const MatchTerms& highlight) {
  return shown.body.snippet(highlight, context.index.analyzer, context.ranking.snippet_chars);
}

}  // namespace wieweet
