#include "wieweet/snippets.h"

#include <gtest/gtest.h>

#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

class Snippets : public ::testing::Test {
 protected:
  Snippets() : analyzer_(std::move(TextAnalyzer::create(AnalysisConfig{}).value())) {}

  MatchTerms stems_of(std::initializer_list<const char*> words) {
    MatchTerms terms;
    for (const char* word : words) terms.stems.insert(analyzer_.stem(analyzer_.normalize(word)));
    return terms;
  }

  TextAnalyzer analyzer_;
};

TEST(HtmlEscape, EscapesEveryCharacterThatCanStartMarkup) {
  EXPECT_EQ(html_escape(R"(<a href="x">'&'</a>)"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("geen opmaak"), "geen opmaak");
}

TEST_F(Snippets, MarksMatchesAndEscapesEverythingElse) {
  const std::string snippet =
      make_snippet("Zie <script>alert(1)</script> over roosters & rooster.", stems_of({"rooster"}), analyzer_, 200);
  EXPECT_EQ(snippet, "Zie &lt;script&gt;alert(1)&lt;/script&gt; over <mark>roosters</mark> &amp; <mark>rooster</mark>.");
}

TEST_F(Snippets, MatchesDiacriticVariants) {
  const std::string snippet = make_snippet("De coördinator belt.", stems_of({"coordinator"}), analyzer_, 200);
  EXPECT_EQ(snippet, "De <mark>coördinator</mark> belt.");
}

TEST_F(Snippets, ChoosesTheWindowAroundTheMatchesInALongText) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "vulwoord ";
  text += "Hier staat iets over informatiebeveiliging en de AVG. ";
  for (int i = 0; i < 60; ++i) text += "opvulling ";
  const std::string snippet = make_snippet(text, stems_of({"informatiebeveiliging", "avg"}), analyzer_, 120);
  EXPECT_EQ(snippet.rfind("… ", 0), 0u) << snippet;
  EXPECT_NE(snippet.find("<mark>informatiebeveiliging</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>AVG</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.substr(snippet.size() - 4), " …");
  EXPECT_LT(snippet.size(), 220u);
}

TEST_F(Snippets, StartsAtTheBeginningWhenNothingMatches) {
  const std::string snippet = make_snippet("Een   tekst\nzonder treffers.", stems_of({"zermelo"}), analyzer_, 200);
  EXPECT_EQ(snippet, "Een tekst zonder treffers.");  // white space folded
}

TEST_F(Snippets, MarksUnstemmedTermsToo) {
  MatchTerms terms;
  terms.words.insert("zermelo");
  EXPECT_EQ(make_snippet("Werken met Zermelo.", terms, analyzer_, 200), "Werken met <mark>Zermelo</mark>.");
}

// Issue 11 (found by the snippets fuzzer): a text without any word (emoji, punctuation) was cut at
// max_chars bytes, which could split a character and make the response invalid UTF-8.
TEST_F(Snippets, TextWithoutWordsIsCutBetweenCharacters) {
  std::string emoji;
  for (int i = 0; i < 20; ++i) emoji += "\xF0\x9F\x98\x80";  // U+1F600, four bytes each
  const std::string snippet = make_snippet(emoji, stems_of({"rooster"}), analyzer_, 30);
  EXPECT_TRUE(is_valid_utf8(snippet)) << snippet;
  EXPECT_EQ(snippet, emoji.substr(0, 28) + " …");  // seven whole characters
  EXPECT_EQ(make_snippet("?!", stems_of({"rooster"}), analyzer_, 30), "?!");
}

}  // namespace
}  // namespace wieweet
