#include "wieweet/snippets.h"

#include <gtest/gtest.h>

#include "wieweet/privacy.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

class Snippets : public ::testing::Test {
 protected:
  Snippets() : analyzer_(std::move(TextAnalyzer::create(AnalysisConfig{}).value())), nobody_hidden_({}, analyzer_) {}

  std::string make_snippet(std::string_view text, const MatchTerms& terms, std::size_t max_chars) {
    return wieweet::make_snippet(text, terms, analyzer_, max_chars, nobody_hidden_);
  }

  MatchTerms stems_of(std::initializer_list<const char*> words) {
    MatchTerms terms;
    for (const char* word : words) terms.stems.insert(analyzer_.stem(analyzer_.normalize(word)));
    return terms;
  }

  TextAnalyzer analyzer_;
  NameRedactor nobody_hidden_;
};

TEST(HtmlEscape, EscapesEveryCharacterThatCanStartMarkup) {
  EXPECT_EQ(html_escape(R"(<a href="x">'&'</a>)"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("geen opmaak"), "geen opmaak");
}

TEST_F(Snippets, MarksMatchesAndEscapesEverythingElse) {
  const std::string snippet =
      make_snippet("Zie <script>alert(1)</script> over roosters & rooster.", stems_of({"rooster"}), 200);
  EXPECT_EQ(snippet, "Zie &lt;script&gt;alert(1)&lt;/script&gt; over <mark>roosters</mark> &amp; <mark>rooster</mark>.");
}

TEST_F(Snippets, MatchesDiacriticVariants) {
  const std::string snippet = make_snippet("De coördinator belt.", stems_of({"coordinator"}), 200);
  EXPECT_EQ(snippet, "De <mark>coördinator</mark> belt.");
}

TEST_F(Snippets, ChoosesTheWindowAroundTheMatchesInALongText) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "vulwoord ";
  text += "Hier staat iets over informatiebeveiliging en de AVG. ";
  for (int i = 0; i < 60; ++i) text += "opvulling ";
  const std::string snippet = make_snippet(text, stems_of({"informatiebeveiliging", "avg"}), 120);
  EXPECT_EQ(snippet.rfind("… ", 0), 0u) << snippet;
  EXPECT_NE(snippet.find("<mark>informatiebeveiliging</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>AVG</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.substr(snippet.size() - 4), " …");
  EXPECT_LT(snippet.size(), 220u);
}

TEST_F(Snippets, StartsAtTheBeginningWhenNothingMatches) {
  const std::string snippet = make_snippet("Een   tekst\nzonder treffers.", stems_of({"zermelo"}), 200);
  EXPECT_EQ(snippet, "Een tekst zonder treffers.");  // white space folded
}

TEST_F(Snippets, MarksUnstemmedTermsToo) {
  MatchTerms terms;
  terms.words.insert("zermelo");
  EXPECT_EQ(make_snippet("Werken met Zermelo.", terms, 200), "Werken met <mark>Zermelo</mark>.");
}

// Issue 11 (found by the snippets fuzzer): a text without any word (emoji, punctuation) was cut at
// max_chars bytes, which could split a character and make the response invalid UTF-8.
TEST_F(Snippets, TextWithoutWordsIsCutBetweenCharacters) {
  std::string emoji;
  for (int i = 0; i < 20; ++i) emoji += "\xF0\x9F\x98\x80";  // U+1F600, four bytes each
  const std::string snippet = make_snippet(emoji, stems_of({"rooster"}), 30);
  EXPECT_TRUE(is_valid_utf8(snippet)) << snippet;
  EXPECT_EQ(snippet, emoji.substr(0, 28) + " …");  // seven whole characters
  EXPECT_EQ(make_snippet("?!", stems_of({"rooster"}), 30), "?!");
}

// Words are skipped unread when their first letter starts no query word or stem: capitals, words
// whose first letter is not ASCII and words whose unstemmed form is asked for must still be found.
TEST_F(Snippets, FindsCapitalisedAndNonAsciiInitialWordsThoughMostWordsAreSkipped) {
  MatchTerms terms = stems_of({"ijsselmeer", "eenheid"});
  terms.words.insert("avg");
  EXPECT_EQ(make_snippet("Over het IJsselmeer, de AVG en de Éénheid.", terms, 200),
            "Over het <mark>IJsselmeer</mark>, de <mark>AVG</mark> en de <mark>Éénheid</mark>.");
}

// Stored text may name someone hidden after it was indexed: the snippet blanks the name out of the
// window it shows, also a name that starts before the window and reaches into it.
class RedactedSnippets : public Snippets {
 protected:
  RedactedSnippets() : hidden_({{"p4", "Daan Verborgen"}, {"p5", "Zorro"}}, analyzer_) {}
  std::string snippet(std::string_view text, std::initializer_list<const char*> query, std::size_t max_chars) {
    return wieweet::make_snippet(text, stems_of(query), analyzer_, max_chars, hidden_);
  }
  NameRedactor hidden_;
};

TEST_F(RedactedSnippets, BlanksHiddenNamesInTheWindow) {
  EXPECT_EQ(snippet("Vraag DAAN  verborgen of zorro naar het rooster.", {"rooster"}, 200),
            "Vraag [naam verborgen] of [naam verborgen] naar het <mark>rooster</mark>.");
}

TEST_F(RedactedSnippets, BlanksTheRestOfANameThatStartsBeforeTheWindow) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "vulwoord ";
  text += "Daan Verborgen regelt het nieuwe rooster. ";  // the window starts four words before "rooster"
  for (int i = 0; i < 40; ++i) text += "opvulling ";
  for (std::size_t max_chars : {std::size_t{40}, std::size_t{80}, std::size_t{200}}) {
    const std::string shown = snippet(text, {"rooster"}, max_chars);
    EXPECT_NE(shown.find("<mark>rooster</mark>"), std::string::npos) << shown;
    EXPECT_EQ(shown.find("Daan"), std::string::npos) << shown;
    EXPECT_EQ(shown.find("Verborgen"), std::string::npos) << shown;
  }
  // That window starts on "Verborgen": the placeholder stands where the rest of the name was.
  EXPECT_EQ(snippet("Vraag Daan Verborgen over het nieuwe rooster", {"rooster"}, 36),
            "… [naam verborgen] over het nieuwe <mark>rooster</mark>");
}

TEST_F(RedactedSnippets, AgreesWithRedactingTheWholeText) {
  const std::string text = "Zorro en Daan Verborgen schreven over het rooster met Daan.";
  EXPECT_EQ(snippet(text, {"rooster"}, 500),
            wieweet::make_snippet(hidden_.redact(text), stems_of({"rooster"}), analyzer_, 500, nobody_hidden_));
}

}  // namespace
}  // namespace wieweet
