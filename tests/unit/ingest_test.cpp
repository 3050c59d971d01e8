#include "wieweet/ingest.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace wieweet {
namespace {

using testing::TempDir;

struct Collected {
  std::vector<std::string> ids;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

Status read(const std::string& path, Collected* collected, IngestCounts* counts, ReadOptions options = {}) {
  return read_jsonl(
      path, SourceKind::kStaff, options,
      [&](IngestRecord&& record, const SourceLocation&) {
        collected->ids.push_back(std::get<Person>(record).id);
        return Status();
      },
      [&](const Status& issue, bool is_error) {
        (is_error ? collected->errors : collected->warnings).push_back(issue.to_string());
      },
      counts);
}

TEST(ReadJsonl, SkipsABrokenLineInTheMiddleAndNamesIt) {
  TempDir dir;
  const std::string path = dir.write("staff.jsonl",
                                     "{\"id\": \"p1\", \"name\": \"Anna\"}\n"
                                     "{\"id\": \"p2\", \"name\": \n"
                                     "{\"id\": \"p3\", \"name\": \"Chantal\"}\n");
  Collected collected;
  IngestCounts counts;
  ASSERT_TRUE(read(path, &collected, &counts).ok());
  EXPECT_EQ(collected.ids, (std::vector<std::string>{"p1", "p3"}));
  ASSERT_EQ(collected.errors.size(), 1u);
  EXPECT_EQ(collected.errors[0].rfind(path + ":2: invalid JSON", 0), 0u) << collected.errors[0];
  EXPECT_EQ(counts.lines, 3u);
  EXPECT_EQ(counts.records, 2u);
  EXPECT_EQ(counts.rejected, 1u);
}

TEST(ReadJsonl, AcceptsByteOrderMarkCrlfAndBlankLines) {
  TempDir dir;
  const std::string path = dir.write("staff.jsonl",
                                     "\xEF\xBB\xBF{\"id\": \"p1\", \"name\": \"Anna\"}\r\n"
                                     "\r\n"
                                     "   \n"
                                     "{\"id\": \"p2\", \"name\": \"Bram\", \"extra\": 1}\r\n");
  Collected collected;
  IngestCounts counts;
  ASSERT_TRUE(read(path, &collected, &counts).ok());
  EXPECT_EQ(collected.ids, (std::vector<std::string>{"p1", "p2"}));
  EXPECT_TRUE(collected.errors.empty());
  ASSERT_EQ(collected.warnings.size(), 1u);
  EXPECT_NE(collected.warnings[0].find(":4: unknown field \"extra\""), std::string::npos) << collected.warnings[0];
  EXPECT_EQ(counts.lines, 2u);
}

TEST(ReadJsonl, StopsOnceTooManyLinesWereRejected) {
  TempDir dir;
  const std::string path = dir.write("staff.jsonl", "x\ny\n{\"id\": \"p1\", \"name\": \"A\"}\nz\n");
  Collected collected;
  IngestCounts counts;
  ReadOptions options;
  options.max_errors = 1;
  Status status = read(path, &collected, &counts, options);
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(counts.rejected, 2u);
  EXPECT_TRUE(collected.ids.empty());  // stopped at line 2, before the good line
}

TEST(ReadJsonl, RejectsOverlongLines) {
  TempDir dir;
  const std::string path =
      dir.write("staff.jsonl", "{\"id\": \"p1\", \"name\": \"" + std::string(3000, 'a') + "\"}\n{\"id\": \"p2\", \"name\": \"B\"}\n");
  Collected collected;
  IngestCounts counts;
  ReadOptions options;
  options.max_line_bytes = 2048;
  ASSERT_TRUE(read(path, &collected, &counts, options).ok());
  EXPECT_EQ(collected.ids, (std::vector<std::string>{"p2"}));
  ASSERT_EQ(collected.errors.size(), 1u);
  EXPECT_NE(collected.errors[0].find(":1: line is longer than 2048 bytes"), std::string::npos);
}

TEST(ReadJsonl, ReportsAMissingFile) {
  Collected collected;
  IngestCounts counts;
  EXPECT_EQ(read("/nonexistent/staff.jsonl", &collected, &counts).code(), StatusCode::kIoError);
}

TEST(ReadJsonl, StopsWhenTheSinkFails) {
  TempDir dir;
  const std::string path = dir.write("staff.jsonl", "{\"id\": \"p1\", \"name\": \"A\"}\n{\"id\": \"p2\", \"name\": \"B\"}\n");
  IngestCounts counts;
  Status status = read_jsonl(
      path, SourceKind::kStaff, {}, [](IngestRecord&&, const SourceLocation&) { return Status::index_error("disk full"); },
      [](const Status&, bool) {}, &counts);
  EXPECT_EQ(status.code(), StatusCode::kIndexError);
  EXPECT_EQ(counts.records, 1u);
}

}  // namespace
}  // namespace wieweet
