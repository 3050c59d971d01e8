#include "index/document_builder.h"

#include <algorithm>

#include "index/schema.h"
#include "index/stored_evidence.h"
#include "index/suggestion_terms.h"
#include "wieweet/privacy.h"

namespace wieweet {
namespace {

// The TermGenerator stems every occurrence of every word; texts repeat their words and a rebuild its
// vocabulary, so each builder stems each word once. The same stems: Snowball is a pure function of
// the word. Cleared when it grows past kMaxWords, so memory stays bounded on any vocabulary.
class CachedStem final : public Xapian::StemImplementation {
 public:
  explicit CachedStem(Xapian::Stem stemmer) : stemmer_(std::move(stemmer)) {}

  std::string operator()(const std::string& word) override {
    if (cache_.size() >= kMaxWords) cache_.clear();
    auto [entry, inserted] = cache_.try_emplace(word);
    if (inserted) entry->second = stemmer_(word);
    return entry->second;
  }
  std::string get_description() const override { return "cached " + stemmer_.get_description(); }

 private:
  static constexpr std::size_t kMaxWords = 1u << 20;
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> cache_;
};

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string joined;
  for (const auto& part : parts) {
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

// Cuts at a character boundary (never inside a UTF-8 sequence), adding an ellipsis when it cut.
std::string truncate_utf8(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return std::string(utf8_prefix(text, max_bytes)) + "…";
}

std::string date_value(const std::string& iso_date) {
  if (iso_date.size() != 10) return {};
  return iso_date.substr(0, 4) + iso_date.substr(5, 2) + iso_date.substr(8, 2);
}

void finish(Xapian::Document& doc, const StoredEvidence& stored, const std::vector<EvidenceLink>& links) {
  doc.add_boolean_term(schema::unique_term(stored.type, stored.id));
  doc.add_boolean_term(schema::type_term(stored.type));
  for (const auto& link : links) doc.add_boolean_term(schema::person_term(link.person_id));
  doc.add_value(schema::kSlotLinks, encode_links(links));
  if (auto date = date_value(stored.date); !date.empty()) doc.add_value(schema::kSlotDate, date);
  doc.set_data(encode_evidence(stored));
}

void add_links(std::vector<EvidenceLink>* links, const std::vector<std::string>& people, LinkKind kind) {
  for (const auto& id : people) links->push_back({id, kind});
}

}  // namespace

DocumentBuilder::DocumentBuilder(const TextAnalyzer& analyzer)
    : analyzer_(analyzer), analysis_(analyzer), redactor_({}, analyzer) {
  analysis_.configure(generator_);
  // No stemmer ("none") must stay none: the generator adds no stemmed terms then.
  if (!analysis_.stemmer.is_none()) generator_.set_stemmer(Xapian::Stem(new CachedStem(analysis_.stemmer)));
}

void DocumentBuilder::set_hidden_people(const std::map<std::string, std::string>& hidden) {
  redactor_ = NameRedactor(hidden, analyzer_);
  // The same split and normalisation as the redactor's, so a word outside this set can start no
  // hidden name there either.
  hidden_first_words_.clear();
  hidden_first_word_sizes_.fill(false);
  for (const auto& [id, name] : hidden) {
    const auto words = split_words(name);
    if (words.empty()) continue;
    const std::string& first = *hidden_first_words_.insert(analyzer_.normalize(words.front().word)).first;
    hidden_first_word_sizes_[std::min(first.size(), kLongWord)] = true;
  }
}

bool DocumentBuilder::may_name_hidden(std::string_view text) const {
  if (hidden_first_words_.empty()) return false;
  for (const auto& span : split_words(text)) {
    // An ASCII word normalises to as many bytes (only its case changes): when no first word is that
    // long, it is none of them, and need not be normalised and looked up.
    if (!hidden_first_word_sizes_[std::min(span.word.size(), kLongWord)] &&
        std::all_of(span.word.begin(), span.word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      continue;
    }
    if (hidden_first_words_.count(analyzer_.normalize(span.word)) != 0) return true;
  }
  return false;
}

void DocumentBuilder::record_spelling(Xapian::WritableDatabase& db) {
  generator_.set_database(db);
  generator_.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
}

Xapian::Document DocumentBuilder::finish_build(Xapian::Document doc) {
  generator_.set_document(Xapian::Document());
  if (spelling_counts_ != nullptr) {
    // FLAG_SPELLING adds each word the generator indexes without a prefix, once per occurrence; each
    // occurrence is one position (every field is indexed with positions), and only those terms
    // start with no capital (prefixes are capitals; the generator lower-cases words).
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      const std::string& word = *term;
      if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) continue;
      if (const Xapian::termcount occurrences = term.positionlist_count(); occurrences != 0) {
        (*spelling_counts_)[word] += occurrences;
      }
    }
  }
  return doc;
}

const std::vector<std::string>& DocumentBuilder::compound_terms(std::string_view word) {
  auto cached = compound_terms_.find(std::string(word));
  if (cached != compound_terms_.end()) return cached->second;
  std::vector<std::string> terms;
  for (const auto& part : splitter_->parts(analyzer_.normalize(word))) {
    terms.push_back(std::string(schema::kCompoundPart) + analyzer_.stem(part));
  }
  return compound_terms_.emplace(std::string(word), std::move(terms)).first->second;
}

void DocumentBuilder::index_compound_parts(const std::string& folded_text, Xapian::termcount weight) {
  Xapian::Document doc = generator_.get_document();
  for (const auto& span : split_words(folded_text)) {
    if (span.word.size() < kMinCompound) continue;
    for (const auto& term : compound_terms(span.word)) doc.add_term(term, weight);
  }
}

void DocumentBuilder::index_field(const std::string& text, Xapian::termcount weight, const char* prefix) {
  if (text.empty()) return;
  // The same folding the query side applies, so "coördinator" and "coordinator" meet in one term.
  const std::string folded = fold_diacritics(text);
  generator_.index_text(folded, weight, prefix);
  if (splitter_ != nullptr && *prefix == '\0') index_compound_parts(folded, weight);
  // A gap keeps phrases from matching across the end of one field and the start of the next.
  generator_.increase_termpos(100);
}

Xapian::Document DocumentBuilder::build(const Person& raw_person) {
  Person person = redact_for_index(raw_person);
  Xapian::Document doc;
  generator_.set_document(doc);
  // A visible person's own name is never redacted, even if a hidden colleague shares it.
  generator_.index_text(fold_diacritics(person.name), schema::kTitleWeight);
  generator_.index_text(fold_diacritics(person.name), 1, schema::kTitle.data());
  generator_.increase_termpos(100);
  for (const auto& term : suggestion_terms::for_name(analyzer_, person.name, person.id)) doc.add_boolean_term(term);
  for (const auto& topic : person.expertise) {
    const std::string indexed = for_index(topic);
    index_field(indexed, schema::kTitleWeight);
    index_field(indexed, 1, schema::kTags.data());
    add_topic_suggestions(doc, topic, indexed);
  }
  for (const auto& role : person.roles) index_field(for_index(role), schema::kTagWeight);
  index_field(for_index(person.department), schema::kBodyWeight);
  index_field(for_index(person.bio), schema::kBodyWeight);

  StoredEvidence stored;
  stored.type = EvidenceType::kProfile;
  stored.id = person.id;
  stored.title = person.name;
  stored.date = person.updated;
  std::string text = join(person.roles, ", ");
  if (!person.expertise.empty()) text += (text.empty() ? "" : ". ") + std::string("Expertise: ") + join(person.expertise, ", ");
  if (!person.bio.empty()) text += (text.empty() ? "" : ". ") + person.bio;
  stored.text = for_display(text);
  stored.person = person;
  finish(doc, stored, {{person.id, LinkKind::kOwner}});
  return finish_build(std::move(doc));
}

void DocumentBuilder::add_topic_suggestions(Xapian::Document& doc, const std::string& topic, const std::string& indexed) {
  // A topic that names a hidden colleague is not something to offer while typing.
  if (indexed != topic) return;
  for (const auto& term : suggestion_terms::for_topic(analyzer_, topic)) doc.add_boolean_term(term);
}

void DocumentBuilder::index_item(Xapian::Document& doc, const std::string& title, bool title_names,
                                 const std::vector<std::string>& tags, const std::string& body, bool body_names) {
  const std::string indexed_title = for_index(title, title_names);
  index_field(indexed_title, schema::kTitleWeight);
  index_field(indexed_title, 1, schema::kTitle.data());
  for (const auto& tag : tags) {
    const std::string indexed = for_index(tag);
    index_field(indexed, schema::kTagWeight);
    index_field(indexed, 1, schema::kTags.data());
    add_topic_suggestions(doc, tag, indexed);
  }
  index_field(for_index(body, body_names), schema::kBodyWeight);
}

Xapian::Document DocumentBuilder::build(const Workshop& workshop) {
  Xapian::Document doc;
  generator_.set_document(doc);
  const bool title_names = may_name_hidden(workshop.title);
  const bool body_names = may_name_hidden(workshop.description);
  index_item(doc, workshop.title, title_names, workshop.tags, workshop.description, body_names);

  StoredEvidence stored;
  stored.type = EvidenceType::kWorkshop;
  stored.id = workshop.id;
  stored.title = for_display(workshop.title, title_names);
  stored.date = workshop.date;
  stored.text = workshop.description.empty() ? for_display(workshop.title, title_names)
                                             : for_display(workshop.description, body_names);
  std::vector<EvidenceLink> links;
  add_links(&links, workshop.presenters, LinkKind::kPresenter);
  add_links(&links, workshop.participants, LinkKind::kParticipant);
  finish(doc, stored, links);
  return finish_build(std::move(doc));
}

Xapian::Document DocumentBuilder::build(const Document& document) {
  Xapian::Document doc;
  generator_.set_document(doc);
  const bool title_names = may_name_hidden(document.title);
  const bool body_names = may_name_hidden(document.body);
  index_item(doc, document.title, title_names, document.tags, document.body, body_names);

  StoredEvidence stored;
  stored.type = EvidenceType::kDocument;
  stored.id = document.id;
  // A cut body is checked again: the cut can leave a shorter word that starts a hidden name.
  stored.title = document.title.empty() ? for_display(truncate_utf8(document.body, 80))
                                        : for_display(document.title, title_names);
  stored.url = document.url;
  stored.date = document.date;
  stored.text = document.body.empty() ? for_display(document.title, title_names) : for_display(document.body, body_names);
  std::vector<EvidenceLink> links;
  add_links(&links, document.authors, LinkKind::kAuthor);
  add_links(&links, document.mentions, LinkKind::kMention);
  finish(doc, stored, links);
  if (!document.content_hash.empty()) doc.add_value(schema::kSlotContentHash, document.content_hash);
  return finish_build(std::move(doc));
}

}  // namespace wieweet
