#include "wieweet/text_analysis.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

namespace wieweet {
namespace {

TEST(FoldDiacritics, FoldsLatinLettersAndKeepsEverythingElse) {
  const struct {
    const char* input;
    const char* expected;
  } cases[] = {
      {"coördinator", "coordinator"},
      {"Coördinatie", "Coordinatie"},
      {"financiën ideeën", "financien ideeen"},
      {"naïef café", "naief cafe"},
      {"Ĳsselmonde ĳs", "IJsselmonde ijs"},  // the Dutch ĳ ligature becomes two letters
      {"Straße", "Strasse"},
      {"Zoë Geërts", "Zoe Geerts"},
      {"coo\xCC\x88rdinator", "coordinator"},  // decomposed (NFD) input: the combining mark is dropped
      {"Ελληνικά", "Ελληνικά"},                // other scripts stay as they are
      {"مرحبا", "مرحبا"},
      {"P&O, 3×", "P&O, 3×"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(fold_diacritics(c.input), c.expected) << c.input;
}

TEST(SplitWords, GivesWordsWithByteOffsets) {
  const std::string text = "De P&O-adviseur: coördinator!";
  const auto words = split_words(text);
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0].word, "De");
  EXPECT_EQ(words[1].word, "P");
  EXPECT_EQ(words[2].word, "O");
  EXPECT_EQ(words[3].word, "adviseur");
  EXPECT_EQ(words[4].word, "coördinator");
  EXPECT_EQ(text.substr(words[4].offset, words[4].word.size()), "coördinator");
}

TEST(Utf8Prefix, NeverCutsInsideACharacter) {
  const struct {
    std::string_view text;
    std::size_t max_bytes;
    std::string_view expected;
  } cases[] = {
      {"coördinator", 3, "co"},    // ö is two bytes: 'c' 'o' 0xC3 | 0xB6
      {"coördinator", 4, "coö"},
      {"€uro", 2, ""},             // € is three bytes
      {"€uro", 3, "€"},
      {"kort", 10, "kort"},
      {"", 0, ""},
  };
  for (const auto& c : cases) EXPECT_EQ(utf8_prefix(c.text, c.max_bytes), c.expected) << c.text << " " << c.max_bytes;
}

TEST(TextAnalyzer, NormalisesStemsAndStopsTheSameWayForEveryCaller) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().to_string();
  EXPECT_EQ(analyzer->normalize("Coördinator"), "coordinator");
  EXPECT_EQ(analyzer->stemmer_name(), "kraaij_pohlmann");  // measured better than "dutch" (docs/relevance.md)
  // Plural and singular meet in one stem: that is what makes "roosters" find "rooster".
  EXPECT_EQ(analyzer->stem("roosters"), analyzer->stem("rooster"));
  EXPECT_TRUE(analyzer->is_stopword("het"));
  EXPECT_TRUE(analyzer->is_stopword("wie"));
  EXPECT_FALSE(analyzer->is_stopword("informatiebeveiliging"));
}

// Issue 10: plain ASCII words take a shortcut past the UTF-8 folding; it must give exactly what the
// full path gives, for every ASCII byte and for words mixing ASCII with letters that fold.
TEST(TextAnalyzer, NormalisesAsciiExactlyAsTheFullUnicodePath) {
  auto analyzer = TextAnalyzer::create(AnalysisConfig{});
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().to_string();
  for (int byte = 1; byte < 0x80; ++byte) {
    const std::string word = std::string("Ab") + static_cast<char>(byte) + "Z";
    EXPECT_EQ(analyzer->normalize(word), Xapian::Unicode::tolower(fold_diacritics(word))) << "byte " << byte;
  }
  EXPECT_EQ(analyzer->normalize("INFORMATIEBEVEILIGING"), "informatiebeveiliging");
  EXPECT_EQ(analyzer->normalize("Zermelo-rooster"), "zermelo-rooster");
  EXPECT_EQ(analyzer->normalize("ÉÉN"), "een");  // not ASCII: the full path
  EXPECT_EQ(analyzer->normalize("Ideeën"), "ideeen");
  EXPECT_EQ(normalize_text("Passend ONDERWIJS, Coördinatie"), "passend onderwijs coordinatie");
}

// The words of `text` as Xapian's UTF-8 iterator delimits them, one character at a time: what
// split_words() did before its ASCII shortcut (issue 10), kept here as the reference.
std::vector<std::pair<std::string, std::size_t>> reference_words(std::string_view text) {
  std::vector<std::pair<std::string, std::size_t>> words;
  Xapian::Utf8Iterator it(text.data(), text.size());
  const Xapian::Utf8Iterator end;
  const char* word_start = nullptr;
  while (true) {
    const bool at_end = it == end;
    const char* raw = at_end ? text.data() + text.size() : it.raw();
    const bool word_char = !at_end && Xapian::Unicode::is_wordchar(*it);
    if (word_char && word_start == nullptr) word_start = raw;
    if (!word_char && word_start != nullptr) {
      words.emplace_back(std::string(word_start, raw), static_cast<std::size_t>(word_start - text.data()));
      word_start = nullptr;
    }
    if (at_end) break;
    ++it;
  }
  return words;
}

std::vector<std::pair<std::string, std::size_t>> split(std::string_view text) {
  std::vector<std::pair<std::string, std::size_t>> words;
  for (const auto& span : split_words(text)) words.emplace_back(std::string(span.word), span.offset);
  return words;
}

// Issue 10: ASCII is classified without decoding; the words must be exactly the full path's, for
// every byte value between letters, with letters that are not ASCII, and for invalid UTF-8.
TEST(SplitWords, SplitsExactlyAsTheUnicodePathDoes) {
  for (int byte = 1; byte < 0x100; ++byte) {
    const std::string text = std::string("ab") + static_cast<char>(byte) + "Z9 " + static_cast<char>(byte);
    EXPECT_EQ(split(text), reference_words(text)) << "byte " << byte;
  }
  for (const std::string text : {"Coördinatie, ideeën én één_woord!", "naïef—café–2024 ĳs ÿ", "\xC3(\xA9 a\xE2\x82",
                                 "日本語のテキスト and ASCII", "emoji 😀 tussen woorden", ""}) {
    EXPECT_EQ(split(text), reference_words(text)) << text;
  }
}

TEST(TextAnalyzer, RejectsAnUnknownStemmerAndNamesTheAlternatives) {
  AnalysisConfig config;
  config.stemmer = "klingon";
  auto analyzer = TextAnalyzer::create(config);
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(analyzer.status().message().find("kraaij_pohlmann"), std::string::npos);
}

TEST(TextAnalyzer, ReportsAnUnreadableStopwordFile) {
  AnalysisConfig config;
  config.stopwords_file = "/nonexistent/stopwords.txt";
  auto analyzer = TextAnalyzer::create(config);
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().code(), StatusCode::kIoError);
}

TEST(TextAnalyzer, FromSettingsNormalisesAndDeduplicatesStopwords) {
  auto analyzer = TextAnalyzer::from_settings("dutch", {"Één", "een", "  "});
  ASSERT_TRUE(analyzer.ok());
  EXPECT_TRUE(analyzer->is_stopword("een"));
  EXPECT_EQ(analyzer->stopwords().size(), 2u);  // "een" and the blank entry folded to "  "
}

}  // namespace
}  // namespace wieweet
