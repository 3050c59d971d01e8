// Completion terms: how the indexer records topics and names for /suggest, and how the searcher
// reads them back. Both directions live here so the encoding cannot drift apart.
//
// A completion term is <prefix><key>\x1f<display>[\x1f<person id>], where <key> is the normalised
// phrase from one of its word starts on ("passend onderwijs" gives keys "passend onderwijs" and
// "onderwijs"). A prefix scan of the term list for what the user typed then finds the phrase whether
// they begin with its first word or a later one, ignoring case and diacritics, with no query at all.
#ifndef WIEWEET_SRC_SUGGESTION_TERMS_H_
#define WIEWEET_SRC_SUGGESTION_TERMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/text_analysis.h"

namespace wieweet::suggestion_terms {

// The terms for a topic (self-declared expertise, a workshop or document tag).
std::vector<std::string> for_topic(const TextAnalyzer& analyzer, std::string_view topic);
// The terms for a visible person's name.
std::vector<std::string> for_name(const TextAnalyzer& analyzer, std::string_view name, std::string_view person_id);

// The term prefix to scan for what the user typed so far (normalised like the keys; a trailing
// space is kept, so "de " completes "de Vries" but not "Dekker"). Empty when nothing is typed.
std::string topic_scan_prefix(const TextAnalyzer& analyzer, std::string_view typed);
std::string name_scan_prefix(const TextAnalyzer& analyzer, std::string_view typed);

struct Decoded {
  std::string display;
  std::string person_id;  // names only
};
// Reads a term found by a scan; nullopt for a term that is not a completion term.
std::optional<Decoded> decode(std::string_view term);

}  // namespace wieweet::suggestion_terms

#endif  // WIEWEET_SRC_SUGGESTION_TERMS_H_
