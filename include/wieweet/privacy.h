// The single place that decides what of a person may be stored in the index and shown to anyone.
// Rules: hidden people are never indexed (so no query can return them); email and phone are kept only
// for people whose visibility is "public"; and the full names of hidden people are blanked out of
// everyone else's evidence text, so they can neither be found by name nor read in a snippet.
#ifndef WIEWEET_PRIVACY_H_
#define WIEWEET_PRIVACY_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "wieweet/records.h"

namespace wieweet {

class TextAnalyzer;

// Whether the person may be indexed and returned at all.
bool may_be_shown(const Person& person);

// The person as the index may store it: contact fields removed unless public.
// REQUIRES: may_be_shown(person).
Person redact_for_index(Person person);

// What stands in a text where a hidden person's name was.
inline constexpr std::string_view kRedactedName = "[naam verborgen]";

// Replaces every occurrence of a hidden person's full name in a text, whatever its case or diacritics
// ("Daan Verborgen", "DAAN VERBORGEN", "Daan  Verborgen"). Single names are left alone: a first name on
// its own is shared by too many colleagues to mean anyone. Uses `analyzer` to normalise words, so it
// inherits its thread-safety (none); the analyzer must outlive the redactor.
class NameRedactor {
 public:
  // `hidden` maps person id to name.
  NameRedactor(const std::map<std::string, std::string>& hidden, const TextAnalyzer& analyzer);

  // `replacement` stands where a name was: kRedactedName for text people read; a space for text that
  // is indexed, so that searching for the placeholder's words finds nothing.
  std::string redact(std::string_view text, std::string_view replacement = kRedactedName) const;
  bool empty() const { return names_.empty(); }

 private:
  const TextAnalyzer* analyzer_;  // not owned
  std::vector<std::vector<std::string>> names_;  // normalised words of each name with two or more words
  // First word -> indexes into names_: a text word is compared only with names it can start.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace wieweet

#endif  // WIEWEET_PRIVACY_H_
