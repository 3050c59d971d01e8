// Host assignment for the career week (assign_hosts) and the CSV files around it.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "wieweet/csv.h"
#include "wieweet/meeloop.h"
#include "wieweet/meeloop_batch.h"

namespace wieweet {
namespace {

RequestCandidates wants(std::initializer_list<const char*> hosts) {
  RequestCandidates request;
  double score = 1.0;
  for (const char* host : hosts) request.candidates.push_back({host, score -= 0.1, false});
  return request;
}

TEST(AssignHosts, NeverGivesAHostMoreRequestsThanItsCapacity) {
  const std::vector<RequestCandidates> requests = {wants({"h1"}), wants({"h1"}), wants({"h1"}), wants({"h1", "h2"})};
  const auto assignments = assign_hosts(requests, 2);
  std::map<std::string, int> load;
  for (const auto& assignment : assignments) {
    if (!assignment.host_id.empty()) ++load[assignment.host_id];
  }
  EXPECT_EQ(load["h1"], 2);
  EXPECT_EQ(load["h2"], 1);
  // Three requests can only go to h1, which takes two: exactly one of them is left, with the reason.
  int unmatched = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    if (assignments[i].host_id.empty()) {
      ++unmatched;
      EXPECT_NE(assignments[i].reason.find("capacity"), std::string::npos) << assignments[i].reason;
    }
  }
  EXPECT_EQ(unmatched, 1);
  EXPECT_EQ(assignments[3].host_id, "h2") << "the flexible request gives way to the ones that have no choice";
}

// The case a first-come greedy gets wrong: request 0 takes its favourite h1, leaving request 1 (which
// can only go to h1) without a host. Moving request 0 to h2 matches both.
TEST(AssignHosts, MatchesAsManyRequestsAsPossible) {
  const std::vector<RequestCandidates> requests = {wants({"h1", "h2"}), wants({"h1"})};
  const auto assignments = assign_hosts(requests, 1);
  EXPECT_EQ(assignments[0].host_id, "h2");
  EXPECT_EQ(assignments[1].host_id, "h1");

  // Same number of options each: the augmenting path still moves an earlier request along.
  const std::vector<RequestCandidates> chain = {wants({"h1", "h2"}), wants({"h1", "h3"}), wants({"h1"})};
  const auto placed = assign_hosts(chain, 1);
  for (const auto& assignment : placed) EXPECT_FALSE(assignment.host_id.empty()) << assignment.request;
}

TEST(AssignHosts, KeepsEachRequestsFavouriteWhenThereIsRoom) {
  const auto assignments = assign_hosts({wants({"h1", "h2"}), wants({"h2", "h1"})}, 1);
  EXPECT_EQ(assignments[0].host_id, "h1");
  EXPECT_EQ(assignments[1].host_id, "h2");
}

TEST(AssignHosts, ExplainsARequestWithoutCandidates) {
  const auto assignments = assign_hosts({wants({})}, 2);
  EXPECT_TRUE(assignments[0].host_id.empty());
  EXPECT_NE(assignments[0].reason.find("no colleague"), std::string::npos);
}

std::vector<CsvRecord> read_all(const std::string& text, std::vector<std::string>* errors) {
  std::istringstream in(text);
  std::vector<CsvRecord> records;
  EXPECT_TRUE(read_csv(in, "requests.csv", [&](CsvRecord&& record) { records.push_back(std::move(record)); },
                       [&](const Status& error) { errors->push_back(error.message()); })
                  .ok());
  return records;
}

TEST(Csv, ReadsQuotesSeparatorsAndLineBreaksInsideFields) {
  std::vector<std::string> errors;
  const auto records = read_all("\xEF\xBB\xBF" "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\n", &errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\""}));
  EXPECT_EQ(records[2].fields, (std::vector<std::string>{"two\nlines", "z"}));
  EXPECT_EQ(records[2].line, 4u);
}

TEST(Csv, ReadsDutchExcelSemicolons) {
  std::vector<std::string> errors;
  const auto records = read_all("requester_id;request\np1;meelopen met een rector, graag\n", &errors);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].fields[1], "meelopen met een rector, graag");
}

TEST(Csv, ReportsABrokenRecordWithItsLineAndReadsTheRest) {
  std::vector<std::string> errors;
  const auto records = read_all("a,b\n\"x\"y,z\nok,fine\n\xff" ",bad\n", &errors);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].fields[0], "ok");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].rfind("requests.csv:2: ", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("requests.csv:4: not valid UTF-8", 0), 0u) << errors[1];
}

TEST(Csv, AStrayQuoteInsideAnUnquotedFieldDoesNotSwallowTheNextLines) {
  std::vector<std::string> errors;
  const auto records = read_all("a,b\nzes 3\" monitor,x\nnext,line\n", &errors);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[1].fields[0], "zes 3\" monitor");
  EXPECT_EQ(records[2].fields[0], "next");
  EXPECT_EQ(records[2].line, 3u);
}

TEST(Csv, QuotesWhatNeedsItAndDisarmsFormulas) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
}

TEST(MeeloopRequests, ReadsColumnsByNameInAnyOrder) {
  std::istringstream in("request,requester_id,preferred_school\nmeelopen met een rector,p1,Het Element\n,p2,\n");
  std::vector<std::string> errors;
  auto requests = read_meeloop_requests(in, "r.csv", [&](const Status& error) { errors.push_back(error.message()); });
  ASSERT_TRUE(requests.ok()) << requests.status().to_string();
  ASSERT_EQ(requests->size(), 2u);
  EXPECT_EQ((*requests)[0].requester_id, "p1");
  EXPECT_EQ((*requests)[0].preferred_school, "Het Element");
  EXPECT_EQ((*requests)[0].line, 2u);
  EXPECT_TRUE((*requests)[1].text.empty()) << "an empty request is kept, and reported as unmatched";
}

TEST(MeeloopRequests, RejectsAWrongHeaderNamingTheColumn) {
  std::istringstream in("requester,request\np1,x\n");
  auto requests = read_meeloop_requests(in, "r.csv", [](const Status&) {});
  ASSERT_FALSE(requests.ok());
  EXPECT_NE(requests.status().message().find("r.csv:1: unknown column \"requester\""), std::string::npos)
      << requests.status().message();
}

}  // namespace
}  // namespace wieweet
