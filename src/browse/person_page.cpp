#include "browse/person_page.h"

#include <algorithm>
#include <optional>

#include "search/evidence_retrieval.h"
#include "index/schema.h"
#include "browse/topic_terms.h"

namespace wieweet {
namespace {

// Topics are drawn from at most this many of a person's own (strongest, newest) items.
constexpr std::size_t kTopicItems = 200;
// Similar colleagues are found by searching for this many of the person's topics (in
// ranking.similarity_depth items).
constexpr std::size_t kSimilarityTopics = 10;

struct OwnItem {
  Xapian::docid docid = 0;
  LinkKind link = LinkKind::kMention;
  EvidenceRef ref;
};

// A person linked to one item twice (author and mentioned) is listed once, by the stronger link.
LinkKind strongest_link(const std::vector<EvidenceLink>& links, const std::string& person_id,
                        const LinkWeights& weights) {
  for (const auto& link : strongest_links(links, weights)) {
    if (link.person_id == person_id) return link.kind;
  }
  return LinkKind::kMention;  // not linked: the item only carries their term
}

Result<std::vector<OwnItem>> own_items(const SearchContext& context, const std::string& person_id) {
  const Xapian::Database& db = context.index.db;
  const std::string term = schema::person_term(person_id);
  std::vector<OwnItem> items;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const Xapian::Document document = db.get_document(*it);
    auto stored = load_item(context.index, document);
    if (!stored.ok()) return stored.status();
    const auto links = decode_links(document.get_value(schema::kSlotLinks));
    items.push_back({*it, strongest_link(links, person_id, context.ranking.weights), evidence_ref(*stored)});
  }
  // Newest first; undated items last, then by id, so pages are stable.
  std::sort(items.begin(), items.end(), [](const OwnItem& a, const OwnItem& b) {
    if (a.ref.date != b.ref.date) return a.ref.date > b.ref.date;
    return a.ref.id < b.ref.id;
  });
  return items;
}

void add_to(EvidenceGroup& group, const EvidenceRef& ref) {
  if (group.items.size() < kPersonPageItems) group.items.push_back(ref);
  ++group.total;
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
    auto built = context.index.queries->build(topics[i].topic);
    if (built.ok()) parts.push_back(built->query);
  }
  for (const auto& expertise : person.expertise) {
    if (parts.size() >= kSimilarityTopics) break;
    if (is_redacted(expertise)) continue;
    auto built = context.index.queries->build(expertise);
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

  auto items = own_items(context, person_id);
  if (!items.ok()) return items.status();
  std::vector<Xapian::docid> strong;
  for (const auto& item : items.value()) {
    switch (item.link) {
      case LinkKind::kOwner: break;
      case LinkKind::kPresenter: add_to(page.workshops_given, item.ref); break;
      case LinkKind::kAuthor: add_to(page.documents_written, item.ref); break;
      case LinkKind::kParticipant: add_to(page.workshops_followed, item.ref); break;
      case LinkKind::kMention: add_to(page.mentioned_in, item.ref); break;
    }
    if (is_strong(item.link) && strong.size() < kTopicItems) strong.push_back(item.docid);
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
  selection.excluded_words = std::move(name_words);
  const auto evidenced = topics_of(context, strong, selection);
  page.topics = person_topics(context, page.person, evidenced);
  page.similar = similar_colleagues(context, page.person, evidenced);
  return page;
}

}  // namespace wieweet
