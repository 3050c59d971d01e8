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
#include <vector>

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
  // Question words, one per line ('#' comments), used when strip_question_words is on. "" means the
  // built-in Dutch and English list (src/search/query_builder.cpp). Default: "".
  std::string question_words_file;
  // How much each kind of expansion counts next to the words typed (docs/relevance.md measured
  // them): a thesaurus expansion (Default: 1.0), the AND of a query compound's parts (Default:
  // 0.5), a query word found only inside an indexed compound (Default: 0.3). 0 turns one off.
  double synonym_weight = 1.0;
  double compound_parts_weight = 0.5;
  double part_of_compound_weight = 0.3;
  // A query of one content word and its thesaurus expansions are weighted as one term (Xapian's
  // OP_SYNONYM: the union's frequencies), instead of the expansions being added at synonym_weight.
  // Default: true.
  bool synonyms_as_one_term = true;
  // A query compound the index does not know as written, whose parts no item holds together
  // ("roosterproblemen"), is also searched by any one of its parts, at this weight; the rarer part
  // weighs most. 0 turns it off. Default: 0.2.
  double compound_any_part_weight = 0.2;
  // When every content word of the query is found, as written or stemmed, in at least
  // found_min_items items, the expansions (synonyms, compound parts, parts inside compounds) count
  // found_expansion_scale of their weight: a query whose own words find the evidence needs them
  // less. 1 turns it off. Defaults: 0.5 and 50.
  double found_expansion_scale = 0.5;
  std::size_t found_min_items = 50;
  // A query with more searchable words (stopwords and question words not counted) is refused with
  // InvalidArgument before anything is looked up: each word costs spelling, compound and synonym
  // look-ups and posting lists. Default: 32.
  std::size_t max_words = 32;
  // Longest time, in milliseconds, the matcher may spend retrieving evidence for one search
  // (experts, match, related); past it the search stops and fails with DeadlineExceeded instead
  // of answering late. 0 means no limit. Default: 2000.
  std::size_t deadline_ms = 2000;
};

struct IngestConfig {
  // A run stops and publishes nothing once more lines than this were rejected in one file.
  // Default: 1000.
  std::size_t max_errors = 1000;
  // Longer lines are rejected (protects memory from a corrupt file). Default: 4194304 (4 MiB).
  std::size_t max_line_bytes = 4u << 20;
  // Staff CSV exports: header text -> staff field (docs/ingest-format.md), e.g. {"Personeelsnummer":
  // "id"}. Added to the built-in mapping of the usual Dutch HR headers (config wins); headers are
  // compared ignoring case and surrounding blanks. Default: {} (the built-in mapping only).
  std::map<std::string, std::string> csv_columns;
};

struct IndexConfig {
  // Commit to Xapian after this many changes, bounding indexer memory. Default: 20000.
  std::size_t commit_every = 20000;
  // Index generations kept on disk, the live one included (so readers of the previous one
  // finish their queries). Default: 2. Minimum: 2.
  std::size_t keep_generations = 2;
  // Threads that build documents during a rebuild, beside the one that writes them; 0 means one
  // per CPU core; 1 builds them on the writing thread. Updates always use 1. Default: 0.
  std::size_t threads = 0;
};

struct RankingConfig {
  LinkWeights weights;
  // How many evidence items are retrieved per query before aggregating them into people. With rank
  // aggregation an item at rank 500 adds 1/560 of a point; the search's cost grows with the depth
  // (docs/performance.md). Default: 500.
  std::size_t evidence_depth = 500;
  // A person's score sums their this many strongest evidence items; 0 sums all of them. Keeps
  // prolific writers from winning every generic query (docs/relevance.md). Default: 10.
  std::size_t evidence_counted = 10;
  // How many evidence items are shown per person. Default: 3.
  std::size_t evidence_per_person = 3;
  // Target length of a snippet in bytes of UTF-8 (for Dutch text close to characters). Default: 220.
  std::size_t snippet_chars = 220;
  // Xapian weighting scheme scoring evidence items: "bm25", "bm25+", "dlh", "dph", "pl2", "lm"
  // (unigram language model, Dirichlet smoothing) or "tfidf". DPH has no parameters to tune and,
  // with rank aggregation, measured best over the Dutch and the real English set together
  // (docs/relevance.md). Default: "dph".
  std::string weighting = "dph";
  // BM25 (and BM25+) k1 and b. Defaults: 1.0 and 0.5 (Xapian's).
  double bm25_k1 = 1.0;
  double bm25_b = 0.5;
  // How an item's part of a person's score is computed: "score" (its retrieval score relative to
  // the best item of the query) or "rank" (1 / (rank_constant + its rank)). Default: "rank".
  std::string aggregation = "rank";
  // The constant of rank aggregation. Default: 60.
  double rank_constant = 60.0;
  // A link's weight is divided by (people linked to the item)^link_share: 0 gives everyone on
  // an item the full weight, 1 splits it between them. Range 0-1. Default: 0.
  double link_share = 0.0;
  // Person prior from the amount of evidence: the content score is multiplied by
  // 1 + prior_weight * min(1, ln(1 + items) / ln(1 + prior_cap)), items being the number of
  // items the person is linked to by a strong link (owner, presenter, author). 0 turns it off.
  // Defaults: 0 and 100.
  double prior_weight = 0.0;
  std::size_t prior_cap = 100;
  // Pseudo-relevance feedback for long questions: when a query has at least feedback_min_words
  // content words, the feedback_terms best terms of its feedback_docs best items are added at
  // feedback_weight and the evidence retrieved again. feedback_terms 0 turns it off.
  // Defaults: 10, 10, 4, 0.3 (docs/relevance.md).
  std::size_t feedback_terms = 10;
  std::size_t feedback_docs = 10;
  std::size_t feedback_min_words = 4;
  double feedback_weight = 0.3;
  // Items retrieved to find topics related to a query (/api/v1/related). Default: 50.
  std::size_t related_depth = 50;
  // Items retrieved to find colleagues similar to a person (person page). Default: 500.
  std::size_t similarity_depth = 500;
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
  // How deep paging may go, counted in pages of `default_page_size`; a request with another `size`
  // may page as deep in people (so the cap scales with the page size). 0: no cap, every matching
  // person can be reached (ranking scores all of them anyway, so a deep page costs what page 1 does).
  // Default: 0.
  std::size_t max_page = 0;
  // Largest accepted request header block, in bytes. Default: 8192.
  std::size_t max_header_bytes = 8192;
  // Largest accepted request body, in bytes (the API is GET-only). Default: 16384.
  std::size_t max_body_bytes = 16384;
  // Time allowed to receive one request whole (request line, headers, body), in milliseconds,
  // counted from its first byte (from the connection's opening for the first request): a client
  // trickling its headers (slowloris) is cut off. Idling between requests: idle_timeout_ms.
  // Default: 15000.
  std::size_t request_timeout_ms = 15000;
  // Requests answered on one connection before it is closed. Default: 1000.
  std::size_t max_requests_per_connection = 1000;
  // Other origins (scheme://host[:port], e.g. "https://intranet.example.nl") whose pages may call the
  // API from a browser, as the embedded widget does: they get Access-Control-Allow-Origin. Env:
  // comma-separated. Default: empty (same origin only).
  std::vector<std::string> cors_allowed_origins;
  // Bearer token for /api/v1/admin/* (reload, status). Empty turns the admin endpoints off (404).
  // Prefer WIEWEET_SERVER_ADMIN_TOKEN over the file. Never logged. Default: "".
  std::string admin_token;
  // Connections open at once; at the limit the server stops accepting until one closes (the
  // kernel's listen backlog holds the rest). Default: 1000.
  std::size_t max_connections = 1000;
  // Time a keep-alive connection may wait for its next request, in milliseconds; then it is closed.
  // A request, once its first byte arrived, must arrive whole within request_timeout_ms. Default: 30000.
  std::size_t idle_timeout_ms = 30000;
  // On SIGTERM/SIGINT, time given to requests in flight to finish before the server exits anyway,
  // in milliseconds. Default: 10000.
  std::size_t shutdown_grace_ms = 10000;
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
