// Typed configuration with documented defaults. Loaded once at start-up, in this order (later wins):
// built-in defaults, the JSON config file (comments allowed), WIEWEET_* environment variables, then
// command-line flags (applied by each binary). config/wieweet.json documents every key.
#ifndef WIEWEET_CONFIG_H_
#define WIEWEET_CONFIG_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "wieweet/evidence.h"
#include "wieweet/status.h"

namespace wieweet {

struct AnalysisConfig {
  // Snowball stemmer name. Named explicitly because Xapian's "dutch" changes meaning in 2.0.
  // "kraaij_pohlmann" measured better than "dutch" on the judged queries (docs/relevance.md).
  // Default: "kraaij_pohlmann".
  std::string stemmer = "kraaij_pohlmann";
  // A file of stopwords, one per line, '#' comments. Default: "" — the built-in Dutch list
  // (config/stopwords-nl.txt, compiled in).
  std::string stopwords_file;
  // A Dutch word list, one word per line, used to split compounds when indexing
  // ("informatiebeveiligingsbeleid" is also indexed as "informatiebeveiliging", "informatie",
  // "beveiliging" and "beleid"). "" turns decompounding off. Default: Debian's wdutch list.
  std::string compound_words_file = "/usr/share/dict/nederlands";
  // Record the index's words for spelling correction (Xapian's spelling table). Default: true.
  bool spelling = true;
};

// How queries are read (wieweet-server; read at start-up, no rebuild needed).
struct QueryConfig {
  // Synonyms and abbreviations (docs/configuration.md has the format). "" means the built-in list
  // (config/synonyms-nl.txt, compiled in); "none" turns expansion off. Default: "".
  std::string synonyms_file;
  // Leave question words out of natural questions ("wie weet iets van roosteren?"). Default: true.
  bool strip_question_words = true;
  // Compounds both ways: a query's compounds are also searched by their parts, and its words also
  // inside the index's compounds (when it was built with a word list). Default: true.
  bool decompound = true;
  // Search a misspelled query as corrected (when the index has spelling data) and say so in
  // corrected_query. Default: true.
  bool spelling_correction = true;
};

struct IngestConfig {
  // A run stops and publishes nothing once more lines than this were rejected in one file.
  // Default: 1000.
  std::size_t max_errors = 1000;
  // Longer lines are rejected (protects memory from a corrupt file). Default: 4194304 (4 MiB).
  std::size_t max_line_bytes = 4u << 20;
};

struct IndexConfig {
  // Commit to Xapian after this many changes, bounding indexer memory. Default: 20000.
  std::size_t commit_every = 20000;
  // Index generations kept on disk, the live one included (so readers of the previous one
  // finish their queries). Default: 2. Minimum: 2.
  std::size_t keep_generations = 2;
};

struct RankingConfig {
  LinkWeights weights;
  // How many evidence items are retrieved per query before aggregating them into people.
  // Default: 2000.
  std::size_t evidence_depth = 2000;
  // A person's score sums their this many strongest evidence items; 0 sums all of them. Keeps
  // prolific writers from winning every generic query (docs/relevance.md). Default: 10.
  std::size_t evidence_counted = 10;
  // How many evidence items are shown per person. Default: 3.
  std::size_t evidence_per_person = 3;
  // Target length of a snippet in bytes of UTF-8 (for Dutch text close to characters). Default: 220.
  std::size_t snippet_chars = 220;
};

struct ServerConfig {
  // Address to listen on. Default: "127.0.0.1" (put a reverse proxy in front for other hosts).
  std::string bind = "127.0.0.1";
  // TCP port; 0 picks a free one (see --port-file). Default: 8080.
  std::uint16_t port = 8080;
  // Worker threads, each with its own index handle; 0 means one per CPU core. Default: 0.
  std::size_t threads = 0;
  // Longest accepted `q`, in bytes. Default: 500.
  std::size_t max_query_bytes = 500;
  // Largest accepted `size`. Default: 50.
  std::size_t max_page_size = 50;
  // `size` when none is given. Default: 10.
  std::size_t default_page_size = 10;
  // Highest accepted `page`: deep paging is a scraper, not a colleague. Default: 100.
  std::size_t max_page = 100;
  // Largest accepted request header block, in bytes. Default: 8192.
  std::size_t max_header_bytes = 8192;
  // Largest accepted request body, in bytes (the API is GET-only). Default: 16384.
  std::size_t max_body_bytes = 16384;
  // Time allowed to receive one request, and to idle between keep-alive requests, in milliseconds.
  // Default: 15000.
  std::size_t request_timeout_ms = 15000;
  // Requests answered on one connection before it is closed. Default: 1000.
  std::size_t max_requests_per_connection = 1000;
};

struct Config {
  AnalysisConfig analysis;
  IngestConfig ingest;
  IndexConfig index;
  RankingConfig ranking;
  QueryConfig query;
  ServerConfig server;

  // Checks ranges and cross-field rules. Returns InvalidArgument naming the key.
  Status validate() const;
};

// Environment variables as name -> value (only WIEWEET_* ones matter). Passed in, never read from
// the process here, so tests control them.
using Environment = std::map<std::string, std::string>;

// Builds a Config from defaults, then `path` (skipped when empty), then `env`. Unknown keys and
// wrongly typed values are errors that name the key (and file:line for the file). Does not validate.
Result<Config> load_config(const std::string& path, const Environment& env);

// The same from a config file's text already read (none: defaults and `env` only); `source` names
// the file in errors. Used by load_config() and the config fuzz target.
Result<Config> parse_config(std::optional<std::string_view> text, const std::string& source, const Environment& env);

// Environment of the current process, WIEWEET_* entries only. For main() functions.
Environment process_environment();

}  // namespace wieweet

#endif  // WIEWEET_CONFIG_H_
