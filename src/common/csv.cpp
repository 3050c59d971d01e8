#include "wieweet/csv.h"

#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

std::string location(const std::string& name, std::size_t line) { return name + ":" + std::to_string(line); }

enum class Split { kRecord, kOpenQuote, kMalformed };

// Splits one record, which may span several physical lines (`text` holds them joined by '\n').
// kOpenQuote: a quoted field is still open at the end, so the record goes on at the next line. A
// quote opens a field only at its start: a stray quote inside an unquoted field is just a character.
Split split_record(const std::string& text, char separator, std::vector<std::string>* fields, std::string* reason) {
  fields->assign(1, std::string());
  bool quoted = false;
  bool after_quote = false;  // just closed a quoted field: only a separator may follow
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        fields->back() += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        fields->back() += '"';
        ++i;
      } else {
        quoted = false;
        after_quote = true;
      }
    } else if (c == separator) {
      fields->emplace_back();
      after_quote = false;
    } else if (after_quote) {
      *reason = "text after a closing quote (a quote inside a field is written as \"\")";
      return Split::kMalformed;
    } else if (c == '"' && fields->back().empty()) {
      quoted = true;
    } else {
      fields->back() += c;
    }
  }
  if (quoted) {
    *reason = "a quoted field is never closed";
    return Split::kOpenQuote;
  }
  return Split::kRecord;
}

// The separator is whichever of ';', ',' and tab the first line (the header) uses most, outside
// quotes; ',' when it has none of them (a one-column file).
char sniff_separator(const std::string& header) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    semicolons += c == ';';
    commas += c == ',';
    tabs += c == '\t';
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

}  // namespace

Status read_csv(std::istream& in, const std::string& name, const std::function<void(CsvRecord&&)>& on_record,
                const std::function<void(const Status&)>& on_error) {
  // A runaway quote would otherwise swallow the rest of the file into one record.
  constexpr std::size_t kMaxRecordLines = 100;
  std::string line;
  std::size_t line_number = 0;
  char separator = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (separator == 0) separator = sniff_separator(line);
    CsvRecord record;
    record.line = line_number;
    std::string text = line;
    std::string reason;
    Split split = split_record(text, separator, &record.fields, &reason);
    for (std::size_t lines = 1; split == Split::kOpenQuote && lines < kMaxRecordLines && std::getline(in, line);
         ++lines) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      text += '\n';
      text += line;
      split = split_record(text, separator, &record.fields, &reason);
    }
    if (!is_valid_utf8(text)) {
      on_error(Status::invalid_argument(location(name, record.line) + ": not valid UTF-8"));
      continue;
    }
    if (split != Split::kRecord) {
      on_error(Status::invalid_argument(location(name, record.line) + ": " + reason));
      continue;
    }
    on_record(std::move(record));
  }
  if (in.bad()) return Status::io_error("cannot read " + name);
  return {};
}

std::string csv_field(std::string_view value) {
  std::string field(value);
  if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@' ||
                         field[0] == '\t' || field[0] == '\r')) {
    field.insert(0, "'");
  }
  if (field.find_first_of(",;\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace wieweet
