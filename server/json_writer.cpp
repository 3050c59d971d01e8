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

void put_strings(Writer& out, const char* key, const std::vector<std::string>& values);

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

// Scores to six significant decimals: an explanation is read by people, and stays stable.
void put_number(Writer& out, const char* key, double value) {
  out.Key(key);
  out.Double(std::round(value * 1e6) / 1e6);
}

void write_explanation(Writer& out, const ScoreExplanation& explanation) {
  out.Key("explanation");
  out.StartObject();
  put_number(out, "content", explanation.content);
  put_number(out, "prior", explanation.prior);
  out.Key("evidence_items");
  out.Uint64(explanation.evidence_items);
  out.Key("evidence");
  out.StartArray();
  for (const auto& item : explanation.evidence) {
    out.StartObject();
    put(out, "type", to_string(item.type));
    put(out, "id", item.id);
    put(out, "title", item.title);
    put(out, "link", to_string(item.link));
    out.Key("rank");
    out.Uint64(item.rank);
    put_number(out, "retrieval", item.retrieval);
    put_number(out, "relevance", item.relevance);
    put_number(out, "link_weight", item.link_weight);
    put_number(out, "share", item.share);
    put_number(out, "amount", item.amount);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

void write_hit(Writer& out, const ExpertHit& hit) {
  out.StartObject();
  put(out, "id", hit.id);
  put(out, "name", hit.name);
  put(out, "school", hit.school);
  put_strings(out, "roles", hit.roles);
  out.Key("score");
  // Four decimals are plenty to compare people and keep responses stable across platforms.
  out.Double(std::round(hit.score * 10000.0) / 10000.0);
  out.Key("evidence");
  out.StartArray();
  for (const auto& evidence : hit.evidence) write_evidence(out, evidence);
  out.EndArray();
  if (hit.explanation) write_explanation(out, *hit.explanation);
  out.EndObject();
}

void put_strings(Writer& out, const char* key, const std::vector<std::string>& values) {
  out.Key(key);
  out.StartArray();
  for (const auto& value : values) put(out, value);
  out.EndArray();
}

void write_facet(Writer& out, const char* key, const std::vector<FacetCount>& counts) {
  out.Key(key);
  out.StartArray();
  for (const auto& count : counts) {
    out.StartObject();
    put(out, "value", count.value);
    out.Key("count");
    out.Uint64(count.count);
    out.EndObject();
  }
  out.EndArray();
}

void write_paging(Writer& out, const std::string& query, std::size_t total, std::size_t page, std::size_t size) {
  put(out, "query", query);
  out.Key("total");
  out.Uint64(total);
  out.Key("page");
  out.Uint64(page);
  out.Key("size");
  out.Uint64(size);
}

void write_ref_fields(Writer& out, const EvidenceRef& ref) {
  put(out, "type", to_string(ref.type));
  put(out, "id", ref.id);
  put(out, "title", ref.title);
  put(out, "url", ref.url);
  put(out, "date", ref.date);
}

void write_group(Writer& out, const char* key, const EvidenceGroup& group) {
  out.Key(key);
  out.StartObject();
  out.Key("total");
  out.Uint64(group.total);
  out.Key("items");
  out.StartArray();
  for (const auto& ref : group.items) {
    out.StartObject();
    write_ref_fields(out, ref);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

// The profile fields a person's page shows. Contact fields are already empty for non-public people
// (privacy.h); empty ones are left out rather than sent as "".
void write_profile(Writer& out, const Person& person) {
  put(out, "id", person.id);
  put(out, "name", person.name);
  put(out, "school", person.school);
  put(out, "location", person.location);
  put(out, "department", person.department);
  put_strings(out, "roles", person.roles);
  put_strings(out, "expertise", person.expertise);
  put_strings(out, "languages", person.languages);
  put_strings(out, "available_for", person.available_for);
  put(out, "bio", person.bio);
  if (!person.email.empty()) put(out, "email", person.email);
  if (!person.phone.empty()) put(out, "phone", person.phone);
  put(out, "updated", person.updated);
}

}  // namespace

std::string search_result_json(const SearchResult& result) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  write_paging(out, result.query, result.total, result.page, result.size);
  out.Key("results");
  out.StartArray();
  for (const auto& hit : result.results) write_hit(out, hit);
  out.EndArray();
  out.Key("facets");
  out.StartObject();
  write_facet(out, "school", result.facets.school);
  write_facet(out, "role", result.facets.role);
  write_facet(out, "available_for", result.facets.available_for);
  out.EndObject();
  if (result.corrected_query) put(out, "corrected_query", *result.corrected_query);
  out.EndObject();
  return finish(buffer);
}

std::string person_page_json(const PersonPage& page) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  write_profile(out, page.person);
  out.Key("topics");
  out.StartArray();
  for (const auto& topic : page.topics) {
    out.StartObject();
    put(out, "topic", topic.topic);
    put(out, "source", topic.self_declared && topic.evidenced ? "both" : topic.self_declared ? "self_declared" : "evidenced");
    out.EndObject();
  }
  out.EndArray();
  out.Key("evidence");
  out.StartObject();
  write_group(out, "workshops_given", page.workshops_given);
  write_group(out, "documents_written", page.documents_written);
  write_group(out, "workshops_followed", page.workshops_followed);
  write_group(out, "mentioned_in", page.mentioned_in);
  out.EndObject();
  out.Key("similar");
  out.StartArray();
  for (const auto& colleague : page.similar) {
    out.StartObject();
    put(out, "id", colleague.id);
    put(out, "name", colleague.name);
    put(out, "school", colleague.school);
    put_strings(out, "roles", colleague.roles);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  return finish(buffer);
}

std::string suggestions_json(const std::string& query, const std::vector<Suggestion>& suggestions,
                             const std::vector<const Person*>& people) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  put(out, "query", query);
  out.Key("suggestions");
  out.StartArray();
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    const Suggestion& suggestion = suggestions[i];
    out.StartObject();
    put(out, "kind", suggestion.kind == Suggestion::Kind::kTopic ? "topic" : "name");
    put(out, "text", suggestion.text);
    if (suggestion.kind == Suggestion::Kind::kName) put(out, "id", suggestion.id);
    if (suggestion.kind == Suggestion::Kind::kName && i < people.size() && people[i] != nullptr) {
      put(out, "school", people[i]->school);
      put_strings(out, "roles", people[i]->roles);
    }
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  return finish(buffer);
}

std::string related_json(const std::string& query, const std::vector<RelatedTopic>& topics) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  put(out, "query", query);
  out.Key("topics");
  out.StartArray();
  for (const auto& topic : topics) {
    out.StartObject();
    put(out, "topic", topic.topic);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
  return finish(buffer);
}

std::string evidence_search_json(const EvidenceSearchResult& result) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.StartObject();
  write_paging(out, result.query, result.total, result.page, result.size);
  out.Key("results");
  out.StartArray();
  for (const auto& item : result.results) {
    out.StartObject();
    write_ref_fields(out, item.item);
    put(out, "snippet", item.snippet);
    out.Key("people");
    out.StartArray();
    for (const auto& person : item.people) {
      out.StartObject();
      put(out, "id", person.id);
      put(out, "name", person.name);
      put(out, "link", to_string(person.link));
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
  }
  out.EndArray();
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
