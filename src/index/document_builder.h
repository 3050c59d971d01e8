// Turns ingested records into Xapian documents following schema.h.
#ifndef WIEWEET_SRC_DOCUMENT_BUILDER_H_
#define WIEWEET_SRC_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/compound_splitter.h"
#include "wieweet/privacy.h"
#include "wieweet/records.h"
#include "wieweet/text_analysis.h"
#include "analysis/xapian_analysis.h"

namespace wieweet {

// A word of the spelling table and how often it occurred (what Xapian::TermGenerator's
// FLAG_SPELLING would have added), summed over the documents built.
using SpellingCounts = std::unordered_map<std::string, Xapian::termcount>;

// Not thread-safe; one per thread that builds documents. A built document shares nothing with the
// builder, so it may be handed to another thread.
class DocumentBuilder {
 public:
  // Keeps a reference to `analyzer`, which must outlive the builder.
  explicit DocumentBuilder(const TextAnalyzer& analyzer);

  // REQUIRES: may_be_shown(person). Stores the redacted person (privacy.h).
  Xapian::Document build(const Person& person);
  Xapian::Document build(const Workshop& workshop);
  Xapian::Document build(const Document& document);

  // The hidden people whose names are blanked out of every text built from now on (privacy.h).
  void set_hidden_people(const std::map<std::string, std::string>& hidden);

  // Also index the parts of compounds (compound_splitter.h). `splitter` must outlive the builder.
  void set_compound_splitter(CompoundSplitter* splitter) {
    splitter_ = splitter;
    compound_terms_.clear();
  }

  // Record every indexed word in `db`'s spelling table, for query correction. `db` must outlive the
  // builder. Hidden people's names are never recorded: they are redacted before indexing.
  void record_spelling(Xapian::WritableDatabase& db);
  // Instead of record_spelling(): add each built document's spelling words to `counts` (owned by the
  // caller, which adds them to the database with add_spelling()), so that building needs no
  // database and can run on another thread than the writing. The same words and frequencies as
  // record_spelling() (tests/concurrency/parallel_rebuild_test.cpp compares the two).
  void collect_spelling(SpellingCounts* counts) { spelling_counts_ = counts; }

 private:
  // Whether a word of `text` can start a hidden person's name. When none can, redaction would give
  // the text back as it is, so it is skipped: most texts name no hidden colleague.
  bool may_name_hidden(std::string_view text) const;
  // Free text as stored for people to read (hidden names shown as a placeholder) and as indexed
  // (hidden names left out altogether); `names` is may_name_hidden(text), checked once per text.
  std::string for_display(const std::string& text, bool names) const { return names ? redactor_.redact(text) : text; }
  std::string for_index(const std::string& text, bool names) const { return names ? redactor_.redact(text, " ") : text; }
  std::string for_display(const std::string& text) const { return for_display(text, may_name_hidden(text)); }
  std::string for_index(const std::string& text) const { return for_index(text, may_name_hidden(text)); }

  // Indexes `text`, already redacted for the index (for_index).
  void index_field(const std::string& text, Xapian::termcount weight, const char* prefix = "");
  // The document is built: its spelling words counted (collect_spelling), and the generator lets go
  // of it, so no handle to it stays on this thread (Xapian's reference counts are not atomic, and
  // the writer thread drops the document later).
  Xapian::Document finish_build(Xapian::Document doc);
  // The XC terms of one word of folded text: its compound parts, normalised and stemmed (cached).
  const std::vector<std::string>& compound_terms(std::string_view word);
  // The parts of the text's compounds, stemmed, as XC terms without positions (schema.h).
  void index_compound_parts(const std::string& folded_text, Xapian::termcount weight);
  // A workshop's or document's text: title and tags weighted up and also under their own prefixes.
  // `title_names` and `body_names` are may_name_hidden() of the title and the body.
  void index_item(Xapian::Document& doc, const std::string& title, bool title_names,
                  const std::vector<std::string>& tags, const std::string& body, bool body_names);
  // Completion terms for a topic (suggestion_terms.h).
  // `indexed` is the topic as for_index() gave it.
  void add_topic_suggestions(Xapian::Document& doc, const std::string& topic, const std::string& indexed);

  const TextAnalyzer& analyzer_;
  XapianAnalysis analysis_;
  Xapian::TermGenerator generator_;
  NameRedactor redactor_;
  // The normalised first word of each hidden name: the words a hidden name can start with.
  std::unordered_set<std::string> hidden_first_words_;
  // Which byte sizes those words have; kLongWord stands for it and anything longer.
  static constexpr std::size_t kLongWord = 63;
  std::array<bool, kLongWord + 1> hidden_first_word_sizes_{};
  CompoundSplitter* splitter_ = nullptr;
  std::unordered_map<std::string, std::vector<std::string>> compound_terms_;  // word -> its XC terms
  SpellingCounts* spelling_counts_ = nullptr;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_DOCUMENT_BUILDER_H_
