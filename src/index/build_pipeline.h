// Building documents on several threads for one writer (issue 10): turning a record into a
// Xapian::Document (analysis, redaction, compound parts) is about half of a rebuild's work, and it
// needs no database, so it runs on builder threads while the one thread that owns the
// WritableDatabase writes the documents, in input order.
#ifndef WIEWEET_SRC_BUILD_PIPELINE_H_
#define WIEWEET_SRC_BUILD_PIPELINE_H_

#include <xapian.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "index/document_builder.h"
#include "wieweet/records.h"
#include "wieweet/status.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

class CompoundSplitter;

// The hidden people (id -> name) in force when a record was read: later records may add to them,
// so each record carries the set it is to be built with.
using HiddenPeople = std::map<std::string, std::string>;

// N builder threads, each with its own analyzer, DocumentBuilder and compound splitter cache (the
// word list is shared). submit() and take() are called by the one writing thread only; the builder
// threads touch nothing of the caller's but what submit() hands them.
class BuildPipeline {
 public:
  // Starts `threads` (>= 1) builder threads analysing as `analyzer` does, splitting compounds with a
  // share of `splitter` (nullptr: no splitting), collecting spelling words when `spelling`.
  // Errors: those of TextAnalyzer::from_settings (none for settings an analyzer already has).
  static Result<std::unique_ptr<BuildPipeline>> start(const TextAnalyzer& analyzer, const CompoundSplitter* splitter,
                                                      bool spelling, std::size_t threads);
  // Stops the threads (documents not taken are dropped) and joins them.
  ~BuildPipeline();
  BuildPipeline(const BuildPipeline&) = delete;
  BuildPipeline& operator=(const BuildPipeline&) = delete;

  // Queues a Person (visible), Workshop or Document to be built with `hidden`'s names redacted; a
  // ticket is returned for take(). Does not block: the caller bounds what it has in flight.
  std::uint64_t submit(IngestRecord record, std::shared_ptr<const HiddenPeople> hidden);
  // Whether take(ticket) would return at once.
  bool ready(std::uint64_t ticket);
  // The document built for `ticket`, waiting for it; each ticket is taken once. Errors: IndexError
  // (a Xapian error while building), Internal (anything else thrown).
  Result<Xapian::Document> take(std::uint64_t ticket);

  // Stops and joins the threads and returns the spelling words they collected, summed.
  // REQUIRES: every ticket was taken.
  SpellingCounts finish();

 private:
  struct Job {
    std::uint64_t ticket;
    IngestRecord record;
    std::shared_ptr<const HiddenPeople> hidden;
  };
  // One builder thread's own state, touched only by that thread while it runs.
  struct Worker {
    explicit Worker(TextAnalyzer own_analyzer) : analyzer(std::move(own_analyzer)), builder(analyzer) {}
    TextAnalyzer analyzer;
    DocumentBuilder builder;
    std::unique_ptr<CompoundSplitter> splitter;
    std::shared_ptr<const HiddenPeople> hidden;  // the set `builder` redacts now
    SpellingCounts spelling;
    std::thread thread;
  };

  BuildPipeline() = default;
  void run(Worker& worker);
  void stop();

  std::vector<std::unique_ptr<Worker>> workers_;
  std::mutex mutex_;
  std::condition_variable job_added_;    // a job was queued, or stopping_
  std::condition_variable job_built_;    // a document was built
  std::deque<Job> jobs_;                           // guarded by mutex_
  std::unordered_map<std::uint64_t, Result<Xapian::Document>> built_;  // guarded by mutex_
  bool stopping_ = false;                          // guarded by mutex_
  std::uint64_t next_ticket_ = 0;                  // the writing thread's own
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_BUILD_PIPELINE_H_
