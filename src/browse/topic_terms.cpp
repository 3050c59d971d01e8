#include "browse/topic_terms.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <unordered_map>

#include "index/schema.h"
#include "index/suggestion_terms.h"

namespace wieweet {
namespace {

// An expand-set word shorter than this is rarely a topic ("deze", "jaar" are stopped or too common).
constexpr std::size_t kMinWordBytes = 4;

bool only_excluded_words(const std::string& key, const std::set<std::string>& excluded_words) {
  if (excluded_words.empty()) return false;
  for (const auto& span : split_words(key)) {
    if (excluded_words.count(std::string(span.word)) == 0) return false;
  }
  return true;
}

// Plain words (unprefixed terms start with a lower-case letter or a digit; prefixes are capitals).
class WordDecider final : public Xapian::ExpandDecider {
 public:
  explicit WordDecider(const TextAnalyzer& analyzer) : analyzer_(analyzer) {}
  bool operator()(const std::string& term) const override {
    if (term.size() < kMinWordBytes || !(std::islower(static_cast<unsigned char>(term[0])) || term[0] < 0)) {
      return false;
    }
    if (std::all_of(term.begin(), term.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return false;
    }
    return !analyzer_.is_stopword(term);
  }

 private:
  const TextAnalyzer& analyzer_;
};

// A plain word in the items: how many carry it, and the sum over them of its wdf's share of the item
// (BM25's, k = 1: (k + 1) wdf / (k * length / average length + wdf)).
struct WordStats {
  std::size_t carried_by = 0;
  double wdf_share = 0.0;
};

// Counts the plain words from `term` to the end of an item's termlist. Plain words sort after every
// prefix (capitals), so they are the termlist's last terms.
void count_words(Xapian::TermIterator& term, const Xapian::TermIterator& end, const WordDecider& is_word,
                 double length_ratio, std::unordered_map<std::string, WordStats>& words) {
  for (term.skip_to("a"); term != end; ++term) {
    const std::string& name = *term;
    if (!is_word(name)) continue;
    const double wdf = term.get_wdf();
    WordStats& stats = words[name];
    ++stats.carried_by;
    stats.wdf_share += 2.0 * wdf / (length_ratio + wdf);
  }
}

// Tags and expertise phrases: each completion term whose key is the whole phrase (not a suffix). With
// `words`, also counts the plain words WordDecider accepts, in the same read of each termlist (reading
// a termlist is most of the cost of either).
std::vector<WeightedTopic> tagged_topics(const SearchContext& context, const std::vector<Xapian::docid>& items,
                                         std::size_t min_support,
                                         std::unordered_map<std::string, WordStats>* words = nullptr) {
  const Xapian::Database& db = context.index.db;
  const std::string prefix(schema::kSuggestTopic);
  const WordDecider is_word(context.index.analyzer);
  const double average_length = std::max(1.0, db.get_avlength());
  std::map<std::string, WeightedTopic> by_term;
  std::map<std::string, std::size_t> carried_by;
  for (Xapian::docid docid : items) {
    auto term = db.termlist_begin(docid);
    const double length_ratio = words != nullptr ? db.get_doclength(docid) / average_length : 0.0;
    for (term.skip_to(prefix); term != db.termlist_end(docid); ++term) {
      const std::string& name = *term;
      if (name.compare(0, prefix.size(), prefix) != 0) {
        if (words != nullptr) count_words(term, db.termlist_end(docid), is_word, length_ratio, *words);
        break;
      }
      auto decoded = suggestion_terms::decode(name);
      if (!decoded) continue;
      const std::string key = context.index.analyzer.normalize_phrase(decoded->display);
      if (name.compare(prefix.size(), key.size() + 1, key + '\x1f') != 0) continue;  // a suffix key
      by_term.try_emplace(name, WeightedTopic{decoded->display, key, 0.0});
      ++carried_by[name];
    }
  }
  const double documents = db.get_doccount();
  std::vector<WeightedTopic> topics;
  for (auto& [name, topic] : by_term) {
    if (carried_by[name] < min_support) continue;
    const double frequency = std::max<double>(1.0, db.get_termfreq(name));
    topic.weight = carried_by[name] * std::log(1.0 + documents / frequency);
    topics.push_back(std::move(topic));
  }
  return topics;
}

std::vector<WeightedTopic> expand_set_words(const SearchContext& context, const std::vector<Xapian::docid>& items,
                                            std::size_t limit) {
  Xapian::RSet relevant;
  for (Xapian::docid docid : items) relevant.add_document(docid);
  Xapian::Enquire enquire(context.index.db);
  // Not Xapian's static MatchAll query: that is one object shared by every thread of the process, and
  // copying a Query changes its (non-atomic) reference count. Two server threads building person
  // pages at once corrupted it, and a later Query::get_length() read freed memory (issue 11, defect 2).
  // An empty term matches every document too, and this one belongs to this call alone.
  enquire.set_query(Xapian::Query(std::string()));
  const WordDecider decider(context.index.analyzer);
  const Xapian::ESet eset = enquire.get_eset(static_cast<Xapian::termcount>(limit), relevant, &decider);
  std::vector<WeightedTopic> words;
  for (auto it = eset.begin(); it != eset.end(); ++it) words.push_back({*it, *it, it.get_weight()});
  return words;
}

// The best `limit` of the counted words carried by at least `min_support` of the `items` items, by
// the Robertson/Sparck Jones relevance weight of the word (the items as the relevant set) times its
// mean wdf share: the terms of Xapian's expand set, weighed alike, without a look-up per rare word.
std::vector<WeightedTopic> supported_words(const SearchContext& context,
                                           const std::unordered_map<std::string, WordStats>& words,
                                           std::size_t items, std::size_t min_support, std::size_t limit) {
  const Xapian::Database& db = context.index.db;
  const double documents = db.get_doccount();
  const double relevant = static_cast<double>(items);
  std::vector<WeightedTopic> weighted;
  for (const auto& [word, stats] : words) {
    if (stats.carried_by < min_support) continue;
    const double r = static_cast<double>(stats.carried_by);
    const double n = std::max(r, static_cast<double>(db.get_termfreq(word)));
    const double odds = (r + 0.5) * std::max(0.5, documents - n - relevant + r + 0.5) /
                        ((n - r + 0.5) * (relevant - r + 0.5));
    weighted.push_back({word, word, stats.wdf_share / relevant * std::log(odds)});
  }
  std::sort(weighted.begin(), weighted.end(), [](const WeightedTopic& a, const WeightedTopic& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
  });
  if (weighted.size() > limit) weighted.resize(limit);
  return weighted;
}

}  // namespace

std::vector<WeightedTopic> topics_of(const SearchContext& context, const std::vector<Xapian::docid>& items,
                                     const TopicSelection& selection) {
  const std::size_t limit = selection.limit;
  if (items.empty() || limit == 0) return {};
  auto keep = [&](const WeightedTopic& topic) {
    return selection.excluded_keys.count(topic.key) == 0 && !only_excluded_words(topic.key, selection.excluded_words) &&
           context.index.may_offer(topic.topic);
  };
  std::unordered_map<std::string, WordStats> words;
  const bool count_words = selection.word_min_support > 0;
  std::vector<WeightedTopic> topics;
  for (auto& topic : tagged_topics(context, items, selection.min_support, count_words ? &words : nullptr)) {
    if (keep(topic)) topics.push_back(std::move(topic));
  }
  std::sort(topics.begin(), topics.end(), [](const WeightedTopic& a, const WeightedTopic& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
  });
  if (topics.size() > limit) topics.resize(limit);
  if (topics.size() < limit) {
    // Words already inside a tag add nothing ("beveiliging" next to "informatiebeveiliging" does).
    std::set<std::string> tagged_words;
    for (const auto& topic : topics) {
      for (const auto& span : split_words(topic.key)) tagged_words.insert(std::string(span.word));
    }
    const std::size_t word_support = std::min(selection.word_min_support, items.size());
    for (auto& word : count_words ? supported_words(context, words, items.size(), word_support, limit * 2)
                                  : expand_set_words(context, items, limit * 2)) {
      if (topics.size() >= limit) break;
      if (tagged_words.count(word.key) == 0 && keep(word)) topics.push_back(std::move(word));
    }
  }
  return topics;
}

}  // namespace wieweet
