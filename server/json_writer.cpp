#include "json_writer.h"

#include <cmath>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace wieweet::server {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void put(Writer& out, std::string_view text) { out.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }

void put(Writer& out, const char* key, std::string_view text) {
  out.Key(key);
  put(out, text);
}

std::string finish(const rapidjson::StringBuffer& buffer) { return {buffer.GetString(), buffer.GetSize()}; }

void write_evidence(Writer& out, const EvidenceHit& evidence) {
  out.StartObject();
  put(out, "type", to_string(evidence.type));
  put(out, "id", evidence.id);
  put(out, "title", evidence.title);
  put(out, "url", evidence.url);
  put(out, "date", evidence.date);
  put(out, "link", to_string(evidence.link));
  put(out, "snippet", evidence.snippet);
  out.EndObject();
}

void write_hit(Writer& out, const ExpertHit& hit) {
  out.StartObject();
  put(out, "id", hit.id);
  put(out, "name", hit.name);
  put(out, "school", hit.school);
  out.Key("roles");
  out.StartArray();
  for (const auto& role : hit.roles) put(out, role);
  out.EndArray();
  out.Key("score");
  // Four decimals are plenty to compare people and keep responses stable across platforms.
  out.Double(std::round(hit.score * 10000.0) / 10000.0);
  out.Key("evidence");
  out.StartArray();
  for (const auto& evidence : hit.evidence) write_evidence(out, evidence);
  out.EndArray();
  out.EndObject();
}

}  // namespace

std::string search_result_json(const SearchResult& result) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  put(out, "query", result.query);
  out.Key("total");
  out.Uint64(result.total);
  out.Key("page");
  out.Uint64(result.page);
  out.Key("size");
  out.Uint64(result.size);
  out.Key("results");
  out.StartArray();
  for (const auto& hit : result.results) write_hit(out, hit);
  out.EndArray();
  if (result.corrected_query) put(out, "corrected_query", *result.corrected_query);
  out.EndObject();
  return finish(buffer);
}

std::string error_json(const std::string& code, const std::string& message, const std::string& parameter) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  out.Key("error");
  out.StartObject();
  put(out, "code", code);
  put(out, "message", message);
  if (!parameter.empty()) put(out, "parameter", parameter);
  out.EndObject();
  out.EndObject();
  return finish(buffer);
}

std::string readiness_json(const IndexInfo& info) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  put(out, "status", "ready");
  put(out, "generation", info.generation);
  out.Key("documents");
  out.Uint64(info.documents);
  out.Key("people");
  out.Uint64(info.people);
  out.EndObject();
  return finish(buffer);
}

std::string status_json(const std::string& status) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  put(out, "status", status);
  out.EndObject();
  return finish(buffer);
}

}  // namespace wieweet::server
