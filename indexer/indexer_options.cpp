#include "indexer_options.h"

#include <CLI/CLI.hpp>

namespace wieweet::indexer {

const char* const kExitCodesHelp = R"(Exit status:
  0   done (rejected lines, if any, were reported; see --strict)
  1   internal error (a bug)
  2   bad command line or configuration
  3   too many rejected lines (--max-errors, or any with --strict), or nothing to index: nothing
      was published, the live index is unchanged; verify: the index has a problem
  4   the index or an input file could not be read or written: the live index is unchanged
  75  another job holds the index lock (the message names it); try again later
)";

const char* const kIndexerHelp = R"(wieweet-indexer — builds and maintains the WieWeet expertise index.

Usage:
  wieweet-indexer rebuild --db DIR [--staff F]... [--workshops F]... [--documents F]... [options]
  wieweet-indexer update --db DIR [--staff F]... [--workshops F]... [--documents F]... [options]
  wieweet-indexer delete --db DIR --person ID [--person ID]... [options]
  wieweet-indexer rollback --db DIR
  wieweet-indexer stats --db DIR [--json]
  wieweet-indexer verify --db DIR [--json]
  wieweet-indexer match --db DIR --requests F --out F [--capacity N] [--candidates N]
  wieweet-indexer COMMAND --help | --help | --version

Commands:
  rebuild   Build a fresh index generation from the given files and switch to it atomically.
            Running servers keep answering from the old generation until the switch.
  update    Apply the files to the live index: each line replaces the record with its id, and a
            line {"id": "...", "deleted": true} removes it. Document files whose content did not
            change are skipped. Servers pick the change up by themselves.
  delete    Erase people (AVG/GDPR right to erasure): their profile, their links, their name in
            every stored text, in suggestions and in the spelling table. Their page answers 404.
  rollback  Switch back to the previous kept generation (undoing the last rebuild).
  stats     Counts per type, the generation, the analysis settings.
  verify    The same, plus a consistency check; exits 3 when a problem is found.
  match     Propose one meeloop (job-shadowing) host per request of the career week (docs/meeloop.md).

Inputs (repeat an option to read several files; "-" reads standard input):
  --staff F      staff profiles: JSON Lines, or a CSV export (.csv, or --format csv) whose columns
                 are mapped by ingest.csv_columns (docs/ingest-format.md)
  --workshops F  workshops, JSON Lines
  --documents F  documents, JSON Lines; a line with "path" instead of "body" reads that file
                 (.txt .md .html .htm .pdf .docx, relative to the manifest's folder)

Common options: --db DIR, --config F, --quiet (errors only), --json (a summary object on standard
output), --strict, --max-errors N. Progress is shown on a terminal only. See COMMAND --help.

)";

namespace {

void add_common(CLI::App* command, IndexerOptions& options) {
  command->add_option("--db", options.db, "index directory (created by rebuild if missing)")->required()->type_name("DIR");
  command->add_option("--config", options.config, "configuration file (default: built-in defaults)")->type_name("F");
  command->add_flag("--quiet", options.quiet, "print errors only");
  command->add_flag("--json", options.json, "print one JSON summary object on standard output");
  command->footer(kExitCodesHelp);
}

void add_inputs(CLI::App* command, IndexerOptions& options) {
  auto repeatable = [&](const char* name, std::vector<std::string>& target, const char* what) {
    command->add_option(name, target, what)->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->type_name("F");
  };
  repeatable("--staff", options.staff, "staff profiles: JSON Lines or CSV (repeatable; - is standard input)");
  repeatable("--workshops", options.workshops, "workshops, JSON Lines (repeatable)");
  repeatable("--documents", options.documents, "documents or a manifest of files, JSON Lines (repeatable)");
  command->add_option("--format", options.format_name, "how --staff files are read: by extension (.csv), or as told")
      ->check(CLI::IsMember({"auto", "jsonl", "csv"}));
  command->add_option("--max-errors", options.max_errors,
                      "stop, publishing nothing, when more than N lines of a file are rejected "
                      "(default: ingest.max_errors, 1000)")
      ->check(CLI::Range(static_cast<std::size_t>(0), static_cast<std::size_t>(1000000000)))
      ->type_name("N");
  command->add_flag("--strict", options.strict, "fail (exit 3, publish nothing) on any rejected line");
}

}  // namespace

Result<IndexerOptions> parse_indexer_options(const std::vector<std::string>& args) {
  IndexerOptions options;
  CLI::App app{"wieweet-indexer", "wieweet-indexer"};
  app.set_help_flag();  // our own general help (kIndexerHelp), below
  app.require_subcommand(0, 1);
  bool help = false;
  bool version = false;
  app.add_flag("-h,--help", help);
  app.add_flag("--version", version);

  struct Command {
    const char* name;
    Mode mode;
    const char* description;
  };
  const Command commands[] = {
      {"rebuild", Mode::kRebuild, "Build a fresh index generation from the files and switch to it atomically."},
      {"update", Mode::kUpdate, "Apply the files to the live index (upserts, and deletes by id)."},
      {"delete", Mode::kDelete, "Erase people everywhere in the live index (right to erasure)."},
      {"rollback", Mode::kRollback, "Switch back to the previous kept generation."},
      {"stats", Mode::kStats, "Counts per type, generation and analysis settings."},
      {"verify", Mode::kVerify, "Stats plus a consistency check; exit 3 on a problem."},
      {"match", Mode::kMatch, "Meeloop matching: requests CSV in, matches CSV out (docs/meeloop.md)."},
  };
  std::vector<std::pair<CLI::App*, Mode>> subcommands;
  for (const auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    sub->set_help_flag("-h,--help", "show this help");
    subcommands.emplace_back(sub, command.mode);
    add_common(sub, options);
    switch (command.mode) {
      case Mode::kRebuild:
      case Mode::kUpdate:
        add_inputs(sub, options);
        break;
      case Mode::kDelete:
        sub->add_option("--person", options.persons, "id of a person to erase (repeatable)")
            ->required()->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->type_name("ID");
        break;
      case Mode::kMatch:
        sub->add_option("--requests", options.requests,
                        "the requests, CSV with a header requester_id,request[,preferred_school][,preferred_role]")
            ->required()->type_name("F");
        sub->add_option("--out", options.out, "where to write the matches CSV (- for standard output)")
            ->required()->type_name("F");
        sub->add_option("--capacity", options.capacity, "requests one host takes at most (default 2)")
            ->check(CLI::Range(1, 1000))->type_name("N");
        sub->add_option("--candidates", options.candidates, "hosts considered per request, best first (default 50)")
            ->check(CLI::Range(1, 1000))->type_name("N");
        break;
      default:
        break;
    }
  }

  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    for (const auto& [sub, mode] : subcommands) {
      if (sub->parsed()) {
        options.mode = Mode::kHelp;
        options.help = sub->help();
        return options;
      }
    }
    options.mode = Mode::kHelp;
    options.help = std::string(kIndexerHelp) + kExitCodesHelp;
    return options;
  } catch (const CLI::ParseError& error) {
    std::string message = error.what();
    for (const auto& [sub, mode] : subcommands) {
      if (sub->parsed()) return Status::invalid_argument(std::string(sub->get_name()) + ": " + message + "; see " +
                                                         sub->get_name() + " --help");
    }
    return Status::invalid_argument(message + "; see --help");
  }
  if (version) {
    options.mode = Mode::kVersion;
    return options;
  }
  for (const auto& [sub, mode] : subcommands) {
    if (sub->parsed()) options.mode = mode;
  }
  if (help || options.mode == Mode::kHelp) {
    if (!help && args.empty()) return Status::invalid_argument("missing command (rebuild, update, delete, rollback, stats, verify or match); see --help");
    options.mode = Mode::kHelp;
    options.help = std::string(kIndexerHelp) + kExitCodesHelp;
    return options;
  }
  options.format = options.format_name == "csv"     ? InputFormat::kCsv
                   : options.format_name == "jsonl" ? InputFormat::kJsonl
                                                    : InputFormat::kAuto;
  if ((options.mode == Mode::kRebuild || options.mode == Mode::kUpdate) && options.staff.empty() &&
      options.workshops.empty() && options.documents.empty()) {
    return Status::invalid_argument("nothing to index: give --staff, --workshops and/or --documents");
  }
  const std::size_t from_stdin = std::count(options.staff.begin(), options.staff.end(), "-") +
                                 std::count(options.workshops.begin(), options.workshops.end(), "-") +
                                 std::count(options.documents.begin(), options.documents.end(), "-");
  if (from_stdin > 1) return Status::invalid_argument("only one input can be read from standard input (-)");
  return options;
}

}  // namespace wieweet::indexer
