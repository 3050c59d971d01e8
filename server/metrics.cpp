#include "metrics.h"

#include <sstream>

namespace wieweet::server {

void Metrics::observe(const std::string& route, unsigned status, std::chrono::microseconds duration) {
  const double seconds = static_cast<double>(duration.count()) / 1e6;
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  Histogram& histogram = durations_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++histogram.buckets[i];
  }
  ++histogram.count;
  histogram.sum_seconds += seconds;
}

void Metrics::count(ConnectionEvent event) { ++connection_events_[static_cast<std::size_t>(event)]; }

std::string Metrics::prometheus_text() const {
  std::ostringstream out;
  static constexpr std::array<const char*, kConnectionEvents> kEventNames = {"accept_failed", "limit_reached",
                                                                             "idle_timeout", "request_timeout"};
  out << "# HELP wieweet_http_connections_open HTTP connections open now.\n"
      << "# TYPE wieweet_http_connections_open gauge\n"
      << "wieweet_http_connections_open " << connections_open_.load() << "\n"
      << "# HELP wieweet_http_connection_events_total Connection events outside of requests: failed accepts, "
         "the connection limit reached, idle and request timeouts.\n"
      << "# TYPE wieweet_http_connection_events_total counter\n";
  for (std::size_t i = 0; i < kConnectionEvents; ++i) {
    out << "wieweet_http_connection_events_total{event=\"" << kEventNames[i] << "\"} " << connection_events_[i].load()
        << "\n";
  }
  std::lock_guard lock(mutex_);
  out << "# HELP wieweet_http_requests_total HTTP requests answered, by route and status.\n"
      << "# TYPE wieweet_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out << "wieweet_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << count
        << "\n";
  }
  out << "# HELP wieweet_http_request_duration_seconds Time to answer a request, by route.\n"
      << "# TYPE wieweet_http_request_duration_seconds histogram\n";
  for (const auto& [route, histogram] : durations_) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "wieweet_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
          << histogram.buckets[i] << "\n";
    }
    out << "wieweet_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << histogram.count
        << "\n";
    out << "wieweet_http_request_duration_seconds_sum{route=\"" << route << "\"} " << histogram.sum_seconds << "\n";
    out << "wieweet_http_request_duration_seconds_count{route=\"" << route << "\"} " << histogram.count << "\n";
  }
  return out.str();
}

}  // namespace wieweet::server
