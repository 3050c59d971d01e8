// The JSONL record parser (src/ingest/record_parser.cpp): one input is one line, parsed as each of the three
// source kinds. Whatever is accepted must be what the ingest contract promises: valid UTF-8 text, an
// id that fits a Xapian term and has no control characters, the required fields present.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "fuzz_check.h"
#include "wieweet/ingest.h"
#include "wieweet/text_analysis.h"

namespace {

using wieweet::is_valid_utf8;

void check_id(const std::string& id) {
  WIEWEET_FUZZ_CHECK(!id.empty() && id.size() <= 128);
  WIEWEET_FUZZ_CHECK(is_valid_utf8(id));
  WIEWEET_FUZZ_CHECK(std::none_of(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
}

void check_texts(std::initializer_list<const std::string*> texts) {
  for (const std::string* text : texts) WIEWEET_FUZZ_CHECK(is_valid_utf8(*text));
}

void check_lists(std::initializer_list<const std::vector<std::string>*> lists) {
  for (const auto* list : lists) {
    for (const std::string& item : *list) WIEWEET_FUZZ_CHECK(is_valid_utf8(item));
  }
}

void check_people(const std::vector<std::string>& ids) {
  for (const std::string& id : ids) check_id(id);
}

void check(const wieweet::IngestRecord& record) {
  std::visit(
      [](const auto& r) {
        using T = std::decay_t<decltype(r)>;
        check_id(r.id);
        if constexpr (std::is_same_v<T, wieweet::Person>) {
          WIEWEET_FUZZ_CHECK(!r.name.empty());
          check_texts({&r.name, &r.email, &r.phone, &r.school, &r.location, &r.department, &r.bio, &r.updated});
          check_lists({&r.roles, &r.expertise, &r.languages, &r.available_for});
        } else if constexpr (std::is_same_v<T, wieweet::Workshop>) {
          WIEWEET_FUZZ_CHECK(!r.title.empty());
          check_texts({&r.title, &r.description, &r.event, &r.date, &r.location});
          check_lists({&r.tags});
          check_people(r.presenters);
          check_people(r.participants);
        } else if constexpr (std::is_same_v<T, wieweet::Document>) {
          WIEWEET_FUZZ_CHECK(!r.title.empty() || !r.body.empty());
          check_texts({&r.title, &r.body, &r.url, &r.kind, &r.date});
          check_lists({&r.tags});
          check_people(r.authors);
          check_people(r.mentions);
        }
      },
      record);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  for (auto kind : {wieweet::SourceKind::kStaff, wieweet::SourceKind::kWorkshops, wieweet::SourceKind::kDocuments}) {
    auto parsed = wieweet::parse_record(line, kind);
    if (parsed.ok()) {
      check(parsed.value().record);
      for (const std::string& warning : parsed.value().warnings) WIEWEET_FUZZ_CHECK(is_valid_utf8(warning));
    } else {
      WIEWEET_FUZZ_CHECK(!parsed.status().message().empty());
    }
  }
  return 0;
}
