// parse_record(): one JSON Lines object to one record (docs/ingest-format.md). Structural problems
// reject the line; a malformed optional value (a date, a url) only drops that value, with a warning,
// because losing a whole colleague over a date typo helps nobody.
#include "wieweet/ingest.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "wieweet/numbers.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

// Ids become parts of Xapian terms, whose length is limited (245 bytes with the prefix).

// Reads typed fields from one JSON object and remembers which keys were used, so that the rest can
// be reported as unknown. JSON null counts as absent: exports often write it for empty cells.
class ObjectReader {
 public:
  explicit ObjectReader(const rapidjson::Value& object) : object_(object) {}

  const rapidjson::Value* find(const char* key) {
    used_.insert(key);
    auto member = object_.FindMember(key);
    if (member == object_.MemberEnd() || member->value.IsNull()) return nullptr;
    return &member->value;
  }

  Status text(const char* key, std::string* out) {
    const rapidjson::Value* value = find(key);
    if (value == nullptr) return {};
    if (!value->IsString()) return Status::invalid_argument(std::string("field \"") + key + "\" must be a string");
    *out = trim_blanks(std::string_view(value->GetString(), value->GetStringLength()));
    return {};
  }

  Status required_text(const char* key, std::string* out) {
    if (Status status = text(key, out); !status.ok()) return status;
    if (out->empty()) return Status::invalid_argument(std::string("missing required field \"") + key + "\"");
    return {};
  }

  // An id or a person reference: a string, or a whole number (HR exports often write numeric ids).
  static Status id_value(const rapidjson::Value& value, const std::string& what, std::string* out) {
    if (value.IsString()) {
      *out = trim_blanks(std::string_view(value.GetString(), value.GetStringLength()));
    } else if (value.IsUint64()) {
      *out = std::to_string(value.GetUint64());
    } else {
      return Status::invalid_argument(what + " must be a string");
    }
    if (out->empty()) return Status::invalid_argument(what + " is empty");
    if (out->size() > kMaxIdBytes) {
      return Status::invalid_argument(what + " is longer than " + std::to_string(kMaxIdBytes) + " bytes");
    }
    const bool has_control = std::any_of(out->begin(), out->end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    if (has_control) return Status::invalid_argument(what + " contains control characters");
    return {};
  }

  Status id(std::string* out) {
    const rapidjson::Value* value = find("id");
    if (value == nullptr) return Status::invalid_argument("missing required field \"id\"");
    return id_value(*value, "field \"id\"", out);
  }

  Status text_list(const char* key, std::vector<std::string>* out) {
    const rapidjson::Value* value = find(key);
    if (value == nullptr) return {};
    if (!value->IsArray()) return Status::invalid_argument(std::string("field \"") + key + "\" must be an array of strings");
    for (const auto& item : value->GetArray()) {
      if (!item.IsString()) {
        return Status::invalid_argument(std::string("field \"") + key + "\" must be an array of strings");
      }
      std::string entry = trim_blanks(std::string_view(item.GetString(), item.GetStringLength()));
      if (!entry.empty()) out->push_back(std::move(entry));
    }
    return {};
  }

  Status id_list(const char* key, std::vector<std::string>* out) {
    const rapidjson::Value* value = find(key);
    if (value == nullptr) return {};
    const std::string what = std::string("field \"") + key + "\"";
    if (!value->IsArray()) return Status::invalid_argument(what + " must be an array of person ids");
    for (const auto& item : value->GetArray()) {
      std::string entry;
      if (Status status = id_value(item, "an entry of " + what, &entry); !status.ok()) return status;
      if (std::find(out->begin(), out->end(), entry) == out->end()) out->push_back(std::move(entry));
    }
    return {};
  }

  // Dates are kept as "YYYY-MM-DD"; a timestamp is cut to its date. Anything else is dropped.
  void date(const char* key, std::string* out, std::vector<std::string>* warnings) {
    std::string raw;
    if (Status status = text(key, &raw); !status.ok()) {
      warnings->push_back(status.message() + "; ignored");
      return;
    }
    if (raw.empty()) return;
    const bool iso = raw.size() >= 10 && raw[4] == '-' && raw[7] == '-' &&
                     std::all_of(raw.begin(), raw.begin() + 4, ::isdigit) &&
                     std::isdigit(static_cast<unsigned char>(raw[5])) && std::isdigit(static_cast<unsigned char>(raw[6])) &&
                     std::isdigit(static_cast<unsigned char>(raw[8])) && std::isdigit(static_cast<unsigned char>(raw[9])) &&
                     (raw.size() == 10 || raw[10] == 'T' || raw[10] == ' ');
    const auto month = iso ? parse_whole_number(std::string_view(raw).substr(5, 2)).value_or(0) : 0;
    const auto day = iso ? parse_whole_number(std::string_view(raw).substr(8, 2)).value_or(0) : 0;
    if (!iso || month < 1 || month > 12 || day < 1 || day > 31) {
      warnings->push_back(std::string("field \"") + key + "\": \"" + raw + "\" is not an ISO date (YYYY-MM-DD); ignored");
      return;
    }
    *out = raw.substr(0, 10);
  }

  // Only web links are kept: anything else (javascript:, file:) must never reach a page as a link.
  void url(const char* key, std::string* out, std::vector<std::string>* warnings) {
    std::string raw;
    if (Status status = text(key, &raw); !status.ok()) {
      warnings->push_back(status.message() + "; ignored");
      return;
    }
    if (raw.empty()) return;
    // A URL scheme is case-insensitive (RFC 3986 3.1): "HTTPS://" is a web link too, stored as
    // "https://" so that whatever shows it compares one spelling (issue 11).
    const std::size_t colon = raw.find("://");
    std::string scheme = colon == std::string::npos ? std::string() : raw.substr(0, colon);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (scheme != "https" && scheme != "http") {
      warnings->push_back(std::string("field \"") + key + "\" is not an http(s) URL; ignored");
      return;
    }
    *out = scheme + raw.substr(colon);
  }

  void report_unknown_keys(std::vector<std::string>* warnings) const {
    for (auto member = object_.MemberBegin(); member != object_.MemberEnd(); ++member) {
      const std::string key(member->name.GetString(), member->name.GetStringLength());
      if (used_.count(key) == 0) warnings->push_back("unknown field \"" + key + "\" ignored");
    }
  }

 private:
  const rapidjson::Value& object_;
  std::set<std::string> used_;
};

// Whether every string and key in `root` is valid UTF-8. RapidJSON validates the bytes of a line,
// but decodes an unpaired \uD800-\uDFFF escape into a lone surrogate, which is not UTF-8 (issue 11,
// found by the record_parser fuzzer). Iterative, as the parse is: a line may nest as deep as it is long.
bool strings_are_utf8(const rapidjson::Value& root) {
  std::vector<const rapidjson::Value*> pending{&root};
  while (!pending.empty()) {
    const rapidjson::Value& value = *pending.back();
    pending.pop_back();
    if (value.IsString() && !is_valid_utf8(std::string_view(value.GetString(), value.GetStringLength()))) return false;
    if (value.IsArray()) {
      for (const auto& item : value.GetArray()) pending.push_back(&item);
    } else if (value.IsObject()) {
      for (const auto& member : value.GetObject()) {
        pending.push_back(&member.name);
        pending.push_back(&member.value);
      }
    }
  }
  return true;
}

// Runs each step until one fails; keeps the field-by-field parsers below flat.
#define WIEWEET_TRY(expr)                  \
  do {                                     \
    if (Status s_ = (expr); !s_.ok()) {    \
      return s_;                           \
    }                                      \
  } while (false)

Status read_person(ObjectReader& in, Person* person, std::vector<std::string>* warnings) {
  WIEWEET_TRY(in.required_text("name", &person->name));
  WIEWEET_TRY(in.text("email", &person->email));
  WIEWEET_TRY(in.text("phone", &person->phone));
  WIEWEET_TRY(in.text("school", &person->school));
  WIEWEET_TRY(in.text("location", &person->location));
  WIEWEET_TRY(in.text_list("roles", &person->roles));
  WIEWEET_TRY(in.text("department", &person->department));
  WIEWEET_TRY(in.text_list("expertise", &person->expertise));
  WIEWEET_TRY(in.text("bio", &person->bio));
  WIEWEET_TRY(in.text_list("languages", &person->languages));
  WIEWEET_TRY(in.text_list("available_for", &person->available_for));
  std::string visibility;
  WIEWEET_TRY(in.text("visibility", &visibility));
  if (!visibility.empty()) {
    // Fail closed: a misspelt "hiden" must not make a person visible.
    auto parsed = parse_visibility(visibility);
    if (!parsed) {
      return Status::invalid_argument("field \"visibility\" must be \"public\", \"internal\" or \"hidden\", not \"" +
                                      visibility + "\"");
    }
    person->visibility = *parsed;
  }
  in.date("updated", &person->updated, warnings);
  return {};
}

Status read_workshop(ObjectReader& in, Workshop* workshop, std::vector<std::string>* warnings) {
  WIEWEET_TRY(in.required_text("title", &workshop->title));
  WIEWEET_TRY(in.text("description", &workshop->description));
  WIEWEET_TRY(in.id_list("presenters", &workshop->presenters));
  WIEWEET_TRY(in.id_list("participants", &workshop->participants));
  WIEWEET_TRY(in.text("event", &workshop->event));
  WIEWEET_TRY(in.text("location", &workshop->location));
  WIEWEET_TRY(in.text_list("tags", &workshop->tags));
  in.date("date", &workshop->date, warnings);
  return {};
}

Status read_document(ObjectReader& in, Document* document, std::vector<std::string>* warnings) {
  WIEWEET_TRY(in.text("title", &document->title));
  WIEWEET_TRY(in.text("body", &document->body));
  WIEWEET_TRY(in.text("path", &document->path));
  if (!document->path.empty() && !document->body.empty()) {
    return Status::invalid_argument("a document has a \"body\" or a \"path\" to read it from, not both");
  }
  if (document->title.empty() && document->body.empty() && document->path.empty()) {
    return Status::invalid_argument("a document needs a \"title\", a \"body\" or a \"path\"");
  }
  WIEWEET_TRY(in.id_list("authors", &document->authors));
  WIEWEET_TRY(in.id_list("mentions", &document->mentions));
  WIEWEET_TRY(in.text("kind", &document->kind));
  WIEWEET_TRY(in.text_list("tags", &document->tags));
  in.url("url", &document->url, warnings);
  in.date("date", &document->date, warnings);
  return {};
}

#undef WIEWEET_TRY

}  // namespace

Result<ParsedLine> parse_record(std::string_view line, SourceKind kind) {
  rapidjson::Document json;
  // Validating the encoding makes invalid UTF-8 an error here, once, instead of garbage in the index.
  // Iterative parsing: the recursive parser overflowed the stack on a line of nested brackets
  // ("[[[[…", a million deep, fits in ingest.max_line_bytes) and took the indexer down (issue 11).
  json.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(line.data(), line.size());
  if (json.HasParseError()) {
    return Status::invalid_argument(std::string("invalid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()) +
                                    " (at byte " + std::to_string(json.GetErrorOffset() + 1) + ")");
  }
  if (!strings_are_utf8(json)) {
    return Status::invalid_argument("invalid JSON: a \\u escape encodes an unpaired UTF-16 surrogate");
  }
  if (!json.IsObject()) return Status::invalid_argument("a line must be a JSON object");

  ObjectReader in(json);
  std::string id;
  if (Status status = in.id(&id); !status.ok()) return status;

  ParsedLine parsed;
  if (const rapidjson::Value* deleted = in.find("deleted")) {
    if (!deleted->IsBool()) return Status::invalid_argument("field \"deleted\" must be true or false");
    if (deleted->GetBool()) {
      parsed.record = Deletion{kind, std::move(id)};
      return parsed;
    }
  }

  Status status;
  switch (kind) {
    case SourceKind::kStaff: {
      Person person;
      person.id = std::move(id);
      status = read_person(in, &person, &parsed.warnings);
      parsed.record = std::move(person);
      break;
    }
    case SourceKind::kWorkshops: {
      Workshop workshop;
      workshop.id = std::move(id);
      status = read_workshop(in, &workshop, &parsed.warnings);
      parsed.record = std::move(workshop);
      break;
    }
    case SourceKind::kDocuments: {
      Document document;
      document.id = std::move(id);
      status = read_document(in, &document, &parsed.warnings);
      parsed.record = std::move(document);
      break;
    }
  }
  if (!status.ok()) return status;
  in.report_unknown_keys(&parsed.warnings);
  return parsed;
}

}  // namespace wieweet
