#include "admin_handlers.h"

#include <algorithm>
#include <ctime>
#include <optional>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "http_status.h"

namespace wieweet::server {
namespace {

// nullopt when the request may use the admin endpoints; else the answer to give instead.
std::optional<HttpResponse> refuse(const HttpRequest& request, const Services& services) {
  const std::string& token = services.config.admin_token;
  // Off: the endpoints look like any unknown path, so a scan learns nothing.
  if (token.empty()) return error_response(404, "not_found", "no such endpoint: " + request.path);
  constexpr std::string_view kScheme = "Bearer ";
  const std::string header = request.header("authorization");
  const bool bearer = header.size() > kScheme.size() &&
                      std::equal(kScheme.begin(), kScheme.end(), header.begin(), [](char a, char b) {
                        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
                      });
  if (bearer && equal_in_constant_time(std::string_view(header).substr(kScheme.size()), token)) return std::nullopt;
  HttpResponse response = error_response(401, "unauthorized", "the admin endpoints need Authorization: Bearer <token>");
  response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"wieweet-admin\"");
  return response;
}

std::string iso_time(std::chrono::system_clock::time_point when) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

HttpResponse status_response(const IndexInfo& info, std::optional<std::chrono::system_clock::time_point> last_reload,
                             bool reloaded) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> json(buffer);
  json.StartObject();
  if (reloaded) {
    json.Key("reloaded");
    json.Bool(true);
  }
  json.Key("generation");
  json.String(info.generation.c_str());
  json.Key("items");
  json.Uint64(info.documents);
  json.Key("people");
  json.Uint64(info.people);
  json.Key("last_reload");
  if (last_reload) {
    json.String(iso_time(*last_reload).c_str());
  } else {
    json.Null();
  }
  json.EndObject();
  HttpResponse response;
  response.body = buffer.GetString();
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace

bool equal_in_constant_time(std::string_view a, std::string_view b) {
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  const std::size_t length = std::max(a.size(), b.size());
  for (std::size_t i = 0; i < length; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    difference |= static_cast<unsigned char>(x ^ y);
  }
  return difference == 0;
}

HttpResponse handle_admin_reload(const HttpRequest& request, Services& services) {
  if (auto refused = refuse(request, services)) return std::move(*refused);
  services.searchers.reload();
  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) return error_response(searcher.status());
  auto info = searcher.value()->info();
  if (!info.ok()) {
    services.log->error("admin reload: {}", info.status().to_string());
    return error_response(info.status());
  }
  services.log->info("admin reload: index {} open, {} evidence items", info->generation, info->documents);
  return status_response(info.value(), services.searchers.last_reload(), true);
}

HttpResponse handle_admin_status(const HttpRequest& request, Services& services) {
  if (auto refused = refuse(request, services)) return std::move(*refused);
  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) return error_response(searcher.status());
  auto info = searcher.value()->info();
  if (!info.ok()) return error_response(info.status());
  return status_response(info.value(), services.searchers.last_reload(), false);
}

}  // namespace wieweet::server
