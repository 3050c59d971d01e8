// suggest() of browse_operations.h.
#include <algorithm>
#include <map>

#include "browse/browse_operations.h"
#include "index/suggestion_terms.h"

namespace wieweet {
namespace {

// A one-letter prefix may match thousands of terms; past this many the scan stops, which keeps
// every keystroke cheap (a term list scan, no document reads) at the price of completeness for
// prefixes so short that nobody reads their completions anyway.
constexpr std::size_t kMaxScannedTerms = 20000;

struct Candidate {
  std::string text;
  std::string id;
  bool from_start = false;  // what was typed begins the phrase, not one of its later words
  Xapian::doccount uses = 0;
};

bool better(const Candidate& a, const Candidate& b) {
  if (a.from_start != b.from_start) return a.from_start;
  if (a.uses != b.uses) return a.uses > b.uses;
  return a.text < b.text;
}

// Every completion term under `prefix`, merged by `merge_key` (a topic written in two ways is one
// suggestion, counted by its uses; a person is one suggestion however many of their words match).
template <typename MergeKey>
std::vector<Candidate> scan(const SearchContext& context, const std::string& prefix, const std::string& typed_key,
                            MergeKey merge_key) {
  const Xapian::Database& db = context.index.db;
  std::map<std::string, Candidate> merged;
  std::size_t scanned = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix) && scanned < kMaxScannedTerms;
       ++it, ++scanned) {
    auto decoded = suggestion_terms::decode(*it);
    if (!decoded) continue;
    const std::string key = context.index.analyzer.normalize_phrase(decoded->display);
    Candidate candidate{decoded->display, decoded->person_id, key.compare(0, typed_key.size(), typed_key) == 0,
                        it.get_termfreq()};
    auto [slot, inserted] = merged.try_emplace(merge_key(key, candidate), candidate);
    if (inserted) continue;
    Candidate& kept = slot->second;
    kept.from_start = kept.from_start || candidate.from_start;
    if (candidate.uses > kept.uses) kept.text = candidate.text;
    if (candidate.id.empty()) kept.uses += candidate.uses;
  }
  std::vector<Candidate> candidates;
  for (auto& [key, candidate] : merged) candidates.push_back(std::move(candidate));
  std::sort(candidates.begin(), candidates.end(), better);
  return candidates;
}

}  // namespace

std::vector<Suggestion> suggest(const SearchContext& context, const std::string& typed, std::size_t limit) {
  const TextAnalyzer& analyzer = context.index.analyzer;
  const std::string topic_prefix = suggestion_terms::topic_scan_prefix(analyzer, typed);
  if (topic_prefix.empty() || limit == 0) return {};
  // With its trailing space, if any: "de " begins "de Vries", not "Demi de Bruijn".
  std::string typed_key = analyzer.normalize_phrase(typed);
  if (!typed.empty() && typed.back() == ' ') typed_key += ' ';

  auto topics = scan(context, topic_prefix, typed_key, [](const std::string& key, const Candidate&) { return key; });
  auto names = scan(context, suggestion_terms::name_scan_prefix(analyzer, typed), typed_key,
                    [](const std::string&, const Candidate& candidate) { return candidate.id; });
  // Names of people hidden by an update are gone with their profile; this guards a swapped index.
  std::erase_if(names, [&](const Candidate& name) { return context.index.people.find(name.id) == nullptr; });
  // A topic indexed before someone was hidden may still name them ("Zorro-methode").
  std::erase_if(topics, [&](const Candidate& topic) { return !context.index.may_offer(topic.text); });
  for (auto& name : names) name.uses = 0;  // names are ordered by where the match is, then alphabetically
  std::sort(names.begin(), names.end(), better);

  // Both kinds get a fair share when both have completions; either fills what the other leaves.
  const std::size_t topic_count = std::min(topics.size(), std::max(limit - std::min(limit, names.size()), (limit + 1) / 2));
  const std::size_t name_count = std::min(names.size(), limit - topic_count);
  std::vector<Suggestion> suggestions;
  for (std::size_t i = 0; i < topic_count; ++i) {
    suggestions.push_back({Suggestion::Kind::kTopic, topics[i].text, {}});
  }
  for (std::size_t i = 0; i < name_count; ++i) {
    suggestions.push_back({Suggestion::Kind::kName, names[i].text, names[i].id});
  }
  return suggestions;
}

}  // namespace wieweet
