#include "ops_handlers.h"

#include "http_status.h"
#include "json_writer.h"

namespace wieweet::server {

HttpResponse handle_healthz(const HttpRequest&, Services&) {
  HttpResponse response;
  response.body = status_json("ok");
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

HttpResponse handle_readyz(const HttpRequest&, Services& services) {
  auto searcher = services.searchers.acquire();
  if (!searcher.ok()) return error_response(searcher.status());
  auto info = searcher.value()->info();
  if (!info.ok()) {
    services.log->error("readyz: {}", info.status().to_string());
    return error_response(info.status());
  }
  HttpResponse response;
  response.body = readiness_json(info.value());
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

HttpResponse handle_metrics(const HttpRequest&, Services& services) {
  HttpResponse response;
  response.content_type = "text/plain; version=0.0.4; charset=utf-8";
  response.body = services.metrics.prometheus_text();
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

}  // namespace wieweet::server
