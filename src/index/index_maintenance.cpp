#include "wieweet/index_maintenance.h"

#include <algorithm>
#include <set>

#include <xapian.h>

#include "index/index_layout.h"
#include "index/index_metadata.h"
#include "index/schema.h"
#include "index/stored_evidence.h"

namespace wieweet {
namespace {

Xapian::doccount count_type(const Xapian::Database& db, EvidenceType type) {
  return db.get_termfreq(schema::type_term(type));
}

// The boolean terms of one item with the given prefix, without the prefix.
std::vector<std::string> terms_with_prefix(const Xapian::Document& doc, std::string_view prefix) {
  std::vector<std::string> found;
  auto term = doc.termlist_begin();
  for (term.skip_to(std::string(prefix)); term != doc.termlist_end(); ++term) {
    const std::string& name = *term;
    if (name.compare(0, prefix.size(), prefix) != 0) break;
    found.push_back(name.substr(prefix.size()));
  }
  return found;
}

}  // namespace

Result<std::string> rollback_index(const std::string& index_dir) {
  if (auto live = index_layout::live_generation(index_dir); !live.ok()) return live.status();
  auto lock = index_layout::DirectoryLock::acquire(index_dir);
  if (!lock.ok()) return lock.status();
  auto live = index_layout::live_generation(index_dir);
  if (!live.ok()) return live.status();
  const auto names = index_layout::generations(index_dir);
  const auto at = std::find(names.begin(), names.end(), live.value());
  if (at == names.end() || at == names.begin()) {
    return Status::not_found("no generation before " + live.value() + " is kept in " + index_dir +
                             " (index.keep_generations)");
  }
  const std::string previous = *(at - 1);
  try {
    // Never switch readers to something they cannot open.
    Xapian::Database db(index_layout::generation_path(index_dir, previous));
    if (auto analyzer = read_index_metadata(db); !analyzer.ok()) return analyzer.status();
  } catch (const Xapian::Error& error) {
    return Status::index_error(previous + " cannot be opened: " + error.get_description());
  }
  if (Status status = index_layout::publish_generation(index_dir, previous); !status.ok()) return status;
  return previous;
}

Result<IndexStats> index_stats(const std::string& index_dir) {
  auto live = index_layout::live_generation(index_dir);
  if (!live.ok()) return live.status();
  try {
    Xapian::Database db(index_layout::generation_path(index_dir, live.value()));
    IndexStats stats;
    stats.generation = live.value();
    stats.generations = index_layout::generations(index_dir);
    stats.documents = db.get_doccount();
    stats.profiles = count_type(db, EvidenceType::kProfile);
    stats.workshops = count_type(db, EvidenceType::kWorkshop);
    stats.documents_of_type = count_type(db, EvidenceType::kDocument);
    stats.hidden_people = read_hidden_people(db).size();
    stats.schema_version = db.get_metadata(std::string(schema::kMetaSchema));
    stats.stemmer = db.get_metadata(std::string(schema::kMetaStemmer));
    if (auto analyzer = read_index_metadata(db); analyzer.ok()) stats.stopwords = analyzer->stopwords().size();
    const IndexFeatures features = read_index_features(db);
    stats.compound_words_file = features.compound_words_file;
    stats.spelling = features.spelling;
    return stats;
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

Result<std::vector<std::string>> verify_index(const std::string& index_dir, std::size_t max_problems) {
  auto live = index_layout::live_generation(index_dir);
  if (!live.ok()) return live.status();
  std::vector<std::string> problems;
  auto problem = [&](std::string text) {
    if (problems.size() < max_problems) problems.push_back(std::move(text));
  };
  try {
    Xapian::Database db(index_layout::generation_path(index_dir, live.value()));
    if (auto analyzer = read_index_metadata(db); !analyzer.ok()) problem(analyzer.status().message());
    const auto hidden = read_hidden_people(db);
    std::size_t typed = 0;
    for (auto type : {EvidenceType::kProfile, EvidenceType::kWorkshop, EvidenceType::kDocument}) {
      typed += count_type(db, type);
    }
    if (typed != db.get_doccount()) {
      problem(std::to_string(db.get_doccount()) + " items, but " + std::to_string(typed) + " have a known type");
    }
    for (auto posting = db.postlist_begin(""); posting != db.postlist_end(""); ++posting) {
      const Xapian::Document doc = db.get_document(*posting);
      const auto ids = terms_with_prefix(doc, schema::kUniqueId);
      const std::string item = ids.size() == 1 ? ids[0] : "document #" + std::to_string(*posting);
      if (ids.size() != 1) problem(item + " has " + std::to_string(ids.size()) + " id terms, not 1");
      if (terms_with_prefix(doc, schema::kType).size() != 1) problem(item + " does not have exactly one type");
      auto stored = decode_evidence(doc.get_data());
      if (!stored.ok()) {
        problem(item + ": stored data does not decode: " + stored.status().message());
        continue;
      }
      if (ids.size() == 1 && schema::unique_term(stored->type, stored->id) != std::string(schema::kUniqueId) + ids[0]) {
        problem(item + ": stored data belongs to " + schema::unique_term(stored->type, stored->id));
      }
      std::set<std::string> linked;
      for (const auto& link : decode_links(doc.get_value(schema::kSlotLinks))) linked.insert(link.person_id);
      const auto person_terms = terms_with_prefix(doc, schema::kPerson);
      if (std::set<std::string>(person_terms.begin(), person_terms.end()) != linked) {
        problem(item + ": person terms do not match its links");
      }
      if (stored->type == EvidenceType::kProfile && hidden.count(stored->id) != 0) {
        problem(item + ": a profile of a hidden or erased person");
      }
    }
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
  return problems;
}

}  // namespace wieweet
