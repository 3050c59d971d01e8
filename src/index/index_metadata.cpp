#include "index/index_metadata.h"

#include <string>
#include <vector>

#include "index/schema.h"

namespace wieweet {

void write_index_metadata(Xapian::WritableDatabase& db, const TextAnalyzer& analyzer) {
  std::string stopwords;
  for (const auto& word : analyzer.stopwords()) stopwords += word + "\n";
  db.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
  db.set_metadata(std::string(schema::kMetaStemmer), analyzer.stemmer_name());
  db.set_metadata(std::string(schema::kMetaStopwords), stopwords);
}

void write_index_features(Xapian::WritableDatabase& db, const IndexFeatures& features) {
  db.set_metadata(std::string(schema::kMetaCompoundWords), features.compound_words_file);
  db.set_metadata(std::string(schema::kMetaSpelling), features.spelling ? "1" : "0");
}

IndexFeatures read_index_features(const Xapian::Database& db) {
  return IndexFeatures{db.get_metadata(std::string(schema::kMetaCompoundWords)),
                       db.get_metadata(std::string(schema::kMetaSpelling)) == "1"};
}

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::map<std::string, std::string> read_hidden_people(const Xapian::Database& db) {
  std::map<std::string, std::string> hidden;
  for (const auto& line : split_lines(db.get_metadata(std::string(schema::kMetaHiddenPeople)))) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) hidden.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return hidden;
}

void write_hidden_people(Xapian::WritableDatabase& db, const std::map<std::string, std::string>& hidden) {
  std::string lines;
  for (const auto& [id, name] : hidden) lines += id + "\t" + name + "\n";
  db.set_metadata(std::string(schema::kMetaHiddenPeople), lines);
}

Result<TextAnalyzer> read_index_metadata(const Xapian::Database& db) {
  const std::string version = db.get_metadata(std::string(schema::kMetaSchema));
  if (version != schema::kSchemaVersion) {
    return Status::index_error("index schema version \"" + version + "\" is not the supported \"" +
                               std::string(schema::kSchemaVersion) + "\"; rebuild the index");
  }
  std::vector<std::string> stopwords = split_lines(db.get_metadata(std::string(schema::kMetaStopwords)));
  auto analyzer = TextAnalyzer::from_settings(db.get_metadata(std::string(schema::kMetaStemmer)), std::move(stopwords));
  if (!analyzer.ok()) return Status::index_error("index metadata: " + analyzer.status().message());
  return analyzer;
}

}  // namespace wieweet
