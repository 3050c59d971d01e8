// XapianSearcher: keeps the open index current and turns Xapian's exceptions into Status. What each
// operation does lives in its own file (expert_search, person_page, browse_operations, meeloop_search).
#include "wieweet/searcher.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <xapian.h>

#include "browse/browse_operations.h"
#include "search/evidence_retrieval.h"
#include "search/expert_search.h"
#include "meeloop/meeloop_search.h"
#include "search/open_index.h"
#include "browse/person_page.h"
#include "search/search_context.h"

namespace wieweet {
namespace {

// A new revision replaces the old one's person directory and links table (megabytes at the
// association's size). glibc keeps what is freed in the freeing thread's arena for reuse, so after a
// few revisions on a few server threads the RSS had grown by the old revisions' size (the soak test:
// +20.8% after two rebuilds and an update; within its 20% with MALLOC_ARENA_MAX=1). malloc_trim()
// hands the free pages back to the system: once per revision and thread, never per request.
void return_freed_memory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

class XapianSearcher final : public Searcher {
 public:
  XapianSearcher(std::string dir, const RankingConfig& ranking, std::shared_ptr<const QueryResources> settings,
                 std::unique_ptr<OpenIndex> index)
      : dir_(std::move(dir)),
        ranking_(ranking),
        ranker_(ranking_model(ranking)),
        settings_(std::move(settings)),
        index_(std::move(index)) {}

  Result<SearchResult> search(const ExpertQuery& query) override {
    return guarded([&](const SearchContext& context) { return search_experts(context, query); });
  }

  Result<PersonPage> person(const std::string& person_id) override {
    return guarded([&](const SearchContext& context) { return person_page(context, person_id); });
  }

  Result<Person> profile(const std::string& person_id) override {
    return guarded([&](const SearchContext& context) -> Result<Person> {
      const PersonCard* card = context.index.people.find(person_id);
      if (card == nullptr) return Status::not_found("no person with id " + person_id);
      return card->person;
    });
  }

  Result<std::vector<Suggestion>> suggest(const std::string& typed, std::size_t limit) override {
    return guarded([&](const SearchContext& context) -> Result<std::vector<Suggestion>> {
      return wieweet::suggest(context, typed, limit);
    });
  }

  Result<std::vector<RelatedTopic>> related(const std::string& text, std::size_t limit) override {
    return guarded([&](const SearchContext& context) { return related_topics(context, text, limit); });
  }

  Result<EvidenceSearchResult> search_evidence(const EvidenceQuery& query) override {
    return guarded([&](const SearchContext& context) { return wieweet::search_evidence(context, query); });
  }

  Result<SearchResult> match(const MatchQuery& query) override {
    return guarded([&](const SearchContext& context) { return match_hosts(context, query); });
  }

  Result<IndexInfo> info() override {
    return guarded([&](const SearchContext& context) -> Result<IndexInfo> {
      return IndexInfo{context.index.generation, context.index.db.get_doccount(), context.index.people.size()};
    });
  }

 private:
  // Runs `operation` on the current revision, mapping Xapian's exceptions to IndexError.
  template <typename Operation>
  auto guarded(Operation operation) -> decltype(operation(std::declval<const SearchContext&>())) {
    if (Status status = refresh(); !status.ok()) return status;
    try {
      return operation(SearchContext{*index_, ranking_, ranker_});
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read: reopen once and answer from the new revision.
      try {
        index_->db.reopen();
        index_->load_revision();
        return operation(SearchContext{*index_, ranking_, ranker_});
      } catch (const Xapian::Error& error) {
        return Status::index_error(error.get_description());
      }
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

  // Picks up a newly published generation, or new commits to the live one.
  Status refresh() {
    auto identity = stub_identity(dir_);
    if (identity && !(*identity == index_->identity)) {
      // If what was published cannot be opened, keep answering from the generation we have (still
      // on disk: pruning keeps it) rather than failing every request; the next request tries again.
      if (auto reopened = open_index(dir_, *settings_); reopened.ok()) {
        index_ = std::move(reopened.value());
        return_freed_memory();
        return {};
      }
    }
    try {
      if (index_->db.reopen()) {
        index_->load_revision();
        return_freed_memory();
      }
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
    return {};
  }

  std::string dir_;
  RankingConfig ranking_;
  Ranker ranker_;
  std::shared_ptr<const QueryResources> settings_;
  std::unique_ptr<OpenIndex> index_;
};

}  // namespace

Result<std::shared_ptr<const QueryResources>> Searcher::load_query_resources(const QueryConfig& query) {
  auto resources = std::make_shared<QueryResources>();
  resources->config = query;
  auto question_words = load_question_words(query.question_words_file);
  if (!question_words.ok()) return question_words.status();
  resources->question_words = std::move(question_words.value());
  if (query.synonyms_file != "none") {
    // Checked here with the default analysis; each opened index keys the entries again with its own
    // stopwords (SynonymTable::for_index), as its queries are read.
    auto analyzer = TextAnalyzer::create(AnalysisConfig{});
    if (!analyzer.ok()) return analyzer.status();
    auto synonyms = SynonymTable::load(query.synonyms_file, analyzer.value());
    if (!synonyms.ok()) return synonyms.status();
    resources->synonyms = std::make_shared<const SynonymTable>(std::move(synonyms.value()));
  }
  return std::shared_ptr<const QueryResources>(std::move(resources));
}

Result<std::unique_ptr<Searcher>> Searcher::open(const std::string& index_dir, const RankingConfig& ranking,
                                                 std::shared_ptr<const QueryResources> query) {
  auto index = open_index(index_dir, *query);
  if (!index.ok()) return index.status();
  return std::unique_ptr<Searcher>(new XapianSearcher(index_dir, ranking, std::move(query), std::move(index.value())));
}

Result<std::unique_ptr<Searcher>> Searcher::open(const std::string& index_dir, const RankingConfig& ranking,
                                                 const QueryConfig& query) {
  auto resources = load_query_resources(query);
  if (!resources.ok()) return resources.status();
  return open(index_dir, ranking, std::move(resources.value()));
}

}  // namespace wieweet
