#include "indexer_options.h"

#include <cstdlib>

namespace wieweet::indexer {

const char* const kIndexerHelp = R"(wieweet-indexer — builds the WieWeet expertise index from ingest files.

Usage:
  wieweet-indexer rebuild --db DIR [--staff F] [--workshops F] [--documents F] [options]
  wieweet-indexer update  --db DIR [--staff F] [--workshops F] [--documents F] [options]
  wieweet-indexer match   --db DIR --requests F --out F [--capacity N] [--candidates N]
  wieweet-indexer --help | --version

Commands:
  rebuild   Build a fresh index generation from the given files and switch to it atomically.
            Running servers keep answering from the old generation until the switch.
  update    Apply the files to the live index: each line replaces the record with its id, and a
            line {"id": "...", "deleted": true} removes it. Servers pick the change up by themselves.
  match     Propose one meeloop (job-shadowing) host per request of the career week: read the
            requests CSV, find colleagues at other schools available for "meelopen" whose role or
            expertise fits, respect each host's capacity, and write the matches CSV, unmatched
            requests with the reason (docs/meeloop.md). Reads the index, never changes it.

Options:
  --db DIR            index directory (created by rebuild if missing)
  --staff F           staff profiles, JSON Lines (docs/ingest-format.md)
  --workshops F       workshops, JSON Lines
  --documents F       documents, JSON Lines
  --config F          configuration file (default: built-in defaults; see config/wieweet.json)
  --requests F        match: the requests, CSV with a header requester_id,request[,preferred_school]
                      [,preferred_role]
  --out F             match: where to write the matches CSV ("-" for standard output)
  --capacity N        match: requests one host takes at most (default 2)
  --candidates N      match: hosts considered per request, best first (default 50)
  --max-errors N      stop, and change nothing, when more than N lines of a file are rejected
                      (default: ingest.max_errors, 1000)
  --quiet             do not print warnings (errors and the summary are always printed)
  -h, --help          show this help
  --version           show the version

Files are read in the order staff, workshops, documents. Malformed lines are reported as
file:line: reason and skipped; evidence naming unknown people is reported, not fatal.

Exit status:
  0  the index was written (rejected lines, if any, were reported); match: the matches were
     written (unusable request rows, if any, were reported)
  1  internal error (a bug)
  2  bad command line or configuration
  3  too many rejected lines, or nothing could be indexed: the live index is unchanged;
     match: the requests file has no usable header or no usable row
  4  the index or an input file could not be read or written: the live index is unchanged
)";

Result<IndexerOptions> parse_indexer_options(const std::vector<std::string>& args) {
  IndexerOptions options;
  if (args.empty()) return Status::invalid_argument("missing command (rebuild, update or match); see --help");
  std::size_t i = 0;
  const std::string& command = args[i++];
  if (command == "--help" || command == "-h" || command == "help") return options;
  if (command == "--version") {
    options.mode = Mode::kVersion;
    return options;
  }
  if (command == "rebuild") {
    options.mode = Mode::kRebuild;
  } else if (command == "update") {
    options.mode = Mode::kUpdate;
  } else if (command == "match") {
    options.mode = Mode::kMatch;
  } else {
    return Status::invalid_argument("unknown command \"" + command + "\"; expected rebuild, update or match");
  }

  while (i < args.size()) {
    const std::string& flag = args[i++];
    if (flag == "--help" || flag == "-h") {
      options.mode = Mode::kHelp;
      return options;
    }
    if (flag == "--quiet") {
      options.quiet = true;
      continue;
    }
    if (i >= args.size()) return Status::invalid_argument(flag + " needs a value");
    const std::string& value = args[i++];
    if (flag == "--db") {
      options.db = value;
    } else if (flag == "--staff") {
      options.staff = value;
    } else if (flag == "--workshops") {
      options.workshops = value;
    } else if (flag == "--documents") {
      options.documents = value;
    } else if (flag == "--config") {
      options.config = value;
    } else if (flag == "--requests") {
      options.requests = value;
    } else if (flag == "--out") {
      options.out = value;
    } else if (flag == "--max-errors" || flag == "--capacity" || flag == "--candidates") {
      char* end = nullptr;
      const unsigned long long number = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() || value[0] == '-' || *end != '\0') {
        return Status::invalid_argument(flag + " needs a whole number, not \"" + value + "\"");
      }
      if (flag == "--max-errors") {
        options.max_errors = number;
      } else if (number < 1 || number > 1000) {
        return Status::invalid_argument(flag + " must be from 1 to 1000");
      } else {
        (flag == "--capacity" ? options.capacity : options.candidates) = number;
      }
    } else {
      return Status::invalid_argument("unknown option " + flag + "; see --help");
    }
  }
  if (options.db.empty()) return Status::invalid_argument("--db DIR is required");
  if (options.mode == Mode::kMatch) {
    if (options.requests.empty()) return Status::invalid_argument("match needs --requests F");
    if (options.out.empty()) return Status::invalid_argument("match needs --out F (or --out - for standard output)");
    return options;
  }
  if (options.staff.empty() && options.workshops.empty() && options.documents.empty()) {
    return Status::invalid_argument("nothing to index: give --staff, --workshops and/or --documents");
  }
  return options;
}

}  // namespace wieweet::indexer
