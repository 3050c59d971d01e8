// Request counters and latency histograms, exposed at /metrics in the Prometheus text format.
#ifndef WIEWEET_SERVER_METRICS_H_
#define WIEWEET_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace wieweet::server {

// What can happen to a connection outside of a request (docs/operations.md, "Limits").
enum class ConnectionEvent {
  kAcceptFailed,    // accept() failed (e.g. out of file descriptors); the listener backs off
  kLimitReached,    // server.max_connections reached; the listener pauses until one closes
  kIdleTimeout,     // a keep-alive connection waited longer than server.idle_timeout_ms
  kRequestTimeout,  // a started request did not arrive whole within server.request_timeout_ms
};

// Thread-safe. One instance per server, owned by main().
class Metrics {
 public:
  // `route` is the matched route pattern (never the raw path: that would let clients create series).
  void observe(const std::string& route, unsigned status, std::chrono::microseconds duration);

  // Connections open now (a gauge) and connection events (counters).
  void connection_opened() { ++connections_open_; }
  void connection_closed() { --connections_open_; }
  void count(ConnectionEvent event);

  std::string prometheus_text() const;

 private:
  // Upper bounds in seconds; a search is expected to take a few milliseconds.
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  0.5,  1.0};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum_seconds = 0.0;
  };

  static constexpr std::size_t kConnectionEvents = 4;
  std::atomic<std::int64_t> connections_open_{0};
  std::array<std::atomic<std::uint64_t>, kConnectionEvents> connection_events_{};

  mutable std::mutex mutex_;
  std::map<std::pair<std::string, unsigned>, std::uint64_t> requests_;  // guarded by mutex_
  std::map<std::string, Histogram> durations_;                          // guarded by mutex_
};

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_METRICS_H_
