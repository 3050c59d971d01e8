#include "index_metadata.h"

#include <string>
#include <vector>

#include "schema.h"

namespace wieweet {

void write_index_metadata(Xapian::WritableDatabase& db, const TextAnalyzer& analyzer) {
  std::string stopwords;
  for (const auto& word : analyzer.stopwords()) stopwords += word + "\n";
  db.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
  db.set_metadata(std::string(schema::kMetaStemmer), analyzer.stemmer_name());
  db.set_metadata(std::string(schema::kMetaStopwords), stopwords);
}

Result<TextAnalyzer> read_index_metadata(const Xapian::Database& db) {
  const std::string version = db.get_metadata(std::string(schema::kMetaSchema));
  if (version != schema::kSchemaVersion) {
    return Status::index_error("index schema version \"" + version + "\" is not the supported \"" +
                               std::string(schema::kSchemaVersion) + "\"; rebuild the index");
  }
  std::vector<std::string> stopwords;
  const std::string stored = db.get_metadata(std::string(schema::kMetaStopwords));
  std::size_t start = 0;
  while (start < stored.size()) {
    auto end = stored.find('\n', start);
    if (end == std::string::npos) end = stored.size();
    if (end > start) stopwords.push_back(stored.substr(start, end - start));
    start = end + 1;
  }
  auto analyzer = TextAnalyzer::from_settings(db.get_metadata(std::string(schema::kMetaStemmer)), std::move(stopwords));
  if (!analyzer.ok()) return Status::index_error("index metadata: " + analyzer.status().message());
  return analyzer;
}

}  // namespace wieweet
