// related_topics() of browse_operations.h.
#include <set>

#include "browse/browse_operations.h"
#include "search/evidence_retrieval.h"
#include "browse/topic_terms.h"

namespace wieweet {
namespace {

// Topics are drawn from ranking.related_depth of the best evidence items for the query: enough to
// see what recurs, few enough that the items are still about the query.
// With this many items, a topic must recur (two items) to count as related.
constexpr std::size_t kMinItemsForSupport = 10;

}  // namespace

Result<std::vector<RelatedTopic>> related_topics(const SearchContext& context, const std::string& text,
                                                 std::size_t limit) {
  auto built = context.index.queries->build(text);
  if (!built.ok()) return built.status();
  const RetrievedItems items = retrieve(context, built->query, context.ranking.related_depth, built->deadline);
  if (items.deadline_exceeded) return deadline_status();
  TopicSelection selection;
  selection.limit = limit;
  selection.min_support = items.docids.size() >= kMinItemsForSupport ? 2 : 1;
  selection.excluded_keys = {context.index.analyzer.normalize_phrase(text)};
  selection.excluded_words = std::set<std::string>(built->highlight.words.begin(), built->highlight.words.end());
  std::vector<RelatedTopic> related;
  for (auto& topic : topics_of(context, items.docids, selection)) related.push_back({std::move(topic.topic)});
  return related;
}

}  // namespace wieweet
