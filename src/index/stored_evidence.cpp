#include "index/stored_evidence.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace wieweet {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

char link_letter(LinkKind kind) {
  switch (kind) {
    case LinkKind::kOwner: return 'O';
    case LinkKind::kPresenter: return 'P';
    case LinkKind::kAuthor: return 'A';
    case LinkKind::kParticipant: return 'T';
    case LinkKind::kMention: return 'M';
  }
  return 'M';
}

std::optional<LinkKind> link_from_letter(char letter) {
  switch (letter) {
    case 'O': return LinkKind::kOwner;
    case 'P': return LinkKind::kPresenter;
    case 'A': return LinkKind::kAuthor;
    case 'T': return LinkKind::kParticipant;
    case 'M': return LinkKind::kMention;
    default: return std::nullopt;
  }
}

void write_string(JsonWriter& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out.Key(key);
  out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_list(JsonWriter& out, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out.Key(key);
  out.StartArray();
  for (const auto& value : values) out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  out.EndArray();
}

void write_person(JsonWriter& out, const Person& person) {
  out.StartObject();
  write_string(out, "id", person.id);
  write_string(out, "name", person.name);
  write_string(out, "email", person.email);
  write_string(out, "phone", person.phone);
  write_string(out, "school", person.school);
  write_string(out, "location", person.location);
  write_list(out, "roles", person.roles);
  write_string(out, "department", person.department);
  write_list(out, "expertise", person.expertise);
  write_string(out, "bio", person.bio);
  write_list(out, "languages", person.languages);
  write_list(out, "available_for", person.available_for);
  const auto visibility = to_string(person.visibility);
  out.Key("visibility");
  out.String(visibility.data(), static_cast<rapidjson::SizeType>(visibility.size()));
  write_string(out, "updated", person.updated);
  out.EndObject();
}

std::string read_string(const rapidjson::Value& object, const char* key) {
  auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsString()) return {};
  return {member->value.GetString(), member->value.GetStringLength()};
}

std::vector<std::string> read_list(const rapidjson::Value& object, const char* key) {
  std::vector<std::string> values;
  auto member = object.FindMember(key);
  if (member == object.MemberEnd() || !member->value.IsArray()) return values;
  for (const auto& item : member->value.GetArray()) {
    if (item.IsString()) values.emplace_back(item.GetString(), item.GetStringLength());
  }
  return values;
}

Person read_person(const rapidjson::Value& object) {
  Person person;
  person.id = read_string(object, "id");
  person.name = read_string(object, "name");
  person.email = read_string(object, "email");
  person.phone = read_string(object, "phone");
  person.school = read_string(object, "school");
  person.location = read_string(object, "location");
  person.roles = read_list(object, "roles");
  person.department = read_string(object, "department");
  person.expertise = read_list(object, "expertise");
  person.bio = read_string(object, "bio");
  person.languages = read_list(object, "languages");
  person.available_for = read_list(object, "available_for");
  // An unreadable visibility reads as hidden: when in doubt, show nobody.
  person.visibility = parse_visibility(read_string(object, "visibility")).value_or(Visibility::kHidden);
  person.updated = read_string(object, "updated");
  return person;
}

}  // namespace

std::string encode_evidence(const StoredEvidence& evidence) {
  rapidjson::StringBuffer buffer;
  JsonWriter out(buffer);
  out.StartObject();
  const auto type = to_string(evidence.type);
  out.Key("type");
  out.String(type.data(), static_cast<rapidjson::SizeType>(type.size()));
  write_string(out, "id", evidence.id);
  write_string(out, "title", evidence.title);
  write_string(out, "url", evidence.url);
  write_string(out, "date", evidence.date);
  write_string(out, "text", evidence.text);
  if (evidence.person) {
    out.Key("person");
    write_person(out, *evidence.person);
  }
  out.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

Result<StoredEvidence> decode_evidence(std::string_view data) {
  rapidjson::Document json;
  json.Parse(data.data(), data.size());
  if (json.HasParseError() || !json.IsObject()) return Status::index_error("unreadable evidence data in the index");
  auto type = parse_evidence_type(read_string(json, "type"));
  if (!type) return Status::index_error("evidence data without a known type");
  StoredEvidence evidence;
  evidence.type = *type;
  evidence.id = read_string(json, "id");
  evidence.title = read_string(json, "title");
  evidence.url = read_string(json, "url");
  evidence.date = read_string(json, "date");
  evidence.text = read_string(json, "text");
  if (auto person = json.FindMember("person"); person != json.MemberEnd() && person->value.IsObject()) {
    evidence.person = read_person(person->value);
  }
  return evidence;
}

std::string encode_links(const std::vector<EvidenceLink>& links) {
  std::string encoded;
  for (const auto& link : links) {
    encoded += link_letter(link.kind);
    encoded += link.person_id;
    encoded += '\n';
  }
  return encoded;
}

std::vector<EvidenceLink> decode_links(std::string_view encoded) {
  std::vector<EvidenceLink> links;
  while (!encoded.empty()) {
    const auto end = encoded.find('\n');
    const std::string_view line = encoded.substr(0, end);
    if (line.size() > 1) {
      if (auto kind = link_from_letter(line[0])) links.push_back({std::string(line.substr(1)), *kind});
    }
    if (end == std::string_view::npos) break;
    encoded.remove_prefix(end + 1);
  }
  return links;
}

Result<ShownEvidence> decode_shown_evidence(std::string_view data, const NameRedactor& redactor) {
  auto stored = decode_evidence(data);
  if (!stored.ok()) return stored.status();
  StoredEvidence& item = stored.value();
  ShownEvidence shown{item.type,  std::move(item.id),   redactor.redact(item.title),
                      std::move(item.url), std::move(item.date), ShownBody(std::move(item.text), redactor),
                      std::nullopt};
  if (item.person) shown.person = redactor.redact_person(std::move(*item.person));
  return shown;
}

}  // namespace wieweet
