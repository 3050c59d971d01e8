#include "search/expert_search.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "search/evidence_retrieval.h"
#include "search/people_filter.h"

namespace wieweet {
namespace {

// Facets list this many values at most (a role facet over 7,000 people can have hundreds).
constexpr std::size_t kMaxFacetValues = 50;
// An explanation lists at most this many items when every item counts (ranking.evidence_counted 0).
constexpr std::size_t kMaxExplainedItems = 50;

// Counts per normalised value, remembering the first spelling seen for display. Keys and displays
// are views into the person directory, which outlives the request: counting copies no strings.
class FacetCounter {
 public:
  void add(std::string_view key, std::string_view display) {
    if (key.empty()) return;
    auto [it, inserted] = counts_.try_emplace(key, Count{display, 0});
    ++it->second.count;
  }

  std::vector<FacetCount> most_frequent() const {
    std::vector<FacetCount> facet;
    facet.reserve(counts_.size());
    for (const auto& [key, count] : counts_) facet.push_back({std::string(count.display), count.count});
    std::sort(facet.begin(), facet.end(), [](const FacetCount& a, const FacetCount& b) {
      return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    if (facet.size() > kMaxFacetValues) facet.resize(kMaxFacetValues);
    return facet;
  }

 private:
  struct Count {
    std::string_view display;
    std::size_t count = 0;
  };
  std::unordered_map<std::string_view, Count> counts_;
};

void add_all(FacetCounter& counter, const std::vector<std::string>& keys, const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < keys.size() && i < values.size(); ++i) counter.add(keys[i], values[i]);
}

// Each facet is counted with every filter except its own, so a count says how many people choosing
// that value would give: the usual disjunctive faceting, consistent with the filtered totals.
Facets count_facets(const std::vector<VisiblePerson>& ranked, const PeopleFilter& filter,
                    const std::string& excluded_person) {
  FacetCounter schools, roles, available;
  constexpr FilterField kSchool = FilterField::kSchool, kRole = FilterField::kRole,
                        kAvailable = FilterField::kAvailableFor;
  for (const auto& person : ranked) {
    if (person.card->person.id == excluded_person) continue;
    const PersonCard& card = *person.card;
    if (filter.passes_except(card, &kSchool)) schools.add(card.school_key, card.person.school);
    if (filter.passes_except(card, &kRole)) add_all(roles, card.role_keys, card.person.roles);
    if (filter.passes_except(card, &kAvailable)) add_all(available, card.available_keys, card.person.available_for);
  }
  return Facets{schools.most_frequent(), roles.most_frequent(), available.most_frequent()};
}

// How many of a person's contributions an explanation lists.
std::size_t explained_count(const RankingModel& model, const RankedPerson& ranked) {
  return std::min(ranked.contributions.size(), model.counted == 0 ? kMaxExplainedItems : model.counted);
}

// The items of a person's first `count` contributions, each loaded (and redacted) once for both the
// hit's evidence and its explanation.
Result<std::vector<ShownEvidence>> load_contributions(const SearchContext& context, const RankedPerson& ranked,
                                                      const RetrievedItems& items, std::size_t count) {
  std::vector<ShownEvidence> shown;
  for (std::size_t c = 0; c < count && c < ranked.contributions.size(); ++c) {
    auto item = load_item(context.index, items.docids[ranked.contributions[c].evidence]);
    if (!item.ok()) return item.status();
    shown.push_back(std::move(item.value()));
  }
  return shown;
}

// How `ranked` got its score, from the contributions the ranker kept, in the order it summed them.
// `shown` holds the items of at least its first explained_count() contributions.
ScoreExplanation explain(const SearchContext& context, const RankedPerson& ranked, const RetrievedItems& items,
                         const std::vector<ShownEvidence>& shown) {
  const RankingModel& model = context.ranker.model();
  ScoreExplanation explanation;
  explanation.content = ranked.content;
  explanation.prior = ranked.prior;
  explanation.evidence_items = ranked.evidence_items;
  for (std::size_t c = 0; c < explained_count(model, ranked); ++c) {
    const Contribution& contribution = ranked.contributions[c];
    EvidenceScore item;
    item.type = shown[c].type;
    item.id = shown[c].id;
    item.title = shown[c].title;
    item.link = contribution.link;
    item.rank = contribution.evidence + 1;
    item.retrieval = items.scores[contribution.evidence];
    item.relevance = contribution.relevance;
    item.link_weight = model.weights.weight(contribution.link);
    item.share = contribution.share;
    item.amount = contribution.amount;
    explanation.evidence.push_back(std::move(item));
  }
  return explanation;
}

// A person as a result, with the items of their first contributions (`shown`, at most
// ranking.evidence_per_person of them used) as evidence with snippets.
ExpertHit describe(const SearchContext& context, const VisiblePerson& visible, const std::vector<ShownEvidence>& shown,
                   const MatchTerms& highlight) {
  const RankedPerson& ranked = visible.ranked;
  const Person& person = visible.card->person;
  ExpertHit hit;
  hit.id = person.id;
  hit.name = person.name;
  hit.school = person.school;
  hit.roles = person.roles;
  hit.score = ranked.score;
  for (std::size_t c = 0; c < shown.size() && c < context.ranking.evidence_per_person; ++c) {
    EvidenceHit evidence;
    evidence.type = shown[c].type;
    evidence.id = shown[c].id;
    evidence.title = shown[c].title;
    evidence.url = shown[c].url;
    evidence.date = shown[c].date;
    evidence.link = ranked.contributions[c].link;
    evidence.snippet = evidence_snippet(context, shown[c], highlight);
    hit.evidence.push_back(std::move(evidence));
  }
  return hit;
}

}  // namespace

Result<SearchResult> find_people(const SearchContext& context, const PeopleSearch& search) {
  const RetrievedItems items = retrieve(context, search.built.query, context.ranking.evidence_depth, search.built.deadline);
  if (items.deadline_exceeded) return deadline_status();
  std::vector<VisiblePerson> ranked = rank_visible_people(context, items);
  const PeopleFilter filter(search.filters, context.index.analyzer);

  SearchResult result;
  result.query = search.text;
  result.page = search.page;
  result.size = search.size;
  result.facets = count_facets(ranked, filter, search.excluded_person);

  std::erase_if(ranked, [&](const VisiblePerson& person) {
    return person.card->person.id == search.excluded_person || !filter.passes(*person.card);
  });
  if (search.preferred) {
    std::stable_partition(ranked.begin(), ranked.end(),
                          [&](const VisiblePerson& person) { return search.preferred(*person.card); });
  }
  result.total = ranked.size();
  const std::size_t first = (search.page - 1) * search.size;
  for (std::size_t i = first; i < ranked.size() && i < first + search.size; ++i) {
    const RankedPerson& person = ranked[i].ranked;
    std::size_t needed = context.ranking.evidence_per_person;
    if (search.explain) needed = std::max(needed, explained_count(context.ranker.model(), person));
    auto shown = load_contributions(context, person, items, needed);
    if (!shown.ok()) return shown.status();
    ExpertHit hit = describe(context, ranked[i], shown.value(), search.built.highlight);
    if (search.explain) hit.explanation = explain(context, person, items, shown.value());
    result.results.push_back(std::move(hit));
  }
  return result;
}

Result<SearchResult> search_experts(const SearchContext& context, const ExpertQuery& query) {
  auto built = context.index.queries->build(query.text, query.spelling_correction);
  if (!built.ok()) return built.status();
  PeopleSearch search;
  search.text = query.text;
  search.built = std::move(built.value());
  search.filters = query.filters;
  search.page = query.page;
  search.size = query.size;
  search.explain = query.explain;
  search.built.query = with_feedback(context, search.built.query, search.built.content_words);
  auto result = find_people(context, search);
  if (result.ok()) result->corrected_query = search.built.corrected;
  return result;
}

}  // namespace wieweet
