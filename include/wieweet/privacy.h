// The single place that decides what of a person may be stored in the index and shown to anyone.
// Rules: hidden people are never indexed (so no query can return them); email and phone are kept only
// for people whose visibility is "public"; and the names of hidden people are blanked out of every
// text that is indexed, stored or shown (NameRedactor), so they can neither be found by name nor read.
#ifndef WIEWEET_PRIVACY_H_
#define WIEWEET_PRIVACY_H_

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wieweet/records.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

// Whether the person may be indexed and returned at all.
bool may_be_shown(const Person& person);

// The person as the index may store it: contact fields removed unless public.
// REQUIRES: may_be_shown(person).
Person redact_for_index(Person person);

// What stands in a text where a hidden person's name was.
inline constexpr std::string_view kRedactedName = "[naam verborgen]";
inline bool is_redacted(std::string_view text) { return text.find(kRedactedName) != std::string_view::npos; }

// The one rule for names: every occurrence of a hidden person's name, whatever its case or
// diacritics ("Daan Verborgen", "DAAN VERBORGEN", "Daan  Verborgen", "Zorro"), is blanked out of every
// text that leaves the server, and a term or phrase that contains one is never offered (suggestions,
// topics, related terms, spelling corrections). Names of any length count: a one-word name is as
// private as a long one (issue 11). A visible person's own name, shown as their name, is theirs and
// is not redacted even where a hidden colleague shares it.
//
// Uses `analyzer` to normalise words, so it inherits its thread-safety (none); the analyzer must
// outlive the redactor.
class NameRedactor {
 public:
  // `hidden` maps person id to name.
  NameRedactor(const std::map<std::string, std::string>& hidden, const TextAnalyzer& analyzer);

  // `replacement` stands where a name was: kRedactedName for text people read; a space for text that
  // is indexed or searched, so that the placeholder's words find nothing.
  std::string redact(std::string_view text, std::string_view replacement = kRedactedName) const;

  // Which of the words [first, last) of a text (`words`, split from it) are part of a hidden person's
  // name: one flag per word of that range. Only the range and the few words around it that a name
  // could reach into are read, so a snippet is redacted without normalising its whole text. Flags
  // every word a whole-text redact() would blank, and where two names overlap possibly more (every
  // occurrence counts, not only the leftmost), never fewer.
  std::vector<bool> hidden_words(const std::vector<WordSpan>& words, std::size_t first, std::size_t last) const;

  // Whether `text` contains a hidden person's name: such a term or phrase is dropped, not shown.
  bool names_hidden_person(std::string_view text) const;

  // The person as others may read them: every free text (bio, expertise, roles, department, school,
  // location, availability) redacted. Their own name, id and contact fields are left as they are.
  Person redact_person(Person person) const;

  bool empty() const { return names_.empty(); }

 private:
  // Where a hidden name starts at word `i` of `normalized`: its length in words, or 0.
  std::size_t match_at(const std::vector<std::string>& normalized, std::size_t i) const;
  std::vector<std::string> normalize_words(std::span<const WordSpan> words) const;

  const TextAnalyzer* analyzer_;  // not owned
  std::vector<std::vector<std::string>> names_;  // normalised words of each hidden name
  // First word -> indexes into names_: a text word is compared only with names it can start.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
  std::size_t longest_name_ = 0;  // in words
};

}  // namespace wieweet

#endif  // WIEWEET_PRIVACY_H_
