// Erasing one person from a writable index (the AVG/GDPR right to erasure) without a rebuild: their
// profile, their links from every workshop and document, their name in every stored text, their
// name completions and the spelling table's words that came only from their name.
#ifndef WIEWEET_SRC_PERSON_ERASURE_H_
#define WIEWEET_SRC_PERSON_ERASURE_H_

#include <map>
#include <string>

#include <xapian.h>

#include "analysis/compound_splitter.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

struct ErasureOutcome {
  bool found = false;           // the person had a profile or was known as hidden
  std::size_t items_changed = 0;  // workshops and documents rewritten
};

// Erases `person_id` from `db`. `hidden` (id -> name, the index's hidden-people metadata) gains the
// person's name, so every later redaction blanks it like a hidden person's; the caller writes it
// back. `splitter` (may be null) is the index's compound splitter: the parts of the name's words go
// too. May throw Xapian::Error; thread-safety: none (one writer).
ErasureOutcome erase_person(Xapian::WritableDatabase& db, const TextAnalyzer& analyzer, CompoundSplitter* splitter,
                            const std::string& person_id, std::map<std::string, std::string>& hidden);

}  // namespace wieweet

#endif  // WIEWEET_SRC_PERSON_ERASURE_H_
