// The CSV reader (src/common/csv.cpp) and the meeloop requests file on top of it (src/meeloop/meeloop_batch.cpp):
// the input is a whole file. Every record read must be valid UTF-8 and carry a line number within the
// file; every problem must name the file and line. And what csv_field() writes must read back as the
// same fields (the writer and the reader agree).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "wieweet/csv.h"
#include "wieweet/meeloop_batch.h"
#include "wieweet/text_analysis.h"

namespace {

// Whether csv_field() writes `field` as itself: no formula guard, no line ending the reader folds.
bool writes_verbatim(const std::string& field) {
  if (!field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos) return false;
  return field.find('\r') == std::string::npos;
}

void check_round_trip(const std::vector<std::string>& fields) {
  if (!std::all_of(fields.begin(), fields.end(), writes_verbatim)) return;
  std::string written;
  for (std::size_t i = 0; i < fields.size(); ++i) written += (i == 0 ? "" : ",") + wieweet::csv_field(fields[i]);
  // Blank lines are skipped and a record may span at most 100 lines: such records are not written back.
  if (written.find_first_not_of(" \t") == std::string::npos) return;
  if (std::count(written.begin(), written.end(), '\n') >= 99) return;
  // After a header line, as the files we write have one: a byte-order mark that starts a file is not
  // part of its first field.
  std::istringstream in("header\r\n" + written + "\r\n");
  std::vector<std::vector<std::string>> read;
  const auto status = wieweet::read_csv(
      in, "round-trip", [&](wieweet::CsvRecord&& record) { read.push_back(std::move(record.fields)); },
      [](const wieweet::Status&) { WIEWEET_FUZZ_CHECK(!"csv_field wrote a record read_csv rejects"); });
  WIEWEET_FUZZ_CHECK(status.ok());
  WIEWEET_FUZZ_CHECK(read.size() == 2);
  WIEWEET_FUZZ_CHECK(read[1] == fields);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  std::istringstream in(text);
  std::vector<std::vector<std::string>> records;
  std::size_t last_line = 0;
  const auto status = wieweet::read_csv(
      in, "staff.csv",
      [&](wieweet::CsvRecord&& record) {
        WIEWEET_FUZZ_CHECK(record.line > last_line && record.line <= lines);
        WIEWEET_FUZZ_CHECK(!record.fields.empty());
        for (const auto& field : record.fields) WIEWEET_FUZZ_CHECK(wieweet::is_valid_utf8(field));
        last_line = record.line;
        records.push_back(std::move(record.fields));
      },
      [](const wieweet::Status& error) {
        WIEWEET_FUZZ_CHECK(!error.ok());
        WIEWEET_FUZZ_CHECK(error.message().rfind("staff.csv:", 0) == 0);
      });
  WIEWEET_FUZZ_CHECK(status.ok());
  for (const auto& fields : records) check_round_trip(fields);

  std::istringstream requests_in(text);
  auto requests = wieweet::read_meeloop_requests(requests_in, "requests.csv", [](const wieweet::Status& error) {
    WIEWEET_FUZZ_CHECK(error.message().rfind("requests.csv:", 0) == 0);
  });
  if (requests.ok()) {
    for (const auto& request : requests.value()) {
      WIEWEET_FUZZ_CHECK(request.line >= 2 && request.line <= lines);
      WIEWEET_FUZZ_CHECK(!request.requester_id.empty());  // an empty request is reported when matching
    }
  }
  return 0;
}
