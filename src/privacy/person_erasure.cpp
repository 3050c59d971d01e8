#include "privacy/person_erasure.h"

#include <algorithm>
#include <set>
#include <vector>

#include "index/schema.h"
#include "index/stored_evidence.h"
#include "wieweet/privacy.h"
#include "analysis/xapian_analysis.h"

namespace wieweet {
namespace {

// The terms the document builder makes of `name` (unprefixed and title-prefixed, plain and
// stemmed), found by running the same TermGenerator setup over it: no guessing at term forms.
std::set<std::string> name_terms(const TextAnalyzer& analyzer, CompoundSplitter* splitter, const std::string& name) {
  XapianAnalysis analysis(analyzer);
  Xapian::TermGenerator generator;
  analysis.configure(generator);
  Xapian::Document doc;
  generator.set_document(doc);
  const std::string folded = fold_diacritics(name);
  generator.index_text(folded);
  generator.index_text(folded, 1, std::string(schema::kTitle));
  std::set<std::string> terms;
  for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
    // "de" of "Anna de Vries" is everyone's word; removing it would only break phrase searches.
    const std::string word = (*term)[0] == 'S' ? (*term).substr(1) : *term;
    if (!analyzer.is_stopword(word)) terms.insert(*term);
  }
  // The parts of long words, as DocumentBuilder::index_compound_parts indexes them ("zonneveldt"
  // also as XC terms of "zon" and "veld"), or a query by parts would still find the item.
  if (splitter != nullptr) {
    for (const auto& span : split_words(folded)) {
      if (span.word.size() < kMinCompound) continue;
      for (const auto& part : splitter->parts(analyzer.normalize(span.word))) {
        terms.insert(std::string(schema::kCompoundPart) + analyzer.stem(part));
      }
    }
  }
  return terms;
}

// The unprefixed words of the name, as the spelling table holds them.
std::vector<std::string> spelling_words(const std::set<std::string>& terms) {
  std::vector<std::string> words;
  for (const auto& term : terms) {
    if (!term.empty() && (term[0] < 'A' || term[0] > 'Z')) words.push_back(term);
  }
  return words;
}

// Items that may hold the name: those linking the person, and those containing every word of it.
std::set<Xapian::docid> candidates(const Xapian::Database& db, const std::string& person_id,
                                   const std::vector<std::string>& words) {
  std::set<Xapian::docid> ids;
  const std::string person = schema::person_term(person_id);
  for (auto posting = db.postlist_begin(person); posting != db.postlist_end(person); ++posting) ids.insert(*posting);
  if (words.empty()) return ids;
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet found = enquire.get_mset(0, db.get_doccount());
  for (auto item = found.begin(); item != found.end(); ++item) ids.insert(*item);
  return ids;
}

}  // namespace

ErasureOutcome erase_person(Xapian::WritableDatabase& db, const TextAnalyzer& analyzer, CompoundSplitter* splitter,
                            const std::string& person_id, std::map<std::string, std::string>& hidden) {
  ErasureOutcome outcome;
  const std::string profile_term = schema::unique_term(EvidenceType::kProfile, person_id);
  std::string name;
  if (auto known = hidden.find(person_id); known != hidden.end()) {
    name = known->second;
    outcome.found = true;
  }
  auto profile = db.postlist_begin(profile_term);
  if (profile != db.postlist_end(profile_term)) {
    auto stored = decode_evidence(db.get_document(*profile).get_data());
    if (stored.ok()) name = stored->person ? stored->person->name : stored->title;
    // The profile carries the name completions (XN terms): they go with it.
    db.delete_document(profile_term);
    outcome.found = true;
  }
  if (!outcome.found) return outcome;

  const std::set<std::string> terms = name.empty() ? std::set<std::string>() : name_terms(analyzer, splitter, name);
  const std::vector<std::string> words = spelling_words(terms);
  NameRedactor redactor({{person_id, name}}, analyzer);
  const std::string person = schema::person_term(person_id);
  for (Xapian::docid id : candidates(db, person_id, words)) {
    Xapian::Document doc = db.get_document(id);
    auto stored = decode_evidence(doc.get_data());
    if (!stored.ok()) continue;  // not ours to rewrite; verify reports it
    bool changed = false;
    std::vector<EvidenceLink> links = decode_links(doc.get_value(schema::kSlotLinks));
    const auto kept_end = std::remove_if(links.begin(), links.end(),
                                         [&](const EvidenceLink& link) { return link.person_id == person_id; });
    if (kept_end != links.end()) {
      links.erase(kept_end, links.end());
      doc.add_value(schema::kSlotLinks, encode_links(links));
      changed = true;
    }
    try {
      doc.remove_term(person);
      changed = true;
    } catch (const Xapian::InvalidArgumentError&) {
      // not linked, only named
    }
    const std::string title = redactor.redact(stored->title);
    const std::string text = redactor.redact(stored->text);
    if (title != stored->title || text != stored->text) {
      stored->title = title;
      stored->text = text;
      doc.set_data(encode_evidence(stored.value()));
      // The name's words stop matching this item. A word of the name also used otherwise in the
      // same item goes too: erasure errs on the side of forgetting.
      for (const auto& term : terms) {
        try {
          doc.remove_term(term);
        } catch (const Xapian::InvalidArgumentError&) {
        }
      }
      changed = true;
    }
    if (changed) {
      db.replace_document(id, doc);
      ++outcome.items_changed;
    }
  }

  // Spelling: a word of the name that no item holds any more came from the name alone.
  for (const auto& word : words) {
    if (db.term_exists(word)) continue;
    auto spelling = db.spellings_begin();
    spelling.skip_to(word);
    if (spelling != db.spellings_end() && *spelling == word) db.remove_spelling(word, spelling.get_termfreq());
  }
  if (!name.empty()) hidden[person_id] = name;
  return outcome;
}

}  // namespace wieweet
