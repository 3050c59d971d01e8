#include <algorithm>

#include <gtest/gtest.h>

#include "wieweet/ingest.h"
#include "wieweet/numbers.h"

namespace wieweet {
namespace {

struct RejectCase {
  const char* line;
  SourceKind kind;
  const char* message_part;
};

TEST(ParseRecord, RejectsMalformedLinesWithAReason) {
  const RejectCase cases[] = {
      {R"({"id": "p1", "name": "Anna")", SourceKind::kStaff, "invalid JSON"},
      {R"({"id": "p1", "name": "Anna"} trailing)", SourceKind::kStaff, "invalid JSON"},
      {R"(["p1", "Anna"])", SourceKind::kStaff, "must be a JSON object"},
      {R"({"name": "Anna"})", SourceKind::kStaff, "missing required field \"id\""},
      {R"({"id": "", "name": "Anna"})", SourceKind::kStaff, "\"id\" is empty"},
      {R"({"id": "p1"})", SourceKind::kStaff, "missing required field \"name\""},
      {R"({"id": "p1", "name": "   "})", SourceKind::kStaff, "missing required field \"name\""},
      {R"({"id": "p1", "name": 42})", SourceKind::kStaff, "\"name\" must be a string"},
      {R"({"id": "p1", "name": "A", "roles": "docent"})", SourceKind::kStaff, "\"roles\" must be an array"},
      {R"({"id": "p1", "name": "A", "roles": ["docent", 3]})", SourceKind::kStaff, "\"roles\" must be an array"},
      {R"({"id": "p1", "name": "A", "visibility": "hiden"})", SourceKind::kStaff, "\"visibility\" must be"},
      {R"({"id": -4, "name": "A"})", SourceKind::kStaff, "\"id\" must be a string"},
      {R"({"id": true, "name": "A"})", SourceKind::kStaff, "\"id\" must be a string"},
      {"{\"id\": \"p\\u0001\", \"name\": \"A\"}", SourceKind::kStaff, "control characters"},
      {"{\"id\": \"p1\", \"name\": \"Ann\xC3\x28\"}", SourceKind::kStaff, "invalid JSON"},  // bad UTF-8
      {"{\"id\": \"p1\", \"name\": \"\xFF\"}", SourceKind::kStaff, "invalid JSON"},
      {R"({"id": "p1", "deleted": "yes"})", SourceKind::kStaff, "\"deleted\" must be true or false"},
      {R"({"id": "w1"})", SourceKind::kWorkshops, "missing required field \"title\""},
      {R"({"id": "w1", "title": "T", "presenters": "p1"})", SourceKind::kWorkshops, "array of person ids"},
      {R"({"id": "w1", "title": "T", "presenters": [{"id": "p1"}]})", SourceKind::kWorkshops, "must be a string"},
      {R"({"id": "d1", "url": "https://x"})", SourceKind::kDocuments, "needs a \"title\", a \"body\" or a \"path\""},
      {R"({"id": "d1", "body": "b", "authors": [""]})", SourceKind::kDocuments, "is empty"},
      // Issue 11 (record_parser fuzzer): escapes of lone surrogates decoded to bytes that are not UTF-8.
      {R"({"id": "p1", "name": "Co\ude00rdinator"})", SourceKind::kStaff, "unpaired UTF-16 surrogate"},
      {R"({"id": "p1", "name": "A", "roles": ["\ud83d"]})", SourceKind::kStaff, "invalid JSON"},  // RapidJSON's own check
      {R"({"id": "p1", "name": "A", "\udfff": 1})", SourceKind::kStaff, "unpaired UTF-16 surrogate"},
  };
  for (const auto& c : cases) {
    auto parsed = parse_record(c.line, c.kind);
    ASSERT_FALSE(parsed.ok()) << c.line;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument) << c.line;
    EXPECT_NE(parsed.status().message().find(c.message_part), std::string::npos)
        << c.line << " gave: " << parsed.status().message();
  }
}

TEST(ParseRecord, AcceptsPairedSurrogateEscapes) {
  auto parsed = parse_record(R"({"id": "p1", "name": "Anna \ud83d\ude00"})", SourceKind::kStaff);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_EQ(std::get<Person>(parsed.value().record).name, "Anna \xF0\x9F\x98\x80");
}

// Issue 11: the recursive JSON parser overflowed the stack on deep nesting, taking the indexer down.
TEST(ParseRecord, SurvivesNestingAMillionDeep) {
  const std::size_t depth = 1000000;
  const std::string line = R"({"id": "d1", "body": "b", "extra": )" + std::string(depth, '[') + std::string(depth, ']') + "}";
  auto parsed = parse_record(line, SourceKind::kDocuments);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_EQ(parsed.value().warnings.size(), 1u);  // the unknown field "extra"
}

TEST(ParseRecord, RejectsIdsTooLongForAnIndexTerm) {
  const std::string line = R"({"id": ")" + std::string(129, 'x') + R"(", "name": "A"})";
  auto parsed = parse_record(line, SourceKind::kStaff);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("longer than 128 bytes"), std::string::npos);
}

TEST(ParseRecord, ReadsAFullPerson) {
  auto parsed = parse_record(
      R"({"id": "p7", "name": " Zoë Geërts ", "email": "z@x.nl", "roles": ["rector", " ", "mentor"],
          "expertise": ["AVG"], "visibility": "public", "updated": "2026-01-02T10:00:00Z",
          "languages": null, "available_for": ["meelopen"]})",
      SourceKind::kStaff);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  EXPECT_TRUE(parsed->warnings.empty());
  const auto& person = std::get<Person>(parsed->record);
  EXPECT_EQ(person.id, "p7");
  EXPECT_EQ(person.name, "Zoë Geërts");
  EXPECT_EQ(person.roles, (std::vector<std::string>{"rector", "mentor"}));  // blank entries dropped
  EXPECT_EQ(person.visibility, Visibility::kPublic);
  EXPECT_EQ(person.updated, "2026-01-02");  // a timestamp is cut to its date
  EXPECT_TRUE(person.languages.empty());    // null is absent
}

TEST(ParseRecord, DefaultsVisibilityToInternal) {
  auto parsed = parse_record(R"({"id": "p1", "name": "A"})", SourceKind::kStaff);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(std::get<Person>(parsed->record).visibility, Visibility::kInternal);
}

TEST(ParseRecord, AcceptsNumericIdsFromHrExports) {
  auto parsed = parse_record(R"({"id": 12345, "name": "A"})", SourceKind::kStaff);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(std::get<Person>(parsed->record).id, "12345");
  auto workshop = parse_record(R"({"id": "w1", "title": "T", "presenters": [7, "p8", 7]})", SourceKind::kWorkshops);
  ASSERT_TRUE(workshop.ok());
  EXPECT_EQ(std::get<Workshop>(workshop->record).presenters, (std::vector<std::string>{"7", "p8"}));
}

TEST(ParseRecord, DropsImpossibleDates) {
  for (const char* date : {"2025-13-01", "2025-00-10", "2025-02-45", "2025-1-1", "gisteren"}) {
    auto parsed = parse_record(std::string(R"({"id": "w1", "title": "T", "date": ")") + date + "\"}",
                               SourceKind::kWorkshops);
    ASSERT_TRUE(parsed.ok()) << date;
    EXPECT_TRUE(std::get<Workshop>(parsed->record).date.empty()) << date;
    EXPECT_EQ(parsed->warnings.size(), 1u) << date;
  }
}

TEST(ParseRecord, ReadsDeletionLines) {
  auto parsed = parse_record(R"({"id": "d9", "deleted": true})", SourceKind::kDocuments);
  ASSERT_TRUE(parsed.ok());
  const auto& deletion = std::get<Deletion>(parsed->record);
  EXPECT_EQ(deletion.id, "d9");
  EXPECT_EQ(deletion.source, SourceKind::kDocuments);
  // "deleted": false is an ordinary record, so it must be complete.
  EXPECT_FALSE(parse_record(R"({"id": "d9", "deleted": false})", SourceKind::kDocuments).ok());
}

TEST(ParseRecord, DropsBadOptionalValuesWithAWarningInsteadOfTheRecord) {
  auto parsed = parse_record(
      R"json({"id": "d1", "title": "T", "date": "12-03-2024", "url": "javascript:alert(1)", "colour": "red"})json",
      SourceKind::kDocuments);
  ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
  const auto& document = std::get<Document>(parsed->record);
  EXPECT_TRUE(document.date.empty());
  EXPECT_TRUE(document.url.empty());
  ASSERT_EQ(parsed->warnings.size(), 3u);
  auto warned = [&](const std::string& part) {
    return std::any_of(parsed->warnings.begin(), parsed->warnings.end(),
                       [&](const std::string& warning) { return warning.find(part) != std::string::npos; });
  };
  EXPECT_TRUE(warned("\"date\": \"12-03-2024\" is not an ISO date"));
  EXPECT_TRUE(warned("\"url\" is not an http(s) URL"));
  EXPECT_TRUE(warned("unknown field \"colour\""));
}

// Issue 11: a URL scheme is case-insensitive, so "HTTPS://" was wrongly rejected.
TEST(ParseRecord, AcceptsAWebUrlWhateverTheCaseOfItsScheme) {
  for (const char* url : {"HTTPS://intranet.example.nl/Pagina", "Http://intranet.example.nl/Pagina"}) {
    const std::string line = std::string(R"({"id": "d1", "title": "T", "url": ")") + url + "\"}";
    auto parsed = parse_record(line, SourceKind::kDocuments);
    ASSERT_TRUE(parsed.ok()) << parsed.status().to_string();
    const std::string& stored = std::get<Document>(parsed->record).url;
    EXPECT_TRUE(stored == "https://intranet.example.nl/Pagina" || stored == "http://intranet.example.nl/Pagina") << stored;
    EXPECT_TRUE(parsed->warnings.empty()) << url;
  }
  for (const char* url : {"JAVASCRIPT:alert(1)", "File:///etc/passwd", "https:/x", "httpsx://x"}) {
    const std::string line = std::string(R"({"id": "d1", "title": "T", "url": ")") + url + "\"}";
    auto parsed = parse_record(line, SourceKind::kDocuments);
    ASSERT_TRUE(parsed.ok());
    EXPECT_TRUE(std::get<Document>(parsed->record).url.empty()) << url;
  }
}

TEST(ParseWholeNumber, AcceptsDigitsOnlyAndRefusesOverflow) {
  EXPECT_EQ(parse_whole_number("0"), 0u);
  EXPECT_EQ(parse_whole_number("18446744073709551615"), 18446744073709551615ull);
  EXPECT_EQ(parse_whole_number("42", 42), 42u);
  for (const char* bad : {"", "-1", "+1", " 1", "1 ", "0x10", "1e3", "18446744073709551616",
                          "99999999999999999999999"}) {
    EXPECT_FALSE(parse_whole_number(bad).has_value()) << bad;
  }
  EXPECT_FALSE(parse_whole_number("43", 42).has_value());
}

}  // namespace
}  // namespace wieweet
