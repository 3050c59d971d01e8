// The records WieWeet ingests, exactly as the v1 ingest contract describes them (docs/ingest-format.md).
#ifndef WIEWEET_RECORDS_H_
#define WIEWEET_RECORDS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wieweet {

// The longest id (of a person, workshop or document) ingest accepts and a request may name, in bytes.
inline constexpr std::size_t kMaxIdBytes = 128;

// Who may see a person. Hidden people are never indexed and never returned; contact fields (email,
// phone) are only ever shown for public people (see privacy.h).
enum class Visibility { kPublic, kInternal, kHidden };

std::string_view to_string(Visibility visibility);
std::optional<Visibility> parse_visibility(std::string_view text);

// A staff profile (staff.jsonl).
struct Person {
  std::string id;    // required
  std::string name;  // required
  std::string email;
  std::string phone;
  std::string school;
  std::string location;
  std::vector<std::string> roles;
  std::string department;
  std::vector<std::string> expertise;  // self-declared topics
  std::string bio;
  std::vector<std::string> languages;
  std::vector<std::string> available_for;  // e.g. "meelopen", "advies", "workshop geven"
  Visibility visibility = Visibility::kInternal;
  std::string updated;  // ISO date "YYYY-MM-DD" or empty
};

// A workshop of the career week, or a job-shadowing day (workshops.jsonl).
struct Workshop {
  std::string id;     // required
  std::string title;  // required
  std::string description;
  std::vector<std::string> presenters;    // person ids; strong evidence
  std::vector<std::string> participants;  // person ids; weak evidence (interest, not expertise)
  std::string event;
  std::string date;
  std::string location;
  std::vector<std::string> tags;
};

// Something a colleague wrote: an intranet page, a report, a policy (documents.jsonl).
struct Document {
  std::string id;  // required, with a title or a body
  std::string title;
  std::string body;
  std::vector<std::string> authors;   // person ids; strong evidence
  std::vector<std::string> mentions;  // person ids; weak evidence
  std::string url;
  std::string kind;
  std::string date;
  std::vector<std::string> tags;
  // Manifest lines only (docs/ingest-format.md): the file the body (and a missing title) is read
  // from, resolved against the manifest's folder by the reader, and a hash of the file and the line,
  // stored so that `update` skips files that did not change.
  std::string path;
  std::string content_hash;
};

// Which ingest file a record came from; decides how a line is parsed.
enum class SourceKind { kStaff, kWorkshops, kDocuments };

std::string_view to_string(SourceKind kind);

// A line `{"id": "...", "deleted": true}`: remove that record. Deleting a person removes them from
// every answer, so all their evidence links stop counting.
struct Deletion {
  SourceKind source = SourceKind::kStaff;
  std::string id;
};

using IngestRecord = std::variant<Person, Workshop, Document, Deletion>;

}  // namespace wieweet

#endif  // WIEWEET_RECORDS_H_
