#include "judged_queries.h"

#include <fstream>
#include <map>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace wieweet::relevance {
namespace {

Status at(const std::string& file, std::size_t line, const std::string& message) {
  return Status::invalid_argument(message).at({file, line});
}

std::string string_member(const rapidjson::Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

Result<std::vector<JudgedQuery>> read_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::io_error("cannot read " + path);
  std::vector<JudgedQuery> queries;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError()) return at(path, number, rapidjson::GetParseError_En(doc.GetParseError()));
    if (!doc.IsObject()) return at(path, number, "expected a JSON object");
    JudgedQuery query{string_member(doc, "id"), string_member(doc, "query"), string_member(doc, "category"), {}};
    if (query.id.empty() || query.text.empty()) return at(path, number, "\"id\" and \"query\" must be non-empty strings");
    queries.push_back(std::move(query));
  }
  return queries;
}

}  // namespace

Result<std::vector<JudgedQuery>> load_judged_queries(const std::string& queries_path, const std::string& qrels_path) {
  auto queries = read_queries(queries_path);
  if (!queries.ok()) return queries.status();
  std::map<std::string, JudgedQuery*> by_id;
  for (auto& query : queries.value()) {
    if (!by_id.emplace(query.id, &query).second) return Status::invalid_argument("repeated query id " + query.id + " in " + queries_path);
  }

  std::ifstream in(qrels_path);
  if (!in) return Status::io_error("cannot read " + qrels_path);
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::istringstream fields(line);
    std::string query_id, iteration, person;
    int grade = 0;
    if (!(fields >> query_id)) continue;  // blank line
    if (!(fields >> iteration >> person >> grade)) return at(qrels_path, number, "expected QUERY_ID ITERATION PERSON_ID GRADE");
    auto query = by_id.find(query_id);
    if (query == by_id.end()) return at(qrels_path, number, "judgment for unknown query " + query_id);
    if (grade > 0) query->second->grades[person] = grade;
  }

  for (const auto& query : queries.value()) {
    if (query.grades.empty()) {
      return Status::invalid_argument("query " + query.id + " has no relevant person in " + qrels_path +
                                      ": its measures are undefined");
    }
  }
  return queries;
}

}  // namespace wieweet::relevance
