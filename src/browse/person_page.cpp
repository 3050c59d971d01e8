#include "browse/person_page.h"

#include <algorithm>
#include <optional>
#include <span>
#include <utility>

#include "search/evidence_retrieval.h"
#include "index/schema.h"
#include "search/item_links.h"
#include "search/open_index.h"
#include "browse/topic_terms.h"

namespace wieweet {
namespace {

// Topics are drawn from at most this many of a person's own (strongest, newest) items.
constexpr std::size_t kTopicItems = 200;
// A plain word (not a tag) is a topic only when at least this many of those items carry it (all of them
// for a person with fewer); see TopicSelection::word_min_support.
constexpr std::size_t kTopicWordSupport = 2;
// Similar colleagues are found by searching for this many of the person's topics (in
// ranking.similarity_depth items). The search is most of a page's cost after its topics; the best six
// found the same colleagues as ten on the sample's experts, in about two thirds of the time
// (docs/performance.md, "Person page").
constexpr std::size_t kSimilarityTopics = 6;

struct OwnItem {
  Xapian::docid docid = 0;
  LinkKind link = LinkKind::kMention;
  std::string date;  // the date slot ("YYYYMMDD", sorts as the ISO date does); empty when undated
  EvidenceRef ref;   // loaded only for the items the page shows
};

// The person's strongest link to the item (a person linked twice, e.g. author and mentioned, is
// listed once, by the stronger link: the rule of strongest_links()), read from the links numbered
// once per revision (item_links.h) rather than by decoding the item's links value.
LinkKind strongest_link(std::span<const NumberedLink> links, std::uint32_t person, const LinkWeights& weights) {
  std::vector<NumberedLink> strongest;
  append_strongest_links(links, weights, &strongest);
  for (const auto& link : strongest) {
    if (link.person == person) return link.kind;
  }
  return LinkKind::kMention;  // not linked: the item only carries their term
}

// Newest first; undated items last, then by id, so pages are stable.
bool newer(const OwnItem& a, const OwnItem& b) {
  if (a.ref.date != b.ref.date) return a.ref.date > b.ref.date;
  return a.ref.id < b.ref.id;
}

// Every item the person is linked to, with its link and date but without its stored data: reading
// and decoding that is most of the cost, and the page shows at most kPersonPageItems of each kind.
std::vector<OwnItem> own_items(const SearchContext& context, const std::string& person_id, std::uint32_t person) {
  const Xapian::Database& db = context.index.db;
  const std::string term = schema::person_term(person_id);
  std::vector<OwnItem> items;
  // Docids come in ascending order, so one pass over the date slot's value stream reads them all.
  Xapian::ValueIterator date = db.valuestream_begin(schema::kSlotDate);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    OwnItem item;
    item.docid = *it;
    item.link = strongest_link(context.index.links.of(item.docid), person, context.ranking.weights);
    if (date != db.valuestream_end(schema::kSlotDate) && date.check(item.docid)) item.date = *date;
    items.push_back(std::move(item));
  }
  // By date (newest first, undated last), then by docid; the shown items are sorted by id below.
  std::sort(items.begin(), items.end(), [](const OwnItem& a, const OwnItem& b) {
    return a.date != b.date ? a.date > b.date : a.docid < b.docid;
  });
  return items;
}

// Loads the newest kPersonPageItems of `items` (sorted by own_items()) and lists them in `group`,
// newest first, then by id: the same items the page showed when it loaded every item. Items dated
// like the last shown one are loaded too, as the id decides between them.
Status show_newest(const SearchContext& context, const std::vector<const OwnItem*>& items, EvidenceGroup& group) {
  group.total = items.size();
  std::size_t end = std::min(items.size(), kPersonPageItems);
  while (end > 0 && end < items.size() && items[end]->date == items[end - 1]->date) ++end;
  std::vector<OwnItem> shown;
  shown.reserve(end);
  for (std::size_t i = 0; i < end; ++i) {
    auto stored = load_item(context.index, items[i]->docid);
    if (!stored.ok()) return stored.status();
    shown.push_back(*items[i]);
    shown.back().ref = evidence_ref(*stored);
  }
  std::sort(shown.begin(), shown.end(), newer);
  if (shown.size() > kPersonPageItems) shown.resize(kPersonPageItems);
  for (auto& item : shown) group.items.push_back(std::move(item.ref));
  return Status::ok_status();
}

bool is_strong(LinkKind link) { return link == LinkKind::kPresenter || link == LinkKind::kAuthor; }

std::vector<PersonTopic> person_topics(const SearchContext& context, const Person& person,
                                       const std::vector<WeightedTopic>& evidenced) {
  // Which self-declared topic each evidenced one is, if any (compared as normalised phrases).
  std::vector<bool> declared_is_evidenced(person.expertise.size(), false);
  std::vector<std::optional<std::size_t>> declared_as(evidenced.size());
  for (std::size_t i = 0; i < person.expertise.size(); ++i) {
    const std::string key = context.index.analyzer.normalize_phrase(person.expertise[i]);
    for (std::size_t j = 0; j < evidenced.size(); ++j) {
      if (evidenced[j].key != key) continue;
      declared_is_evidenced[i] = true;
      if (!declared_as[j]) declared_as[j] = i;
    }
  }
  // Both first (the strongest claim), then what the evidence shows, then what only the profile says.
  std::vector<PersonTopic> topics;
  for (std::size_t j = 0; j < evidenced.size(); ++j) {
    if (declared_as[j]) topics.push_back({person.expertise[*declared_as[j]], true, true});
  }
  for (std::size_t j = 0; j < evidenced.size(); ++j) {
    if (!declared_as[j]) topics.push_back({evidenced[j].topic, false, true});
  }
  for (std::size_t i = 0; i < person.expertise.size(); ++i) {
    // A self-declared topic that named a hidden colleague reads "[naam verborgen]" now: no topic.
    if (!declared_is_evidenced[i] && !is_redacted(person.expertise[i])) {
      topics.push_back({person.expertise[i], true, false});
    }
  }
  if (topics.size() > kPersonPageTopics) topics.resize(kPersonPageTopics);
  return topics;
}

std::vector<Colleague> similar_colleagues(const SearchContext& context, const Person& person,
                                          const std::vector<WeightedTopic>& topics) {
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i < topics.size() && parts.size() < kSimilarityTopics; ++i) {
    auto built = context.index.queries->build(topics[i].topic, /*correct_spelling=*/false);
    if (built.ok()) parts.push_back(built->query);
  }
  for (const auto& expertise : person.expertise) {
    if (parts.size() >= kSimilarityTopics) break;
    if (is_redacted(expertise)) continue;
    auto built = context.index.queries->build(expertise, /*correct_spelling=*/false);
    if (built.ok()) parts.push_back(built->query);
  }
  if (parts.empty()) return {};
  // The person's own items would only find the person and their co-authors again.
  const Xapian::Query query(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()),
                            Xapian::Query(schema::person_term(person.id)));
  std::vector<Colleague> similar;
  for (const auto& visible : rank_visible_people(context, retrieve(context, query, context.ranking.similarity_depth))) {
    if (similar.size() >= kPersonPageColleagues) break;
    const Person& colleague = visible.card->person;
    if (colleague.id == person.id) continue;
    similar.push_back({colleague.id, colleague.name, colleague.school, colleague.roles});
  }
  return similar;
}

}  // namespace

Result<PersonPage> person_page(const SearchContext& context, const std::string& person_id) {
  const PersonCard* card = context.index.people.find(person_id);
  if (card == nullptr) return Status::not_found("no person with id " + person_id);
  PersonPage page;
  page.person = card->person;

  const auto number = context.index.people.number_of(person_id);
  if (!number) return Status::not_found("no person with id " + person_id);
  const std::vector<OwnItem> items = own_items(context, person_id, *number);
  std::vector<const OwnItem*> given, written, followed, mentioned;
  std::vector<Xapian::docid> strong;
  for (const auto& item : items) {
    switch (item.link) {
      case LinkKind::kOwner: break;
      case LinkKind::kPresenter: given.push_back(&item); break;
      case LinkKind::kAuthor: written.push_back(&item); break;
      case LinkKind::kParticipant: followed.push_back(&item); break;
      case LinkKind::kMention: mentioned.push_back(&item); break;
    }
    if (is_strong(item.link) && strong.size() < kTopicItems) strong.push_back(item.docid);
  }
  for (auto [group, kind] : {std::pair{&page.workshops_given, &given}, std::pair{&page.documents_written, &written},
                             std::pair{&page.workshops_followed, &followed}, std::pair{&page.mentioned_in, &mentioned}}) {
    if (auto shown = show_newest(context, *kind, *group); !shown.ok()) return shown;
  }

  // The person's name, or their school's, is no topic of theirs.
  // split_words() returns views into its argument, so the joined text must outlive the loop
  // (issue 11: iterating over a temporary here read freed memory on every person page).
  const std::string name_and_school = page.person.name + " " + page.person.school;
  std::set<std::string> name_words;
  for (const auto& span : split_words(name_and_school)) {
    name_words.insert(context.index.analyzer.normalize(span.word));
  }
  TopicSelection selection;
  selection.limit = kPersonPageTopics;
  selection.word_min_support = kTopicWordSupport;
  selection.excluded_words = std::move(name_words);
  const auto evidenced = topics_of(context, strong, selection);
  page.topics = person_topics(context, page.person, evidenced);
  page.similar = similar_colleagues(context, page.person, evidenced);
  return page;
}

}  // namespace wieweet
