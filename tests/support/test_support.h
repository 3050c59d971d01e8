// Helpers shared by the tests: per-test temporary directories, fixture paths, child processes and a
// small HTTP client. Nothing here is shared between tests: each gets its own directory and port.
#ifndef WIEWEET_TESTS_SUPPORT_TEST_SUPPORT_H_
#define WIEWEET_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "wieweet/config.h"
#include "wieweet/records.h"

namespace wieweet::testing {

// A fresh directory under $TMPDIR (or /tmp), removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to a file in the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

// tests/data/<relative>
std::string fixture(const std::string& relative);
std::string read_file(const std::string& path);

// Builds an index of tests/data/sample in `dir` through the core API. Fails the test on error.
void build_sample_index(const std::string& dir, const Config& config = Config());

// A few records by hand, for tests of one ranking behaviour on a tiny index (issue 12): a person
// with only a name, and a document whose title and body are both `text`, written by `author`.
Person named_person(const std::string& id, const std::string& name);
Document authored_document(const std::string& id, const std::string& author, const std::string& text);
// Builds an index of `records` in `dir` through the core API. Fails the test on error.
void build_index(const std::string& dir, const Config& config, const std::vector<IngestRecord>& records);
// Whether searching the index in `dir` for `text` with these settings returns person `id` on the
// first page. A search that fails fails the test.
bool search_finds(const std::string& dir, const RankingConfig& ranking, const QueryConfig& query,
                  const std::string& text, const std::string& id);

struct ProcessResult {
  int exit_code = -1;  // 128+N when killed by signal N
  std::string out;
  std::string err;
};

// Runs a program to completion and captures its output.
ProcessResult run_process(const std::vector<std::string>& args);

// `indexer` (the wieweet-indexer binary) `mode` ("rebuild" or "update") over `data_dir`'s staff.jsonl,
// workshops.jsonl and documents.jsonl (tests/data/sample by default) into `db`.
ProcessResult run_indexer(const std::string& indexer, const std::string& mode, const std::string& db,
                          const std::string& data_dir = fixture("sample"));

// A program running in the background, terminated (SIGTERM, then SIGKILL) on destruction.
class ChildProcess {
 public:
  ChildProcess(const std::vector<std::string>& args, const std::string& log_file);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  bool running();
  int pid() const { return pid_; }
  // Sends `signal` and waits up to `timeout` for the exit; returns the exit code, or nullopt.
  std::optional<int> stop(int signal, std::chrono::milliseconds timeout);

 private:
  int pid_ = -1;
  std::optional<int> exit_code_;
};

// Waits until `server` (a wieweet-server started with --port-file `port_file`) listens and returns
// its port; 0, with a test failure naming what `log_file` says, when it exits or takes over 20 s.
unsigned short wait_for_port(ChildProcess& server, const std::string& port_file, const std::string& log_file);

// Polls until `predicate` holds or `timeout` passes; for waiting on another process, not on time.
bool wait_until(const std::function<bool()>& predicate, std::chrono::milliseconds timeout);

struct HttpReply {
  unsigned status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names
};

// One HTTP/1.1 keep-alive connection to 127.0.0.1:port.
class HttpConnection {
 public:
  explicit HttpConnection(unsigned short port);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  HttpReply request(const std::string& method, const std::string& target,
                    const std::map<std::string, std::string>& headers = {});
  // Whether the server closed the connection.
  bool closed_by_peer();

 private:
  struct Impl;
  Impl* impl_;
};

// `value` percent-encoded for a query string (all but letters, digits and -_. encoded).
std::string url_encode(const std::string& value);

// A single request on a new connection.
HttpReply http_get(unsigned short port, const std::string& target);

}  // namespace wieweet::testing

#endif  // WIEWEET_TESTS_SUPPORT_TEST_SUPPORT_H_
