#include "wieweet/index_writer.h"

#include <deque>
#include <filesystem>
#include <optional>
#include <set>
#include <thread>
#include <unordered_set>

#include <xapian.h>

#include "index/build_pipeline.h"
#include "index/document_builder.h"
#include "index/index_layout.h"
#include "index/index_metadata.h"
#include "privacy/person_erasure.h"
#include "index/schema.h"
#include "wieweet/privacy.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

class XapianIndexWriter final : public IndexWriter {
 public:
  XapianIndexWriter(std::string dir, std::string generation, bool rebuild, const Config& config,
                    index_layout::DirectoryLock lock, TextAnalyzer analyzer, Xapian::WritableDatabase db,
                    IndexFeatures features)
      : dir_(std::move(dir)),
        generation_(std::move(generation)),
        rebuild_(rebuild),
        commit_every_(config.index.commit_every),
        keep_generations_(config.index.keep_generations),
        threads_(config.index.threads != 0 ? config.index.threads : std::max(1u, std::thread::hardware_concurrency())),
        lock_(std::move(lock)),
        analyzer_(std::move(analyzer)),
        builder_(analyzer_),
        db_(std::move(db)),
        features_(std::move(features)) {
    // An update is one transaction: readers see all of it at publish() or, if the run fails, none
    // of it (close() alone would commit what was applied so far). A rebuild needs no transaction:
    // its generation is invisible until published, and intermediate commits bound its memory.
    if (features_.spelling) builder_.record_spelling(db_);
    if (!rebuild_) {
      hidden_people_ = read_hidden_people(db_);
      builder_.set_hidden_people(hidden_people_);
      db_.begin_transaction(false);
    }
  }

  // Loads the compound word list, when the index splits compounds. Errors: IoError.
  Status load_compound_words() {
    if (features_.compound_words_file.empty()) return {};
    auto splitter = CompoundSplitter::load(features_.compound_words_file, analyzer_);
    if (!splitter.ok()) return splitter.status();
    splitter_ = std::make_unique<CompoundSplitter>(std::move(splitter.value()));
    builder_.set_compound_splitter(splitter_.get());
    return {};
  }

  // A rebuild with index.threads > 1 builds its documents on that many threads (build_pipeline.h);
  // an update, small and interleaved with look-ups of what the index holds, builds them here.
  Status start_builders() {
    if (!rebuild_ || threads_ <= 1) return {};
    auto pipeline = BuildPipeline::start(analyzer_, splitter_.get(), features_.spelling, threads_);
    if (!pipeline.ok()) return pipeline.status();
    pipeline_ = std::move(pipeline.value());
    hidden_snapshot_ = std::make_shared<const HiddenPeople>(hidden_people_);
    return {};
  }

  ~XapianIndexWriter() override {
    pipeline_.reset();  // its threads stopped before anything else goes
    if (published_) return;
    // Abandoned: the live index must look exactly as before this writer existed.
    try {
      if (!rebuild_) db_.cancel_transaction();
      db_.close();
    } catch (const Xapian::Error&) {
    }
    if (rebuild_) {
      std::error_code ignored;
      std::filesystem::remove_all(index_layout::generation_path(dir_, generation_), ignored);
    }
  }

  Status upsert(const IngestRecord& record) override {
    try {
      std::visit([this](const auto& item) { apply(item); }, record);
      return write_queued(false);
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

  bool holds_document(const std::string& id, const std::string& content_hash) override {
    if (content_hash.empty()) return false;
    try {
      const std::string term = schema::unique_term(EvidenceType::kDocument, id);
      auto posting = db_.postlist_begin(term);
      if (posting == db_.postlist_end(term)) return false;
      return db_.get_document(*posting).get_value(schema::kSlotContentHash) == content_hash;
    } catch (const Xapian::Error&) {
      return false;
    }
  }

  Status erase_person(const std::string& person_id) override {
    try {
      if (Status status = write_queued(true); !status.ok()) return status;
      const ErasureOutcome outcome = wieweet::erase_person(db_, analyzer_, splitter_.get(), person_id, hidden_people_);
      hidden_people_changed();
      written_.erase(schema::unique_term(EvidenceType::kProfile, person_id));
      known_people_.erase(person_id);
      referenced_.erase(person_id);
      erased_.push_back(person_id);
      ++(outcome.found ? counts_.deleted : counts_.skipped);
      counts_.replaced += outcome.items_changed;
      return {};
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

  Result<IndexReport> publish() override {
    IndexReport report;
    try {
      if (Status status = write_queued(true); !status.ok()) return status;
      if (pipeline_ != nullptr) {
        // The builders' spelling words, as the TermGenerator would have added them one by one.
        for (const auto& [word, count] : pipeline_->finish()) db_.add_spelling(word, count);
        pipeline_.reset();
      }
      // The searcher reads the analysis back from here, so queries always match how this was built.
      if (rebuild_ && db_.get_doccount() == 0) {
        // An empty rebuild would silently replace a good index with nothing (a truncated export, a
        // file of deletions): refuse, and keep what is live.
        return Status::invalid_argument("the new index would be empty; nothing was published");
      }
      write_index_metadata(db_, analyzer_);
      write_index_features(db_, features_);
      write_hidden_people(db_, hidden_people_);
      for (const auto& [person, links] : referenced_) {
        if (known_people_.count(person) != 0) continue;
        if (!rebuild_ && db_.term_exists(schema::unique_term(EvidenceType::kProfile, person))) continue;
        report.unknown_people.emplace(person, links);
      }
      if (rebuild_) {
        db_.commit();
      } else {
        db_.commit_transaction();
      }
      report.documents = db_.get_doccount();
      db_.close();
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
    if (rebuild_) {
      if (Status status = index_layout::publish_generation(dir_, generation_); !status.ok()) return status;
      index_layout::prune_generations(dir_, keep_generations_);
    }
    published_ = true;
    if (!erased_.empty()) erase_in_older_generations(report);
    report.counts = counts_;
    report.generation = generation_;
    return report;
  }

 private:
  // An erased person must not come back through `rollback`: the kept older generations are erased
  // too, each as its own analysis settings say; one that cannot be rewritten is removed instead.
  // REQUIRES: the lock is held (it is until this writer is destroyed).
  void erase_in_older_generations(IndexReport& report) {
    for (const auto& name : index_layout::generations(dir_)) {
      if (name == generation_) continue;
      const std::string path = index_layout::generation_path(dir_, name);
      bool erased = false;
      try {
        Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
        auto analyzer = read_index_metadata(db);
        const IndexFeatures features = read_index_features(db);
        std::unique_ptr<CompoundSplitter> own_splitter;
        CompoundSplitter* splitter = features.compound_words_file == features_.compound_words_file ? splitter_.get() : nullptr;
        if (analyzer.ok() && splitter == nullptr && !features.compound_words_file.empty()) {
          auto loaded = CompoundSplitter::load(features.compound_words_file, analyzer.value());
          if (loaded.ok()) own_splitter = std::make_unique<CompoundSplitter>(std::move(loaded.value()));
          splitter = own_splitter.get();
        }
        if (analyzer.ok() && (splitter != nullptr || features.compound_words_file.empty())) {
          auto hidden = read_hidden_people(db);
          for (const auto& id : erased_) wieweet::erase_person(db, analyzer.value(), splitter, id, hidden);
          write_hidden_people(db, hidden);
          db.commit();
          erased = true;
        }
      } catch (const Xapian::Error&) {
      }
      if (erased) {
        ++report.older_generations_erased;
      } else {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
        ++report.older_generations_removed;
      }
    }
  }

  // One change, in input order: the record's document (a ticket of pipeline_, or built already), or
  // the removal of whatever holds `unique_term`.
  struct Change {
    std::string unique_term;
    enum class Kind { kWrite, kRemove } kind;
    std::uint64_t ticket = 0;
  };

  // Adds or replaces the record's document: built here, or queued to be built and written in turn.
  template <class Item>
  void put(std::string unique_term, const Item& item) {
    if (pipeline_ == nullptr) {
      write(unique_term, builder_.build(item));
      return;
    }
    const std::uint64_t ticket = pipeline_->submit(IngestRecord(item), hidden_snapshot_);
    queued_.push_back({std::move(unique_term), Change::Kind::kWrite, ticket});
  }

  void erase(std::string unique_term) {
    if (pipeline_ == nullptr) {
      remove(unique_term);
      return;
    }
    queued_.push_back({std::move(unique_term), Change::Kind::kRemove});
  }

  // Writes the queued changes whose documents are built, in order; `all`: waits for every one.
  // Never more than kInFlightPerThread per builder thread stay queued, which bounds the memory.
  // Errors: IndexError (from Xapian or a builder), Internal.
  Status write_queued(bool all) {
    static constexpr std::size_t kInFlightPerThread = 64;
    while (!queued_.empty()) {
      Change& change = queued_.front();
      if (change.kind == Change::Kind::kRemove) {
        remove(change.unique_term);
      } else {
        const bool wait = all || queued_.size() > kInFlightPerThread * threads_;
        if (!wait && !pipeline_->ready(change.ticket)) break;
        auto built = pipeline_->take(change.ticket);
        if (!built.ok()) return built.status();
        write(change.unique_term, built.value());
      }
      queued_.pop_front();
    }
    return {};
  }

  // A rebuild starts from an empty database, so what it holds is what it wrote: the set answers
  // "is it there?" without asking Xapian, and a new document is added, not replaced by term.
  void write(const std::string& unique_term, const Xapian::Document& doc) {
    if (!rebuild_) {
      const bool existed = db_.term_exists(unique_term);
      db_.replace_document(unique_term, doc);
      ++(existed ? counts_.replaced : counts_.added);
    } else if (written_.insert(unique_term).second) {
      db_.add_document(doc);
      ++counts_.added;
    } else {
      db_.replace_document(unique_term, doc);
      ++counts_.replaced;
    }
    changed();
  }

  void remove(const std::string& unique_term) {
    if (rebuild_ ? written_.erase(unique_term) != 0 : db_.term_exists(unique_term)) {
      db_.delete_document(unique_term);
      ++counts_.deleted;
    } else {
      ++counts_.skipped;
    }
    changed();
  }

  // A rebuild commits every commit_every changes, bounding its memory.
  void changed() {
    if (rebuild_ && ++pending_ >= commit_every_) {
      db_.commit();
      pending_ = 0;
    }
  }

  void note_links(const std::vector<std::string>& people) {
    for (const auto& person : people) ++referenced_[person];
  }

  void apply(const Person& person) {
    known_people_.insert(person.id);
    const std::string term = schema::unique_term(EvidenceType::kProfile, person.id);
    // Staff are read before evidence, so a hidden person's name is known before any text naming them.
    const bool was_hidden = hidden_people_.count(person.id) != 0;
    if (!may_be_shown(person)) {
      hidden_people_[person.id] = person.name;
      hidden_people_changed();
    } else if (was_hidden) {
      hidden_people_.erase(person.id);
      hidden_people_changed();
    }
    if (!may_be_shown(person)) {
      // Someone who became hidden disappears from the index; their links no longer lead anywhere.
      erase(term);
      return;
    }
    put(term, person);
  }

  // Records built from now on redact the new set; those already queued keep the set they were read with.
  void hidden_people_changed() {
    builder_.set_hidden_people(hidden_people_);
    if (pipeline_ != nullptr) hidden_snapshot_ = std::make_shared<const HiddenPeople>(hidden_people_);
  }

  void apply(const Workshop& workshop) {
    note_links(workshop.presenters);
    note_links(workshop.participants);
    put(schema::unique_term(EvidenceType::kWorkshop, workshop.id), workshop);
  }

  void apply(const Document& document) {
    note_links(document.authors);
    note_links(document.mentions);
    put(schema::unique_term(EvidenceType::kDocument, document.id), document);
  }

  void apply(const Deletion& deletion) {
    switch (deletion.source) {
      case SourceKind::kStaff:
        known_people_.erase(deletion.id);
        erase(schema::unique_term(EvidenceType::kProfile, deletion.id));
        break;
      case SourceKind::kWorkshops:
        erase(schema::unique_term(EvidenceType::kWorkshop, deletion.id));
        break;
      case SourceKind::kDocuments:
        erase(schema::unique_term(EvidenceType::kDocument, deletion.id));
        break;
    }
  }

  std::string dir_;
  std::string generation_;
  bool rebuild_;
  std::size_t commit_every_;
  std::size_t keep_generations_;
  std::size_t threads_;  // builder threads of a rebuild; 1: built on this thread
  index_layout::DirectoryLock lock_;
  TextAnalyzer analyzer_;
  DocumentBuilder builder_;
  Xapian::WritableDatabase db_;
  IndexFeatures features_;
  std::unique_ptr<CompoundSplitter> splitter_;
  IndexCounts counts_;
  std::set<std::string> known_people_;  // every person seen in this run, hidden ones included
  std::map<std::string, std::size_t> referenced_;
  std::map<std::string, std::string> hidden_people_;  // id -> name, stored in the index metadata
  std::vector<std::string> erased_;  // people erased by this writer (erase_person)
  std::size_t pending_ = 0;
  bool published_ = false;
  std::unique_ptr<BuildPipeline> pipeline_;  // rebuilds with threads_ > 1
  std::shared_ptr<const HiddenPeople> hidden_snapshot_;  // hidden_people_ as the next record is built with
  std::deque<Change> queued_;  // changes not yet written, in input order
  std::unordered_set<std::string> written_;  // rebuild: the unique terms now in the new database
};

}  // namespace

Result<std::unique_ptr<IndexWriter>> IndexWriter::begin_rebuild(const std::string& index_dir, const Config& config) {
  auto lock = index_layout::DirectoryLock::acquire(index_dir);
  if (!lock.ok()) return lock.status();
  index_layout::remove_abandoned_generations(index_dir);
  auto generation = index_layout::next_generation(index_dir);
  if (!generation.ok()) return generation.status();
  auto analyzer = TextAnalyzer::create(config.analysis);
  if (!analyzer.ok()) return analyzer.status();
  const std::string path = index_layout::generation_path(index_dir, generation.value());
  try {
    // DB_DANGEROUS writes blocks in place instead of copy-on-write: a new generation has no readers
    // until it is published, and one that is not finished is deleted, so nothing needs the old
    // blocks. Less to write, and a quarter smaller (docs/performance.md); the same content.
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_DANGEROUS);
    auto writer = std::make_unique<XapianIndexWriter>(
        index_dir, generation.value(), true, config, std::move(lock.value()), std::move(analyzer.value()), std::move(db),
        IndexFeatures{config.analysis.compound_words_file, config.analysis.spelling});
    if (Status status = writer->load_compound_words(); !status.ok()) return status;
    if (Status status = writer->start_builders(); !status.ok()) return status;
    return std::unique_ptr<IndexWriter>(std::move(writer));
  } catch (const Xapian::Error& error) {
    // E.g. a full disk while creating the tables: no half-made generation is left behind (issue 11).
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
    return Status::index_error(error.get_description());
  }
}

Result<std::unique_ptr<IndexWriter>> IndexWriter::begin_update(const std::string& index_dir, const Config& config) {
  // Checked before taking the lock, which would create the directory: a mistyped --db must not
  // leave an empty index directory behind.
  if (auto live = index_layout::live_generation(index_dir); !live.ok()) return live.status();
  auto lock = index_layout::DirectoryLock::acquire(index_dir);
  if (!lock.ok()) return lock.status();
  auto generation = index_layout::live_generation(index_dir);  // again, now that no writer can switch it
  if (!generation.ok()) return generation.status();
  try {
    Xapian::WritableDatabase db(index_layout::generation_path(index_dir, generation.value()), Xapian::DB_OPEN);
    // Updates must be analysed as the live generation was built, whatever the config says now.
    auto analyzer = read_index_metadata(db);
    if (!analyzer.ok()) return analyzer.status();
    IndexFeatures features = read_index_features(db);
    auto writer = std::make_unique<XapianIndexWriter>(index_dir, generation.value(), false, config,
                                                      std::move(lock.value()), std::move(analyzer.value()),
                                                      std::move(db), std::move(features));
    if (Status status = writer->load_compound_words(); !status.ok()) return status;
    return std::unique_ptr<IndexWriter>(std::move(writer));
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

}  // namespace wieweet
