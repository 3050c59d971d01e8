// What each evidence document stores besides its terms: the data needed to show it (title, url,
// snippet text, and for profiles the person) and, in a value slot, its links to people. Links live in
// a value so ranking can read thousands of them without decoding whole documents.
#ifndef WIEWEET_SRC_STORED_EVIDENCE_H_
#define WIEWEET_SRC_STORED_EVIDENCE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wieweet/evidence.h"
#include "wieweet/privacy.h"
#include "wieweet/records.h"
#include "wieweet/snippets.h"
#include "wieweet/status.h"

namespace wieweet {

struct StoredEvidence {
  EvidenceType type = EvidenceType::kDocument;
  std::string id;
  std::string title;
  std::string url;
  std::string date;
  std::string text;  // what snippets are cut from
  std::optional<Person> person;  // profiles only, already redacted
};

std::string encode_evidence(const StoredEvidence& evidence);
// Errors: IndexError when the data is not what encode_evidence() writes.
Result<StoredEvidence> decode_evidence(std::string_view data);

// An item's body as stored, which may still name people hidden since it was stored: it can only be
// read as a snippet, which blanks those names out of the window it shows. (Redacting the whole body
// of every shown item, only to cut a snippet of 200 characters from it, was 6-13% of an expert
// search's instructions: docs/performance.md.)
class ShownBody {
 public:
  ShownBody(std::string stored_text, const NameRedactor& redactor)
      : text_(std::move(stored_text)), redactor_(&redactor) {}
  std::string snippet(const MatchTerms& terms, const TextAnalyzer& analyzer, std::size_t max_chars) const {
    return make_snippet(text_, terms, analyzer, max_chars, *redactor_);
  }

 private:
  std::string text_;
  const NameRedactor* redactor_;  // not owned: the open index's, which outlives every request
};

// An item as it may be shown: the names of people hidden since it was stored are blanked out of its
// title and profile, and of its body wherever that is read (ShownBody).
struct ShownEvidence {
  EvidenceType type = EvidenceType::kDocument;
  std::string id;
  std::string title;
  std::string url;
  std::string date;
  ShownBody body;
  std::optional<Person> person;  // profiles only
};

// The one way stored data is read for showing (NameRedactor's rule). Errors: as decode_evidence().
Result<ShownEvidence> decode_shown_evidence(std::string_view data, const NameRedactor& redactor);

// One line per link: a kind letter then the person id. Ids never hold control characters (ingest
// rejects them), so the newline separator is unambiguous.
std::string encode_links(const std::vector<EvidenceLink>& links);
std::vector<EvidenceLink> decode_links(std::string_view encoded);

}  // namespace wieweet

#endif  // WIEWEET_SRC_STORED_EVIDENCE_H_
