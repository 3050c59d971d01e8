// Issue 9: text out of document files (src/ingest/sources/document_files.h), format by format, and the reasons a
// file is refused.
#include "ingest/sources/document_files.h"

#include <gtest/gtest.h>

namespace wieweet {
namespace {

TEST(DocumentFiles, ReadsPlainTextMarkdownAndHtml) {
  auto text = extract_text("a.TXT", "\xEF\xBB\xBFRoosteren in de bovenbouw\n");
  ASSERT_TRUE(text.ok()) << text.status().to_string();
  EXPECT_EQ(text->body, "Roosteren in de bovenbouw\n");
  EXPECT_EQ(text->title, "");

  auto markdown = extract_text("b.md", "Intro\n# Handleiding Zermelo\r\nTekst.\n");
  ASSERT_TRUE(markdown.ok());
  EXPECT_EQ(markdown->title, "Handleiding Zermelo");

  auto html = extract_text("c.html",
                           "<html><head><title>Ouderavond &amp; mentoraat</title><style>p{color:red}</style></head>"
                           "<body><script>alert('x')</script><p>Caf\xC3\xA9 in de aula</p><p>Tweede</p></body></html>");
  ASSERT_TRUE(html.ok()) << html.status().to_string();
  EXPECT_EQ(html->title, "Ouderavond & mentoraat");
  EXPECT_NE(html->body.find("Caf\xC3\xA9 in de aula\n"), std::string::npos) << html->body;
  EXPECT_EQ(html->body.find("alert"), std::string::npos);
  EXPECT_EQ(html->body.find("color"), std::string::npos);

  // Without a <title>, the first <h1>; a page in Latin-1 with a charset is decoded by libxml2.
  auto latin1 = extract_text("d.htm",
                             "<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Co\xF6rdinator</h1></body></html>");
  ASSERT_TRUE(latin1.ok()) << latin1.status().to_string();
  EXPECT_EQ(latin1->title, "Co\xC3\xB6rdinator");
}

TEST(DocumentFiles, RefusesWhatItCannotReadWithAReason) {
  struct Case {
    const char* name;
    std::string bytes;
    const char* reason;
  };
  const Case cases[] = {
      {"x.pdf", "%PDF-1.4\nnonsense", "not a readable PDF"},
      {"x.docx", "plain text", "not a DOCX file (not a zip archive"},
      {"x.docx", std::string("PK\x05\x06", 4) + std::string(18, '\0'), "not a DOCX file"},
      {"x.xlsx", "whatever", "unsupported file type \".xlsx\""},
      {"x.txt", "\xFF\xFE t e x t", "not UTF-8"},
      {"x.txt", "   \n\t\n", "no text found"},
  };
  for (const auto& test : cases) {
    auto text = extract_text(test.name, test.bytes);
    ASSERT_FALSE(text.ok()) << test.name;
    EXPECT_NE(text.status().message().find(test.reason), std::string::npos)
        << test.name << ": " << text.status().message();
  }
}

TEST(DocumentFiles, ContentHashDependsOnEveryPart) {
  EXPECT_EQ(content_hash({"ab", "c"}), content_hash({"ab", "c"}));
  EXPECT_NE(content_hash({"ab", "c"}), content_hash({"a", "bc"}));
  EXPECT_EQ(content_hash({"x"}).size(), 16u);
}

}  // namespace
}  // namespace wieweet
