#include "wieweet_ranker.h"

#include <utility>

#include "wieweet/searcher.h"

namespace wieweet::relevance {
namespace {

class WieWeetRanker final : public PeopleRanker {
 public:
  explicit WieWeetRanker(std::unique_ptr<Searcher> searcher) : searcher_(std::move(searcher)) {}

  Result<Ranking> rank(const std::string& query, std::size_t depth) override {
    // Fields set by name: ExpertQuery grows (filters), and a positional initialiser would shift.
    ExpertQuery request;
    request.text = query;
    request.page = 1;
    request.size = depth;
    auto result = searcher_->search(request);
    if (!result.ok()) {
      // The only InvalidArgument is a query with no searchable words (all stopwords, say).
      if (result.status().code() == StatusCode::kInvalidArgument) return Ranking{};
      return result.status();
    }
    Ranking ranking;
    ranking.reserve(result->results.size());
    for (const auto& hit : result->results) ranking.push_back(hit.id);
    return ranking;
  }

 private:
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace

Result<std::unique_ptr<PeopleRanker>> open_wieweet_ranker(const std::string& index_dir, const Config& config) {
  auto searcher = Searcher::open(index_dir, config.ranking, config.query);
  if (!searcher.ok()) return searcher.status();
  return std::unique_ptr<PeopleRanker>(new WieWeetRanker(std::move(searcher.value())));
}

}  // namespace wieweet::relevance
