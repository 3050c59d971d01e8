#include "wieweet/meeloop_batch.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "wieweet/csv.h"
#include "wieweet/meeloop.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

const char* const kColumns[] = {"requester_id", "request", "preferred_school", "preferred_role"};
const char* const kOutputColumns[] = {"line",        "requester_id", "request", "status", "host_id",
                                      "host_name",   "host_school",  "host_roles", "score", "reason"};

// Compared as the search compares filter values: by words, ignoring case, diacritics and punctuation.
std::string comparable(const std::string& text) { return normalize_text(text); }

bool meets_preference(const MeeloopRequest& request, const ExpertHit& host) {
  if (request.preferred_school.empty() && request.preferred_role.empty()) return false;
  const bool school = request.preferred_school.empty() || comparable(host.school) == comparable(request.preferred_school);
  const bool role = request.preferred_role.empty() ||
                    std::any_of(host.roles.begin(), host.roles.end(), [&](const std::string& value) {
                      return comparable(value) == comparable(request.preferred_role);
                    });
  return school && role;
}

std::string joined(const std::vector<std::string>& values) {
  std::string text;
  for (const auto& value : values) text += (text.empty() ? "" : "; ") + value;
  return text;
}

}  // namespace

Result<std::vector<MeeloopRequest>> read_meeloop_requests(std::istream& in, const std::string& name,
                                                          const std::function<void(const Status&)>& on_error) {
  std::map<std::string, std::size_t> column;  // name -> position
  std::vector<MeeloopRequest> requests;
  Status header_error;
  Status read = read_csv(
      in, name,
      [&](CsvRecord&& record) {
        if (!header_error.ok()) return;
        if (column.empty()) {
          for (std::size_t i = 0; i < record.fields.size(); ++i) {
            std::string field = fold_diacritics(trim_blanks(record.fields[i]));
            std::transform(field.begin(), field.end(), field.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (std::find(std::begin(kColumns), std::end(kColumns), field) == std::end(kColumns)) {
              header_error = Status::invalid_argument(name + ":" + std::to_string(record.line) + ": unknown column \"" +
                                                      record.fields[i] +
                                                      "\" (expected requester_id, request, preferred_school, "
                                                      "preferred_role)");
              return;
            }
            column[field] = i;
          }
          if (column.count("requester_id") == 0 || column.count("request") == 0) {
            header_error = Status::invalid_argument(name + ":" + std::to_string(record.line) +
                                                    ": the header must name the columns requester_id and request");
          }
          return;
        }
        auto field = [&](const char* key) {
          auto it = column.find(key);
          return it == column.end() || it->second >= record.fields.size() ? std::string()
                                                                           : trim_blanks(record.fields[it->second]);
        };
        const std::string where = name + ":" + std::to_string(record.line) + ": ";
        if (record.fields.size() != column.size()) {
          on_error(Status::invalid_argument(where + std::to_string(record.fields.size()) + " fields, the header has " +
                                            std::to_string(column.size())));
          return;
        }
        MeeloopRequest request{record.line, field("requester_id"), field("request"), field("preferred_school"),
                               field("preferred_role")};
        if (request.requester_id.empty()) {
          on_error(Status::invalid_argument(where + "requester_id is empty"));
          return;
        }
        requests.push_back(std::move(request));
      },
      on_error);
  if (!read.ok()) return read;
  if (!header_error.ok()) return header_error;
  if (column.empty()) return Status::invalid_argument(name + ": no header row (the file is empty)");
  return requests;
}

Result<std::vector<MeeloopOutcome>> plan_meeloop(Searcher& searcher, const std::vector<MeeloopRequest>& requests,
                                                 const MeeloopSettings& settings) {
  std::vector<MeeloopOutcome> outcomes(requests.size());
  std::vector<RequestCandidates> candidates(requests.size());
  std::map<std::string, ExpertHit> hosts;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const MeeloopRequest& request = requests[i];
    outcomes[i].request = &request;
    if (request.text.empty()) {
      outcomes[i].reason = "the request is empty";
      continue;
    }
    auto requester = searcher.profile(request.requester_id);
    if (!requester.ok()) {
      if (requester.status().code() != StatusCode::kNotFound) return requester.status();
      outcomes[i].reason = "requester " + request.requester_id + " is not a known colleague";
      continue;
    }
    MatchQuery query;
    query.text = request.text;
    query.requester_id = request.requester_id;
    query.requester_school = requester->school;
    if (!request.preferred_school.empty()) query.preferred_schools = {request.preferred_school};
    if (!request.preferred_role.empty()) query.preferred_roles = {request.preferred_role};
    query.size = settings.candidates;
    auto found = searcher.match(query);
    if (!found.ok()) {
      if (found.status().code() != StatusCode::kInvalidArgument) return found.status();
      outcomes[i].reason = found.status().message();
      continue;
    }
    for (auto& hit : found->results) {
      candidates[i].candidates.push_back({hit.id, hit.score, meets_preference(request, hit)});
      hosts.try_emplace(hit.id, std::move(hit));
    }
  }

  const std::vector<Assignment> assignments = assign_hosts(candidates, settings.capacity);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    MeeloopOutcome& outcome = outcomes[i];
    if (!outcome.reason.empty()) continue;  // never got as far as candidates
    outcome.reason = assignments[i].reason;
    if (assignments[i].host_id.empty()) continue;
    const MeeloopRequest& request = requests[i];
    const auto& options = candidates[i].candidates;
    const bool has_preference = !request.preferred_school.empty() || !request.preferred_role.empty();
    if (has_preference && std::none_of(options.begin(), options.end(), [](const HostCandidate& c) { return c.preferred; })) {
      outcome.reason = "no fitting host at the preferred school or with the preferred role is available; "
                       "proposed the best other fit";
    }
    outcome.matched = true;
    outcome.host = hosts.at(assignments[i].host_id);
    outcome.host.evidence.clear();
    // The score of this host for this request, not for the request that first found them.
    for (const auto& candidate : candidates[i].candidates) {
      if (candidate.host_id == outcome.host.id) outcome.host.score = candidate.score;
    }
  }
  return outcomes;
}

void write_meeloop_matches(std::ostream& out, const std::vector<MeeloopOutcome>& outcomes) {
  for (std::size_t i = 0; i < std::size(kOutputColumns); ++i) out << (i ? "," : "") << kOutputColumns[i];
  out << "\r\n";
  for (const auto& outcome : outcomes) {
    const MeeloopRequest& request = *outcome.request;
    const ExpertHit& host = outcome.host;
    char score[32] = "";
    if (outcome.matched) std::snprintf(score, sizeof score, "%.3f", host.score);
    const std::string fields[] = {std::to_string(request.line),
                                  request.requester_id,
                                  request.text,
                                  outcome.matched ? "matched" : "unmatched",
                                  outcome.matched ? host.id : "",
                                  outcome.matched ? host.name : "",
                                  outcome.matched ? host.school : "",
                                  outcome.matched ? joined(host.roles) : "",
                                  score,
                                  outcome.reason};
    for (std::size_t i = 0; i < std::size(fields); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << "\r\n";
  }
}

}  // namespace wieweet
