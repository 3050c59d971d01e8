#include "index/build_pipeline.h"

#include <exception>
#include <utility>

#include "analysis/compound_splitter.h"

namespace wieweet {

Result<std::unique_ptr<BuildPipeline>> BuildPipeline::start(const TextAnalyzer& analyzer,
                                                            const CompoundSplitter* splitter, bool spelling,
                                                            std::size_t threads) {
  std::unique_ptr<BuildPipeline> pipeline(new BuildPipeline());
  for (std::size_t i = 0; i < threads; ++i) {
    // Each thread its own analyzer: Snowball stemmers keep state (text_analysis.h).
    auto own = TextAnalyzer::from_settings(analyzer.stemmer_name(), analyzer.stopwords());
    if (!own.ok()) return own.status();
    auto worker = std::make_unique<Worker>(std::move(own.value()));
    if (splitter != nullptr) {
      worker->splitter = std::make_unique<CompoundSplitter>(splitter->share(worker->analyzer));
      worker->builder.set_compound_splitter(worker->splitter.get());
    }
    if (spelling) worker->builder.collect_spelling(&worker->spelling);
    pipeline->workers_.push_back(std::move(worker));
  }
  // Started only once every worker exists: a failure above leaves no thread behind.
  for (auto& worker : pipeline->workers_) {
    worker->thread = std::thread([p = pipeline.get(), w = worker.get()] { p->run(*w); });
  }
  return pipeline;
}

BuildPipeline::~BuildPipeline() { stop(); }

void BuildPipeline::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  job_added_.notify_all();
  for (auto& worker : workers_) {
    if (worker->thread.joinable()) worker->thread.join();
  }
}

std::uint64_t BuildPipeline::submit(IngestRecord record, std::shared_ptr<const HiddenPeople> hidden) {
  const std::uint64_t ticket = next_ticket_++;
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back({ticket, std::move(record), std::move(hidden)});
  }
  job_added_.notify_one();
  return ticket;
}

bool BuildPipeline::ready(std::uint64_t ticket) {
  std::lock_guard lock(mutex_);
  return built_.count(ticket) != 0;
}

Result<Xapian::Document> BuildPipeline::take(std::uint64_t ticket) {
  std::unique_lock lock(mutex_);
  job_built_.wait(lock, [&] { return built_.count(ticket) != 0; });
  auto node = built_.extract(ticket);
  return std::move(node.mapped());
}

SpellingCounts BuildPipeline::finish() {
  stop();
  if (workers_.empty()) return {};
  SpellingCounts all = std::move(workers_.front()->spelling);
  for (std::size_t i = 1; i < workers_.size(); ++i) {
    for (auto& [word, count] : workers_[i]->spelling) all[word] += count;
  }
  return all;
}

void BuildPipeline::run(Worker& worker) {
  while (true) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      job_added_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
      if (stopping_) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    // The hidden set changes rarely (a hidden person read among the staff); the shared_ptr held in
    // worker.hidden keeps its address from being reused, so comparing pointers is enough.
    if (job.hidden != worker.hidden) {
      worker.hidden = job.hidden;
      worker.builder.set_hidden_people(worker.hidden ? *worker.hidden : HiddenPeople{});
    }
    Result<Xapian::Document> built = Status::internal("a deletion was queued to be built");
    try {
      std::visit(
          [&](const auto& item) {
            using Item = std::decay_t<decltype(item)>;
            if constexpr (!std::is_same_v<Item, Deletion>) built = worker.builder.build(item);
          },
          job.record);
    } catch (const Xapian::Error& error) {
      built = Status::index_error(error.get_description());
    } catch (const std::exception& error) {
      built = Status::internal(std::string("building a document: ") + error.what());
    } catch (...) {
      // Whatever it was, the writer waiting for this ticket must hear of it, not wait forever.
      built = Status::internal("building a document: an unknown exception");
    }
    job.record = IngestRecord{};  // freed here, not under the lock
    {
      std::lock_guard lock(mutex_);
      built_.emplace(job.ticket, std::move(built));
    }
    job_built_.notify_all();
  }
}

}  // namespace wieweet
