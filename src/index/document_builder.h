// Turns ingested records into Xapian documents following schema.h.
#ifndef WIEWEET_SRC_DOCUMENT_BUILDER_H_
#define WIEWEET_SRC_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "analysis/compound_splitter.h"
#include "wieweet/privacy.h"
#include "wieweet/records.h"
#include "wieweet/text_analysis.h"
#include "analysis/xapian_analysis.h"

namespace wieweet {

// Not thread-safe; one per writer.
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
  void set_compound_splitter(CompoundSplitter* splitter) { splitter_ = splitter; }

  // Record every indexed word in `db`'s spelling table, for query correction. `db` must outlive the
  // builder. Hidden people's names are never recorded: they are redacted before indexing.
  void record_spelling(Xapian::WritableDatabase& db);

 private:
  // Free text as stored for people to read (hidden names shown as a placeholder) and as indexed
  // (hidden names left out altogether).
  std::string for_display(const std::string& text) const { return redactor_.redact(text); }
  std::string for_index(const std::string& text) const { return redactor_.redact(text, " "); }

  void index_field(const std::string& text, Xapian::termcount weight, const char* prefix = "");
  // The parts of the text's compounds, stemmed, as XC terms without positions (schema.h).
  void index_compound_parts(const std::string& folded_text, Xapian::termcount weight);
  // A workshop's or document's text: title and tags weighted up and also under their own prefixes.
  void index_item(Xapian::Document& doc, const std::string& title, const std::vector<std::string>& tags,
                  const std::string& body);
  // Completion terms for a topic (suggestion_terms.h).
  void add_topic_suggestions(Xapian::Document& doc, const std::string& topic);

  const TextAnalyzer& analyzer_;
  XapianAnalysis analysis_;
  Xapian::TermGenerator generator_;
  NameRedactor redactor_;
  CompoundSplitter* splitter_ = nullptr;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_DOCUMENT_BUILDER_H_
