// Snippets and name redaction (src/search/snippets.cpp, src/privacy/privacy.cpp), in the order the searcher applies
// them to a text that leaves the server. Input: the query on the first line, the evidence text after
// it. Checked: a snippet holds no markup but <mark>…</mark>, names no hidden person, and is valid
// UTF-8 when the text was;
// redaction is stable (redacting its own output changes nothing) and keeps text valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "wieweet/privacy.h"
#include "wieweet/snippets.h"
#include "wieweet/text_analysis.h"

namespace {

const wieweet::TextAnalyzer& analyzer() {
  static const wieweet::TextAnalyzer instance = std::move(wieweet::TextAnalyzer::create({}).value());
  return instance;
}

const wieweet::NameRedactor& redactor() {
  // Hidden people as the sample data has them, with diacritics, particles and a hyphen.
  static const wieweet::NameRedactor instance(
      {{"p4", "Daan Verborgen"}, {"p7", "Fatima el Idrissi"}, {"p8", "José Núñez-García"}, {"p9", "Ĳsbrand de Wit"},
       {"p10", "Daan"}},
      analyzer());
  return instance;
}

// The snippet with every <mark> and </mark> taken out: what must be plain escaped text.
std::string without_marks(std::string snippet) {
  for (std::string_view tag : {std::string_view("<mark>"), std::string_view("</mark>")}) {
    for (auto at = snippet.find(tag); at != std::string::npos; at = snippet.find(tag, at)) snippet.erase(at, tag.size());
  }
  return snippet;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  redactor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view text = input;
  const std::string_view query = wieweet::fuzz::next_line(&text);
  const bool valid_text = wieweet::is_valid_utf8(text);

  const std::string redacted = redactor().redact(text);
  if (valid_text) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(redacted));
  WIEWEET_FUZZ_CHECK(redactor().redact(redacted) == redacted);
  const std::string for_index = redactor().redact(text, " ");
  if (valid_text) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(for_index));

  wieweet::MatchTerms terms;
  for (const auto& span : wieweet::split_words(query)) {
    const std::string word = analyzer().normalize(span.word);
    terms.words.insert(word);
    terms.stems.insert(analyzer().stem(word));
  }
  for (std::size_t max_chars : {std::size_t{0}, std::size_t{30}, std::size_t{160}}) {
    const std::string snippet = wieweet::make_snippet(text, terms, analyzer(), max_chars, redactor());
    const std::string plain = without_marks(snippet);
    WIEWEET_FUZZ_CHECK(plain.find_first_of("<>\"'") == std::string::npos);
    if (valid_text) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(snippet));
    // The window is redacted as it is cut: no hidden name survives in what is shown.
    WIEWEET_FUZZ_CHECK(!redactor().names_hidden_person(plain));
  }
  WIEWEET_FUZZ_CHECK(wieweet::html_escape(text).find_first_of("<>\"'") == std::string::npos);
  return 0;
}
