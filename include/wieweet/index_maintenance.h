// Jobs on an index as a whole, besides writing it: going back to the previous generation, and
// looking at what is there (counts, settings) and whether it is consistent. See docs/operations.md.
#ifndef WIEWEET_INDEX_MAINTENANCE_H_
#define WIEWEET_INDEX_MAINTENANCE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "wieweet/status.h"

namespace wieweet {

// Makes the newest kept generation before the live one live again, atomically, under the writer
// lock; the generation rolled back from stays on disk until the next rebuild removes it. Updates
// applied to the live generation since its rebuild are undone with it (erasures are not: they were
// applied to the kept generations too). Returns the generation now live. Errors: Unavailable (nothing published), NotFound (no earlier generation kept), Busy (another
// job holds the lock), IndexError (the earlier generation cannot be opened), IoError.
Result<std::string> rollback_index(const std::string& index_dir);

struct IndexStats {
  std::string generation;                 // live, e.g. "gen-000003"
  std::vector<std::string> generations;   // on disk, oldest first
  std::size_t documents = 0;              // everything in the live generation
  std::size_t profiles = 0;
  std::size_t workshops = 0;
  std::size_t documents_of_type = 0;      // documents as an evidence type
  std::size_t hidden_people = 0;          // names redacted from text (hidden or erased people)
  std::string schema_version;
  std::string stemmer;
  std::size_t stopwords = 0;
  std::string compound_words_file;        // "" when compounds were not split
  bool spelling = false;
};

// Reads the live generation. Errors: Unavailable, IndexError.
Result<IndexStats> index_stats(const std::string& index_dir);

// Checks the live generation: the schema version and analysis settings can be read; every item has
// one id and one type term, stored data that decodes, and person terms that agree with its links;
// no profile belongs to a hidden person. Returns the problems found (empty when consistent), each a
// sentence naming the item. Links to people without a profile are not problems (ingest reports
// them). Errors: Unavailable, IndexError when the index cannot be read at all.
Result<std::vector<std::string>> verify_index(const std::string& index_dir, std::size_t max_problems = 100);

}  // namespace wieweet

#endif  // WIEWEET_INDEX_MAINTENANCE_H_
