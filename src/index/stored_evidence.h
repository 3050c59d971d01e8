// What each evidence document stores besides its terms: the data needed to show it (title, url,
// snippet text, and for profiles the person) and, in a value slot, its links to people. Links live in
// a value so ranking can read thousands of them without decoding whole documents.
#ifndef WIEWEET_SRC_STORED_EVIDENCE_H_
#define WIEWEET_SRC_STORED_EVIDENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "wieweet/evidence.h"
#include "wieweet/privacy.h"
#include "wieweet/records.h"
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

// The one way stored data is read for showing: decoded, with the names of people hidden since it was
// stored blanked out of its title, text and profile (NameRedactor). Errors: as decode_evidence().
Result<StoredEvidence> decode_shown_evidence(std::string_view data, const NameRedactor& redactor);

// One line per link: a kind letter then the person id. Ids never hold control characters (ingest
// rejects them), so the newline separator is unambiguous.
std::string encode_links(const std::vector<EvidenceLink>& links);
std::vector<EvidenceLink> decode_links(std::string_view encoded);

}  // namespace wieweet

#endif  // WIEWEET_SRC_STORED_EVIDENCE_H_
