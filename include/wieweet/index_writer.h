// Writing the index: full rebuilds into a fresh generation that is switched in atomically, and
// incremental upserts and deletes by id on the live generation. See docs/operations.md.
#ifndef WIEWEET_INDEX_WRITER_H_
#define WIEWEET_INDEX_WRITER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "wieweet/config.h"
#include "wieweet/records.h"
#include "wieweet/status.h"

namespace wieweet {

struct IndexCounts {
  std::size_t added = 0;
  std::size_t replaced = 0;
  std::size_t deleted = 0;
  std::size_t skipped = 0;  // hidden people (never indexed) and deletes of ids that were not there
};

// What a finished run leaves for the operator to look at.
struct IndexReport {
  IndexCounts counts;
  std::string generation;  // the generation directory now live, e.g. "gen-000003"
  std::size_t documents = 0;  // evidence items in the live index
  // Person ids that evidence links to but that are not (visible) people, with how many links each.
  std::map<std::string, std::size_t> unknown_people;
  // After erase_person(): the kept older generations (rollback targets) the people were erased from
  // as well; one that could not be rewritten is deleted instead, so no rollback brings them back.
  std::size_t older_generations_erased = 0;
  std::size_t older_generations_removed = 0;
};

// One writer per index directory at a time (an advisory lock enforces it). Not thread-safe.
// Destroying a writer without publish() abandons its changes: a rebuild's new generation is deleted
// and the live index is untouched.
class IndexWriter {
 public:
  // Starts a full rebuild of the index in `index_dir` (created if missing). Nothing is visible to
  // readers until publish(). Errors: IoError, IndexError, Busy (another writer holds the lock;
  // the message names it).
  static Result<std::unique_ptr<IndexWriter>> begin_rebuild(const std::string& index_dir, const Config& config);

  // Opens the live generation for incremental changes, which readers see after publish().
  // Errors: Unavailable when there is no index yet, Busy, IndexError, IoError.
  static Result<std::unique_ptr<IndexWriter>> begin_update(const std::string& index_dir, const Config& config);

  virtual ~IndexWriter() = default;

  // Adds or replaces the record with the same id.
  virtual Status upsert(const IngestRecord& record) = 0;

  // Whether the document `id` is in the index with this content hash (Document::content_hash), so
  // that re-reading its file can be skipped. False on any doubt.
  virtual bool holds_document(const std::string& id, const std::string& content_hash) = 0;

  // Erases a person (the right to erasure): their profile and name completions, their links from
  // every workshop and document, their name in every stored text (also in items that only name
  // them), and the spelling table's words that came from their name alone. The name joins the
  // index's hidden names, so later updates redact it too. At publish() the same erasure is applied
  // to the older generations kept for rollback. Counted as deleted, or skipped when the id is
  // unknown. Errors: IndexError.
  virtual Status erase_person(const std::string& person_id) = 0;

  // Commits and, for a rebuild, atomically makes the new generation the live one, then prunes old
  // generations. After publish() the writer is finished.
  virtual Result<IndexReport> publish() = 0;
};

}  // namespace wieweet

#endif  // WIEWEET_INDEX_WRITER_H_
