// The analysis settings an index was built with, stored in its metadata. Writers record them;
// readers (the searcher, incremental updates) rebuild the exact same TextAnalyzer from them, so a
// changed config can never make queries disagree with the index.
#ifndef WIEWEET_SRC_INDEX_METADATA_H_
#define WIEWEET_SRC_INDEX_METADATA_H_

#include <map>
#include <string>

#include <xapian.h>

#include "wieweet/status.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

void write_index_metadata(Xapian::WritableDatabase& db, const TextAnalyzer& analyzer);

// What the indexer added besides the analysed text; updates keep doing the same, and the searcher
// only corrects spelling when the data is there.
struct IndexFeatures {
  std::string compound_words_file;  // "" when compounds were not split
  bool spelling = false;            // the spelling table was filled
};
void write_index_features(Xapian::WritableDatabase& db, const IndexFeatures& features);
// May throw Xapian::Error.
IndexFeatures read_index_features(const Xapian::Database& db);

// Errors: IndexError when the schema version is not ours (rebuild needed) or the settings are bad.
// May throw Xapian::Error.
Result<TextAnalyzer> read_index_metadata(const Xapian::Database& db);

// The hidden people whose names are redacted from evidence text, id -> name. May throw Xapian::Error.
std::map<std::string, std::string> read_hidden_people(const Xapian::Database& db);
void write_hidden_people(Xapian::WritableDatabase& db, const std::map<std::string, std::string>& hidden);

}  // namespace wieweet

#endif  // WIEWEET_SRC_INDEX_METADATA_H_
