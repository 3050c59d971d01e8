// Staff from a spreadsheet export. Each row becomes the JSON object a staff.jsonl line would hold
// and goes through parse_record(), so CSV and JSON Lines are checked by exactly the same rules.
#include <algorithm>
#include <array>
#include <fstream>
#include <iostream>
#include <optional>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "wieweet/csv.h"
#include "wieweet/ingest.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

constexpr std::array<std::string_view, 14> kStaffFields = {
    "id",   "name",      "email",     "phone",     "school",        "location",   "roles",
    "department", "expertise", "bio", "languages", "available_for", "visibility", "updated"};

bool is_list_field(std::string_view field) {
  return field == "roles" || field == "expertise" || field == "languages" || field == "available_for";
}

std::string header_key(std::string_view header) {
  std::string key = trim_blanks(header);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return key;
}

// Dutch exports write the visibility in Dutch; anything else goes to parse_record as it is (and is
// rejected there when it is no visibility at all: fail closed).
std::string visibility_value(const std::string& cell) {
  const std::string key = header_key(cell);
  if (key == "openbaar" || key == "publiek") return "public";
  if (key == "intern") return "internal";
  if (key == "verborgen" || key == "geheim") return "hidden";
  return key;
}

// Spreadsheets in Dutch settings write dates as DD-MM-YYYY (or with '/'); the contract wants ISO.
std::string date_value(const std::string& cell) {
  const auto first = cell.find_first_of("-/");
  const auto second = first == std::string::npos ? std::string::npos : cell.find_first_of("-/", first + 1);
  if (first == std::string::npos || second == std::string::npos || first > 2 || second - first > 3 ||
      cell.size() - second - 1 != 4) {
    return cell;
  }
  const std::string day = cell.substr(0, first), month = cell.substr(first + 1, second - first - 1);
  const bool digits = std::all_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '/'; });
  if (!digits) return cell;
  return cell.substr(second + 1) + "-" + (month.size() == 1 ? "0" : "") + month + "-" + (day.size() == 1 ? "0" : "") + day;
}

std::vector<std::string> split_list(const std::string& cell) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= cell.size()) {
    const auto end = std::min(cell.find_first_of(",;\n", start), cell.size());
    std::string item = trim_blanks(std::string_view(cell).substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

std::string row_json(const std::vector<std::optional<std::string>>& fields, const std::vector<std::string>& cells) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  for (std::size_t i = 0; i < fields.size() && i < cells.size(); ++i) {
    if (!fields[i]) continue;
    const std::string& field = *fields[i];
    const std::string cell = trim_blanks(cells[i]);
    if (cell.empty()) continue;
    json.Key(field.c_str());
    if (is_list_field(field)) {
      json.StartArray();
      for (const auto& item : split_list(cell)) json.String(item.c_str(), static_cast<rapidjson::SizeType>(item.size()));
      json.EndArray();
    } else {
      const std::string value = field == "visibility" ? visibility_value(cell) : field == "updated" ? date_value(cell) : cell;
      json.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
    }
  }
  json.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace

bool is_staff_field(std::string_view field) {
  return std::find(kStaffFields.begin(), kStaffFields.end(), field) != kStaffFields.end();
}

const std::map<std::string, std::string>& default_csv_columns() {
  static const std::map<std::string, std::string> kDefault = {
      {"personeelsnummer", "id"},  {"naam", "name"},           {"e-mailadres", "email"},   {"e-mail", "email"},
      {"telefoon", "phone"},       {"school", "school"},       {"vestigingsplaats", "location"},
      {"functies", "roles"},       {"functie", "roles"},       {"afdeling", "department"}, {"expertise", "expertise"},
      {"over mij", "bio"},         {"talen", "languages"},     {"beschikbaar voor", "available_for"},
      {"zichtbaarheid", "visibility"}, {"laatst gewijzigd", "updated"}};
  return kDefault;
}

Status read_staff_csv(const std::string& path, const std::map<std::string, std::string>& columns,
                      const ReadOptions& options, const RecordSink& on_record, const IssueSink& on_issue,
                      IngestCounts* counts) {
  *counts = IngestCounts{};
  std::map<std::string, std::string> mapping = default_csv_columns();
  for (const auto& [header, field] : columns) mapping[header_key(header)] = field;

  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::io_error("cannot open " + path);
  }
  std::istream& in = path == "-" ? std::cin : file;

  std::optional<std::vector<std::optional<std::string>>> fields;  // per column; set by the header row
  Status stopped;  // the first reason to stop: a bad header, too many errors, the sink's error
  auto reject = [&](const Status& issue) {
    ++counts->rejected;
    on_issue(issue, true);
    if (counts->rejected > options.max_errors && stopped.ok()) {
      stopped = Status::invalid_argument("more than " + std::to_string(options.max_errors) + " rejected lines in " +
                                         path + "; stopped reading");
    }
  };
  auto on_row = [&](CsvRecord&& row) {
    if (!stopped.ok()) return;
    const SourceLocation where{path, row.line};
    if (!fields) {
      fields.emplace();
      bool has_id = false, has_name = false;
      for (const auto& header : row.fields) {
        const std::string key = header_key(header);
        auto mapped = mapping.find(key);
        std::optional<std::string> field;
        if (mapped != mapping.end()) field = mapped->second;
        else if (is_staff_field(key)) field = key;
        if (!field && !key.empty()) {
          ++counts->warnings;
          on_issue(Status::invalid_argument("column \"" + trim_blanks(header) +
                                            "\" is not mapped to a staff field (ingest.csv_columns); ignored")
                       .at(where),
                   false);
        }
        has_id = has_id || field == "id";
        has_name = has_name || field == "name";
        fields->push_back(std::move(field));
      }
      if (!has_id || !has_name) {
        stopped = Status::invalid_argument(
                      std::string("the header has no column for the staff ") + (!has_id ? "\"id\"" : "\"name\"") +
                      " (map one in ingest.csv_columns, e.g. \"Personeelsnummer\": \"id\"); nothing was read")
                      .at(where);
      }
      return;
    }
    ++counts->lines;
    const std::string json = row_json(*fields, row.fields);
    Result<ParsedLine> parsed = json.size() > options.max_line_bytes
                                    ? Result<ParsedLine>(Status::invalid_argument(
                                          "row is longer than " + std::to_string(options.max_line_bytes) + " bytes"))
                                    : parse_record(json, SourceKind::kStaff);
    if (!parsed.ok()) {
      reject(parsed.status().at(where));
      return;
    }
    for (const auto& warning : parsed->warnings) {
      ++counts->warnings;
      on_issue(Status::invalid_argument(warning).at(where), false);
    }
    ++counts->records;
    if (Status status = on_record(std::move(parsed->record), where); !status.ok()) stopped = status;
  };
  Status read = read_csv(in, path, on_row, [&](const Status& issue) {
    if (!fields) {
      if (stopped.ok()) stopped = Status::invalid_argument(issue.message() + " (in the header row)");
      return;
    }
    ++counts->lines;
    reject(issue);
  });
  if (!read.ok()) return read;
  if (!stopped.ok()) return stopped;
  if (!fields) return Status::invalid_argument(path + " is empty: no header row");
  return {};
}

}  // namespace wieweet
