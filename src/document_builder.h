// Turns ingested records into Xapian documents following schema.h.
#ifndef WIEWEET_SRC_DOCUMENT_BUILDER_H_
#define WIEWEET_SRC_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include "wieweet/records.h"
#include "wieweet/text_analysis.h"
#include "xapian_analysis.h"

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

 private:
  void index_field(const std::string& text, Xapian::termcount weight, const char* prefix = "");

  XapianAnalysis analysis_;
  Xapian::TermGenerator generator_;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_DOCUMENT_BUILDER_H_
