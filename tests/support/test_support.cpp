#include "test_support.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>

#include "wieweet/index_writer.h"
#include "wieweet/ingest.h"
#include "wieweet/searcher.h"

extern char** environ;

namespace wieweet::testing {

namespace fs = std::filesystem;
namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/wieweet-test-XXXXXX";
  char* made = ::mkdtemp(pattern.data());
  if (made == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
  const std::string path = file(name);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  return path;
}

std::string fixture(const std::string& relative) { return std::string(WIEWEET_TEST_DATA_DIR) + "/" + relative; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

Person named_person(const std::string& id, const std::string& name) {
  Person person;
  person.id = id;
  person.name = name;
  return person;
}

Document authored_document(const std::string& id, const std::string& author, const std::string& text) {
  Document document;
  document.id = id;
  document.authors = {author};
  document.title = text;
  document.body = text;
  return document;
}

void build_index(const std::string& dir, const Config& config, const std::vector<IngestRecord>& records) {
  auto writer = IndexWriter::begin_rebuild(dir, config);
  ASSERT_TRUE(writer.ok()) << writer.status().to_string();
  for (const auto& record : records) ASSERT_TRUE(writer.value()->upsert(record).ok());
  ASSERT_TRUE(writer.value()->publish().ok());
}

bool search_finds(const std::string& dir, const RankingConfig& ranking, const QueryConfig& query,
                  const std::string& text, const std::string& id) {
  auto searcher = Searcher::open(dir, ranking, query);
  EXPECT_TRUE(searcher.ok()) << searcher.status().to_string();
  if (!searcher.ok()) return false;
  ExpertQuery request;
  request.text = text;
  auto result = searcher.value()->search(request);
  EXPECT_TRUE(result.ok()) << result.status().to_string();
  if (!result.ok()) return false;
  return std::any_of(result->results.begin(), result->results.end(), [&](const ExpertHit& hit) { return hit.id == id; });
}

void build_sample_index(const std::string& dir, const Config& config) {
  auto writer = IndexWriter::begin_rebuild(dir, config);
  ASSERT_TRUE(writer.ok()) << writer.status().to_string();
  const std::vector<std::pair<std::string, SourceKind>> files = {{"sample/staff.jsonl", SourceKind::kStaff},
                                                                 {"sample/workshops.jsonl", SourceKind::kWorkshops},
                                                                 {"sample/documents.jsonl", SourceKind::kDocuments}};
  for (const auto& [name, kind] : files) {
    IngestCounts counts;
    Status status = read_jsonl(
        fixture(name), kind, ReadOptions{},
        [&](IngestRecord&& record, const SourceLocation&) { return writer.value()->upsert(record); },
        [](const Status& issue, bool) { ADD_FAILURE() << "fixture issue: " << issue.to_string(); }, &counts);
    ASSERT_TRUE(status.ok()) << status.to_string();
  }
  auto report = writer.value()->publish();
  ASSERT_TRUE(report.ok()) << report.status().to_string();
}

namespace {

std::vector<char*> argv_of(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  return argv;
}

int spawn(const std::vector<std::string>& args, const std::string& out_file, const std::string& err_file) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  auto argv = argv_of(args);
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
  return pid;
}

int decode_wait_status(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& args) {
  TempDir logs;
  const int pid = spawn(args, logs.file("out"), logs.file("err"));
  int status = 0;
  ::waitpid(pid, &status, 0);
  return {decode_wait_status(status), read_file(logs.file("out")), read_file(logs.file("err"))};
}

ProcessResult run_indexer(const std::string& indexer, const std::string& mode, const std::string& db,
                          const std::string& data_dir) {
  return run_process({indexer, mode, "--db", db, "--staff", data_dir + "/staff.jsonl", "--workshops",
                      data_dir + "/workshops.jsonl", "--documents", data_dir + "/documents.jsonl"});
}

ChildProcess::ChildProcess(const std::vector<std::string>& args, const std::string& log_file)
    : pid_(spawn(args, log_file, log_file + ".err")) {}

ChildProcess::~ChildProcess() {
  if (pid_ > 0 && !exit_code_) {
    if (!stop(SIGTERM, std::chrono::seconds(10))) stop(SIGKILL, std::chrono::seconds(10));
  }
}

bool ChildProcess::running() {
  if (exit_code_) return false;
  int status = 0;
  if (::waitpid(pid_, &status, WNOHANG) == pid_) {
    exit_code_ = decode_wait_status(status);
    return false;
  }
  return true;
}

std::optional<int> ChildProcess::stop(int signal, std::chrono::milliseconds timeout) {
  if (!running()) return exit_code_;
  ::kill(pid_, signal);
  wait_until([this] { return !running(); }, timeout);
  return exit_code_;
}

bool wait_until(const std::function<bool()>& predicate, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!predicate()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

unsigned short wait_for_port(ChildProcess& server, const std::string& port_file, const std::string& log_file) {
  if (!wait_until([&] { return !read_file(port_file).empty() || !server.running(); }, std::chrono::seconds(20)) ||
      !server.running()) {
    ADD_FAILURE() << "server did not start: " << read_file(log_file) << read_file(log_file + ".err");
    return 0;
  }
  return static_cast<unsigned short>(std::stoi(read_file(port_file)));
}

struct HttpConnection::Impl {
  net::io_context io;
  beast::tcp_stream stream{io};
  beast::flat_buffer buffer;
};

HttpConnection::HttpConnection(unsigned short port) : impl_(new Impl) {
  impl_->stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
}

HttpConnection::~HttpConnection() {
  beast::error_code ignored;
  impl_->stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
  delete impl_;
}

HttpReply HttpConnection::request(const std::string& method, const std::string& target,
                                  const std::map<std::string, std::string>& headers) {
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) request.set(name, value);
  impl_->stream.expires_after(std::chrono::seconds(30));
  http::write(impl_->stream, request);
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 << 20);
  if (method == "HEAD") parser.skip(true);
  http::read(impl_->stream, impl_->buffer, parser);
  const auto& response = parser.get();
  HttpReply reply;
  reply.status = response.result_int();
  reply.body = response.body();
  for (const auto& field : response) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    reply.headers[name] = std::string(field.value());
  }
  return reply;
}

bool HttpConnection::closed_by_peer() {
  impl_->stream.expires_after(std::chrono::seconds(5));
  char byte = 0;
  beast::error_code error;
  impl_->stream.socket().read_some(net::buffer(&byte, 1), error);
  return error == net::error::eof || error == net::error::connection_reset;
}

HttpReply http_get(unsigned short port, const std::string& target) {
  HttpConnection connection(port);
  return connection.request("GET", target);
}

std::string url_encode(const std::string& value) {
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += "0123456789ABCDEF"[c >> 4];
      out += "0123456789ABCDEF"[c & 15];
    }
  }
  return out;
}

}  // namespace wieweet::testing
