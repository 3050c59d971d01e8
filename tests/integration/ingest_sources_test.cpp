// Issue 9: the files an association really has. A Dutch HR export in CSV imports the same people as
// the same data in JSON Lines; PDF, Word, HTML and Markdown files listed in a manifest are found by
// the words of their body; broken files are reported and skipped; `update` skips unchanged files.
// Every fixture is made here, by the test (no third-party files, so no licences to track).
#include <filesystem>

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <zip.h>

#include "indexer_process.h"
#include "test_support.h"
#include "wieweet/searcher.h"

namespace wieweet {
namespace {

using testing::ProcessResult;
using testing::TempDir;
using testing::indexer;

// A one-page PDF whose text layer says `text`, with a Title in its info dictionary: the smallest
// file a PDF reader accepts, with a correct cross-reference table.
std::string minimal_pdf(const std::string& title, const std::string& text) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Title (" + title + ") >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A .docx: a zip archive with the parts Word needs, written with libzip.
void write_docx(const std::string& path, const std::string& title, const std::vector<std::string>& paragraphs) {
  std::string body;
  for (const auto& paragraph : paragraphs) body += "<w:p><w:r><w:t xml:space=\"preserve\">" + paragraph + "</w:t></w:r></w:p>";
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
      {"word/document.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
       "<w:body>" + body + "</w:body></w:document>"},
      {"docProps/core.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title></cp:coreProperties>"}};
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(archive, nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    ASSERT_NE(source, nullptr);
    ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
  }
  ASSERT_EQ(zip_close(archive), 0);  // the buffers are read here, while `parts` lives
}

std::vector<std::string> documents_matching(const std::string& db, const std::string& words) {
  auto searcher = Searcher::open(db, RankingConfig{});
  EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
  if (!searcher.ok()) return {};
  auto found = searcher.value()->search_evidence({words, EvidenceType::kDocument, 1, 20});
  EXPECT_TRUE(found.ok()) << found.status().to_string();
  std::vector<std::string> ids;
  if (found.ok()) {
    for (const auto& result : found->results) ids.push_back(result.item.id + "|" + result.item.title);
  }
  return ids;
}

TEST(IngestSources, DutchCsvExportImportsTheSamePeopleAsJsonLines) {
  TempDir dir;
  const std::string csv = dir.write(
      "export.csv",
      "\xEF\xBB\xBFPersoneelsnummer;Naam;E-mailadres;Telefoon;School;Vestigingsplaats;Functies;Afdeling;Expertise;"
      "Over mij;Talen;Beschikbaar voor;Zichtbaarheid;Laatst gewijzigd;Lievelingskleur\r\n"
      "1001;Anna de Vries;anna@hetbaken.nl;06-12345678;Het Baken College;Almere;\"informatiebeveiliger, docent "
      "informatica\";ICT;\"informatiebeveiliging; AVG\";\"Ik adviseer collega's.\r\nOok over \"\"phishing\"\".\";nl, "
      "en;advies; openbaar;01-09-2026;blauw\r\n"
      "1002;Bram Jansen;;;Lyceum Zuid;Amsterdam;docent geschiedenis;;burgerschap;;nl;meelopen;intern;2026-03-12;rood\r\n"
      "1003;Daan Verborgen;daan@x.nl;;Servicebureau;;security officer;ICT;informatiebeveiliging;;;;verborgen;;groen\r\n");
  const std::string jsonl = dir.write(
      "staff.jsonl",
      "{\"id\": \"1001\", \"name\": \"Anna de Vries\", \"email\": \"anna@hetbaken.nl\", \"phone\": \"06-12345678\", "
      "\"school\": \"Het Baken College\", \"location\": \"Almere\", \"roles\": [\"informatiebeveiliger\", \"docent "
      "informatica\"], \"department\": \"ICT\", \"expertise\": [\"informatiebeveiliging\", \"AVG\"], \"bio\": \"Ik "
      "adviseer collega's.\\nOok over \\\"phishing\\\".\", \"languages\": [\"nl\", \"en\"], \"available_for\": "
      "[\"advies\"], \"visibility\": \"public\", \"updated\": \"2026-09-01\"}\n"
      "{\"id\": \"1002\", \"name\": \"Bram Jansen\", \"school\": \"Lyceum Zuid\", \"location\": \"Amsterdam\", "
      "\"roles\": [\"docent geschiedenis\"], \"expertise\": [\"burgerschap\"], \"languages\": [\"nl\"], "
      "\"available_for\": [\"meelopen\"], \"visibility\": \"internal\", \"updated\": \"2026-03-12\"}\n"
      "{\"id\": \"1003\", \"name\": \"Daan Verborgen\", \"visibility\": \"hidden\"}\n");

  const auto from_csv = indexer({"rebuild", "--db", dir.file("csv-db"), "--staff", csv});
  ASSERT_EQ(from_csv.exit_code, 0) << from_csv.err;
  EXPECT_NE(from_csv.err.find("\"Lievelingskleur\""), std::string::npos) << from_csv.err;
  EXPECT_NE(from_csv.out.find("3 lines, 3 indexed, 0 rejected"), std::string::npos) << from_csv.out;
  ASSERT_EQ(indexer({"rebuild", "--db", dir.file("jsonl-db"), "--staff", jsonl}).exit_code, 0);

  auto from_csv_searcher = Searcher::open(dir.file("csv-db"), RankingConfig{});
  auto from_jsonl_searcher = Searcher::open(dir.file("jsonl-db"), RankingConfig{});
  ASSERT_TRUE(from_csv_searcher.ok() && from_jsonl_searcher.ok());
  for (const char* id : {"1001", "1002"}) {
    auto a = from_csv_searcher.value()->profile(id);
    auto b = from_jsonl_searcher.value()->profile(id);
    ASSERT_TRUE(a.ok() && b.ok()) << id;
    EXPECT_EQ(a->name, b->name);
    EXPECT_EQ(a->email, b->email);
    EXPECT_EQ(a->phone, b->phone);
    EXPECT_EQ(a->school, b->school);
    EXPECT_EQ(a->location, b->location);
    EXPECT_EQ(a->roles, b->roles);
    EXPECT_EQ(a->department, b->department);
    EXPECT_EQ(a->expertise, b->expertise);
    EXPECT_EQ(a->bio, b->bio) << id;
    EXPECT_EQ(a->languages, b->languages);
    EXPECT_EQ(a->available_for, b->available_for);
    EXPECT_EQ(a->visibility, b->visibility);
    EXPECT_EQ(a->updated, b->updated);
  }
  EXPECT_EQ(from_csv_searcher.value()->profile("1003").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(from_csv_searcher.value()->profile("1001")->bio, "Ik adviseer collega's.\nOok over \"phishing\".");

  // --format csv reads a file whatever its name; a tab-separated export works the same.
  const std::string tabs = dir.write("export.txt", "Personeelsnummer\tNaam\n2001\tTessa Tab\n");
  const auto tabbed = indexer({"rebuild", "--db", dir.file("tab-db"), "--staff", tabs, "--format", "csv"});
  EXPECT_EQ(tabbed.exit_code, 0) << tabbed.err;
}

TEST(IngestSources, CsvWithoutAnIdColumnFailsBeforeAnythingIsWritten) {
  TempDir dir;
  const std::string csv = dir.write("export.csv", "Naam;Functies\nAnna;docent\n");
  const auto result = indexer({"rebuild", "--db", dir.file("db"), "--staff", csv});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.err.find("\"id\""), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("db/XAPIANDB")));

  // A mapping in the config names the column.
  const std::string mapped = dir.write("export2.csv", "Nummer;Naam\n7;Anna\n");
  const std::string config = dir.write("wieweet.json", R"({"ingest": {"csv_columns": {"Nummer": "id"}}})");
  const auto with_mapping = indexer({"rebuild", "--db", dir.file("db"), "--staff", mapped, "--config", config});
  EXPECT_EQ(with_mapping.exit_code, 0) << with_mapping.err;
  const std::string bad_config = dir.write("bad.json", R"({"ingest": {"csv_columns": {"Nummer": "nummer"}}})");
  EXPECT_EQ(indexer({"rebuild", "--db", dir.file("db"), "--staff", mapped, "--config", bad_config}).exit_code, 2);
}

TEST(IngestSources, DocumentFilesAreFoundByTheirBodyAndBrokenOnesSkipped) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("files"));
  dir.write("files/verzuim.pdf", minimal_pdf("Beleidsnotitie verzuim", "Het verzuimprotocol voor docenten"));
  write_docx(dir.file("files/notitie.docx"), "Notitie mentoraat", {"Mentoraat in de onderbouw.", "Gesprekken met ouders."});
  dir.write("files/pagina.html",
            "<!doctype html><html><head><title>Excursie Rijksmuseum</title><script>var geheimscript = 1;</script>"
            "</head><body><h1>Excursie</h1><p>Wij bezoeken het <b>Rijksmuseum</b> met klas 3.</p></body></html>");
  dir.write("files/lees mij.md", "# Handleiding roosterprogramma\n\nZo werkt *Zermelo* voor mentoren.\n");
  dir.write("files/kapot.pdf", "%PDF-1.4\nthis is not really a pdf\n");
  dir.write("files/nep.docx", "This is a plain text file with a .docx name.");
  const std::string manifest = dir.write(
      "manifest.jsonl",
      "{\"id\": \"f1\", \"path\": \"files/verzuim.pdf\", \"authors\": [\"p1\"]}\n"
      "{\"id\": \"f2\", \"path\": \"files/notitie.docx\"}\n"
      "{\"id\": \"f3\", \"path\": \"files/pagina.html\"}\n"
      "{\"id\": \"f4\", \"path\": \"files/lees mij.md\", \"title\": \"Eigen titel\"}\n"
      "{\"id\": \"f5\", \"path\": \"files/kapot.pdf\"}\n"
      "{\"id\": \"f6\", \"path\": \"files/nep.docx\"}\n"
      "{\"id\": \"f7\", \"path\": \"files/bestaat-niet.txt\"}\n");
  const std::string staff = dir.write("staff.jsonl", "{\"id\": \"p1\", \"name\": \"Anna de Vries\"}\n");
  const std::string db = dir.file("db");
  const auto built = indexer({"rebuild", "--db", db, "--staff", staff, "--documents", manifest});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_NE(built.err.find("kapot.pdf: not a readable PDF"), std::string::npos) << built.err;
  EXPECT_NE(built.err.find("nep.docx: not a DOCX file (not a zip archive"), std::string::npos) << built.err;
  EXPECT_NE(built.err.find("bestaat-niet.txt: cannot read"), std::string::npos) << built.err;
  EXPECT_NE(built.out.find("3 files skipped"), std::string::npos) << built.out;

  using Ids = std::vector<std::string>;
  EXPECT_EQ(documents_matching(db, "verzuimprotocol"), Ids{"f1|Beleidsnotitie verzuim"});
  EXPECT_EQ(documents_matching(db, "onderbouw ouders"), Ids{"f2|Notitie mentoraat"});
  EXPECT_EQ(documents_matching(db, "rijksmuseum klas"), Ids{"f3|Excursie Rijksmuseum"});
  EXPECT_EQ(documents_matching(db, "geheimscript"), Ids{});  // scripts are not text
  EXPECT_EQ(documents_matching(db, "zermelo mentoren"), Ids{"f4|Eigen titel"});

  // update: unchanged files are skipped; a changed one is read again.
  const auto same = indexer({"update", "--db", db, "--documents", manifest, "--json"});
  ASSERT_EQ(same.exit_code, 0) << same.err;
  rapidjson::Document summary;
  summary.Parse(same.out.c_str());
  ASSERT_TRUE(summary.IsObject()) << same.out;
  EXPECT_EQ(summary["replaced"].GetUint64(), 0u) << same.out;
  EXPECT_EQ(summary["skipped"].GetUint64(), 7u) << same.out;  // 4 unchanged, 3 unreadable
  dir.write("files/lees mij.md", "# Handleiding\n\nNu over Magister.\n");
  const auto changed = indexer({"update", "--db", db, "--documents", manifest, "--json"});
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  summary.Parse(changed.out.c_str());
  EXPECT_EQ(summary["replaced"].GetUint64(), 1u) << changed.out;
  EXPECT_EQ(documents_matching(db, "magister"), Ids{"f4|Eigen titel"});
}

}  // namespace
}  // namespace wieweet
