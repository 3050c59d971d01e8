// Filters, facets, paging, person pages, suggestions, related topics, evidence search and meeloop
// matching, through the real wieweet-server on a generated association (--staff 300). Every check
// compares the API with the generator's own files (staff.jsonl), never with the API itself.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "test_support.h"
#include "wieweet/csv.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;
using testing::HttpReply;
using testing::TempDir;

// A profile as the generator wrote it.
struct Profile {
  std::string id, name, school, department, location, visibility, email;
  std::vector<std::string> roles, available_for, languages;
};

std::vector<std::string> strings(const rapidjson::Value& object, const char* key) {
  std::vector<std::string> values;
  if (object.HasMember(key)) {
    for (const auto& value : object[key].GetArray()) values.emplace_back(value.GetString());
  }
  return values;
}

std::string text(const rapidjson::Value& object, const char* key) {
  return object.HasMember(key) ? object[key].GetString() : "";
}

// Case- and diacritics-insensitive, as the API compares filter values.
std::string key(const std::string& value) {
  std::string folded = fold_diacritics(value);
  std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) { return std::tolower(c); });
  return folded;
}

bool contains_key(const std::vector<std::string>& values, const std::string& wanted) {
  return std::any_of(values.begin(), values.end(), [&](const std::string& value) { return key(value) == key(wanted); });
}

class SearchFeatures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const auto generated = testing::run_process({"/usr/bin/env", "python3", WIEWEET_GENERATOR_PATH, "--out",
                                                 dir_->file("data"), "--staff", "300", "--quiet"});
    ASSERT_EQ(generated.exit_code, 0) << generated.err;
    const auto built = testing::run_process(
        {WIEWEET_INDEXER_PATH, "rebuild", "--db", dir_->file("db"), "--staff", dir_->file("data/staff.jsonl"),
         "--workshops", dir_->file("data/workshops.jsonl"), "--documents", dir_->file("data/documents.jsonl")});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    server_ = new ChildProcess({WIEWEET_SERVER_PATH, "--db", dir_->file("db"), "--port", "0", "--port-file",
                                dir_->file("port"), "--threads", "2"},
                               dir_->file("server.log"));
    ASSERT_TRUE(testing::wait_until(
        [&] { return !testing::read_file(dir_->file("port")).empty() || !server_->running(); }, 20s));
    ASSERT_TRUE(server_->running()) << testing::read_file(dir_->file("server.log"));
    port_ = static_cast<unsigned short>(std::stoi(testing::read_file(dir_->file("port"))));

    std::ifstream staff(dir_->file("data/staff.jsonl"));
    for (std::string line; std::getline(staff, line);) {
      rapidjson::Document json;
      json.Parse(line.c_str());
      Profile profile{text(json, "id"), text(json, "name"), text(json, "school"), text(json, "department"),
                      text(json, "location"), text(json, "visibility"), text(json, "email"),
                      strings(json, "roles"), strings(json, "available_for"), strings(json, "languages")};
      if (profile.visibility.empty()) profile.visibility = "internal";
      profiles_->emplace(profile.id, profile);
    }
  }

  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  static rapidjson::Document get_json(const std::string& target, unsigned expected_status = 200) {
    const HttpReply reply = testing::http_get(port_, target);
    EXPECT_EQ(reply.status, expected_status) << target << "\n" << reply.body;
    rapidjson::Document json;
    json.Parse(reply.body.c_str());
    EXPECT_FALSE(json.HasParseError()) << reply.body;
    return json;
  }

  static const Profile& profile(const std::string& id) {
    auto it = profiles_->find(id);
    if (it == profiles_->end()) ADD_FAILURE() << "the API returned " << id << ", who is not in staff.jsonl";
    return it == profiles_->end() ? profiles_->begin()->second : it->second;
  }

  // Every person of every page of an experts query, in order.
  static std::vector<std::string> all_people(const std::string& query, std::size_t size, std::size_t* total) {
    std::vector<std::string> ids;
    for (std::size_t page = 1;; ++page) {
      auto json = get_json("/api/v1/experts?" + query + "&size=" + std::to_string(size) + "&page=" + std::to_string(page));
      *total = json["total"].GetUint64();
      if (json["results"].Empty()) break;
      for (const auto& hit : json["results"].GetArray()) ids.emplace_back(hit["id"].GetString());
      if (page > 100) break;
    }
    return ids;
  }

  static std::size_t facet_count(const rapidjson::Document& json, const char* facet, const std::string& value) {
    for (const auto& entry : json["facets"][facet].GetArray()) {
      if (value == entry["value"].GetString()) return entry["count"].GetUint64();
    }
    return 0;
  }

  static void expect_error_names(const std::string& target, const std::string& parameter) {
    auto json = get_json(target, 400);
    ASSERT_TRUE(json.IsObject() && json.HasMember("error")) << target;
    EXPECT_STREQ(json["error"]["code"].GetString(), "invalid_argument") << target;
    EXPECT_EQ(text(json["error"], "parameter"), parameter) << target << ": " << json["error"]["message"].GetString();
  }

  static TempDir* dir_;
  static ChildProcess* server_;
  static unsigned short port_;
  static std::map<std::string, Profile>* profiles_;
};

TempDir* SearchFeatures::dir_ = nullptr;
ChildProcess* SearchFeatures::server_ = nullptr;
unsigned short SearchFeatures::port_ = 0;
std::map<std::string, Profile>* SearchFeatures::profiles_ = new std::map<std::string, Profile>();

// A generic query, so that many people at many schools match.
const std::string kBroad = "q=onderwijs";

TEST_F(SearchFeatures, EachFilterReturnsOnlyPeopleWhoSatisfyIt) {
  auto unfiltered = get_json("/api/v1/experts?" + kBroad + "&size=1");
  const std::size_t everyone = unfiltered["total"].GetUint64();
  ASSERT_GT(everyone, 30u);
  const std::string school = unfiltered["facets"]["school"][0]["value"].GetString();
  const std::string role = unfiltered["facets"]["role"][0]["value"].GetString();
  const std::string available = unfiltered["facets"]["available_for"][0]["value"].GetString();
  const Profile& someone = profile(unfiltered["results"][0]["id"].GetString());

  struct Case {
    std::string parameter;
    std::string value;
    std::function<bool(const Profile&)> satisfied;
  };
  const std::vector<Case> cases = {
      {"school", school, [&](const Profile& p) { return key(p.school) == key(school); }},
      {"role", role, [&](const Profile& p) { return contains_key(p.roles, role); }},
      {"department", someone.department, [&](const Profile& p) { return key(p.department) == key(someone.department); }},
      {"location", someone.location, [&](const Profile& p) { return key(p.location) == key(someone.location); }},
      {"available_for", available, [&](const Profile& p) { return contains_key(p.available_for, available); }},
      {"language", "de", [&](const Profile& p) { return contains_key(p.languages, "de"); }},
      {"exclude_school", school, [&](const Profile& p) { return key(p.school) != key(school); }},
  };
  for (const auto& test : cases) {
    std::size_t total = 0;
    const auto ids = all_people(kBroad + "&" + test.parameter + "=" + testing::url_encode(test.value), 50, &total);
    EXPECT_EQ(ids.size(), total) << test.parameter;
    EXPECT_GT(total, 0u) << test.parameter << "=" << test.value;
    EXPECT_LT(total, everyone) << test.parameter << " did not narrow anything";
    for (const auto& id : ids) EXPECT_TRUE(test.satisfied(profile(id))) << test.parameter << "=" << test.value << ": " << id;
  }
}

TEST_F(SearchFeatures, ValuesOfOneFieldAreOrAndFieldsAreAnd) {
  auto unfiltered = get_json("/api/v1/experts?" + kBroad + "&size=1");
  const std::string first = unfiltered["facets"]["school"][0]["value"].GetString();
  const std::string second = unfiltered["facets"]["school"][1]["value"].GetString();
  std::size_t total = 0;
  const auto either = all_people(kBroad + "&school=" + testing::url_encode(first) + "&school=" + testing::url_encode(second), 50, &total);
  EXPECT_EQ(total, facet_count(unfiltered, "school", first) + facet_count(unfiltered, "school", second));
  for (const auto& id : either) {
    EXPECT_TRUE(key(profile(id).school) == key(first) || key(profile(id).school) == key(second)) << id;
  }
  const auto both = all_people(kBroad + "&school=" + testing::url_encode(first) + "&language=en", 50, &total);
  for (const auto& id : both) {
    EXPECT_EQ(key(profile(id).school), key(first)) << id;
    EXPECT_TRUE(contains_key(profile(id).languages, "en")) << id;
  }
  // Filter values ignore case and diacritics, like the search itself.
  auto shouted = get_json("/api/v1/experts?" + kBroad + "&size=1&school=" + testing::url_encode(key(first)));
  EXPECT_EQ(shouted["total"].GetUint64(), facet_count(unfiltered, "school", first));
}

TEST_F(SearchFeatures, FacetCountsAgreeWithFilteredTotals) {
  auto unfiltered = get_json("/api/v1/experts?" + kBroad + "&size=1");
  std::size_t school_sum = 0;
  for (const auto& entry : unfiltered["facets"]["school"].GetArray()) school_sum += entry["count"].GetUint64();
  EXPECT_EQ(school_sum, unfiltered["total"].GetUint64()) << "everyone has one school, so the counts add up";
  for (const char* facet : {"school", "role", "available_for"}) {
    const auto& values = unfiltered["facets"][facet];
    ASSERT_GT(values.Size(), 0u) << facet;
    for (rapidjson::SizeType i = 0; i < values.Size() && i < 4; ++i) {
      const std::string value = values[i]["value"].GetString();
      auto filtered = get_json("/api/v1/experts?" + kBroad + "&size=1&" + facet + "=" + testing::url_encode(value));
      EXPECT_EQ(filtered["total"].GetUint64(), values[i]["count"].GetUint64()) << facet << "=" << value;
    }
  }
  // A facet is counted without its own filter (so other values stay visible), with the others.
  const std::string school = unfiltered["facets"]["school"][0]["value"].GetString();
  auto narrowed = get_json("/api/v1/experts?" + kBroad + "&size=1&school=" + testing::url_encode(school));
  EXPECT_EQ(narrowed["facets"]["school"].Size(), unfiltered["facets"]["school"].Size());
  std::size_t role_max = 0;
  for (const auto& entry : narrowed["facets"]["role"].GetArray()) role_max = std::max<std::size_t>(role_max, entry["count"].GetUint64());
  EXPECT_LE(role_max, narrowed["total"].GetUint64());
}

TEST_F(SearchFeatures, PagingNeitherRepeatsNorSkipsAPerson) {
  std::size_t total = 0;
  const auto small_pages = all_people(kBroad, 7, &total);
  std::size_t total_again = 0;
  const auto large_pages = all_people(kBroad, 50, &total_again);
  EXPECT_EQ(total, total_again);
  EXPECT_EQ(small_pages.size(), total);
  EXPECT_EQ(std::set<std::string>(small_pages.begin(), small_pages.end()).size(), small_pages.size()) << "a repeat";
  EXPECT_EQ(small_pages, large_pages) << "the order must not depend on the page size";
  // A page past the end is empty, not an error.
  auto beyond = get_json("/api/v1/experts?" + kBroad + "&size=50&page=99");
  EXPECT_TRUE(beyond["results"].Empty());
  EXPECT_EQ(beyond["total"].GetUint64(), total);
}

TEST_F(SearchFeatures, BadParametersGetA400NamingTheParameter) {
  expect_error_names("/api/v1/experts?q=rooster&size=1000", "size");
  expect_error_names("/api/v1/experts?q=rooster&size=0", "size");
  expect_error_names("/api/v1/experts?q=rooster&page=-1", "page");
  expect_error_names("/api/v1/experts?q=rooster&page=two", "page");
  expect_error_names("/api/v1/experts?q=rooster&language=123", "language");
  expect_error_names("/api/v1/experts?q=rooster&language=nederlands", "language");
  expect_error_names("/api/v1/experts?q=rooster&school=", "school");
  expect_error_names("/api/v1/experts?q=rooster&exclude_school=!!", "exclude_school");
  expect_error_names("/api/v1/experts?q=rooster&available_for=%20%20", "available_for");
  expect_error_names("/api/v1/experts?q=rooster&role=" + std::string(300, 'x'), "role");
  expect_error_names("/api/v1/experts?q=rooster&shcool=X", "shcool");
  expect_error_names("/api/v1/experts?q=rooster&size=5&size=6", "size");
  expect_error_names("/api/v1/suggest?size=3", "q");
  expect_error_names("/api/v1/suggest?q=ro&size=11", "size");
  expect_error_names("/api/v1/related?q=", "q");
  expect_error_names("/api/v1/workshops?q=rooster&page=0", "page");
  expect_error_names("/api/v1/documents?q=rooster&size=51", "size");
  expect_error_names("/api/v1/match?q=ik+wil+een+dag+meelopen", "q");
  expect_error_names("/api/v1/people/" + std::string(200, 'p'), "id");
  // The server keeps serving after all of that.
  EXPECT_EQ(testing::http_get(port_, "/api/v1/experts?q=rooster").status, 200u);
}

TEST_F(SearchFeatures, APersonPageShowsProfileTopicsEvidenceAndColleagues) {
  auto experts = get_json("/api/v1/experts?q=informatiebeveiliging&size=1");
  const std::string id = experts["results"][0]["id"].GetString();
  auto page = get_json("/api/v1/people/" + id);
  EXPECT_EQ(text(page, "id"), id);
  EXPECT_EQ(text(page, "name"), profile(id).name);
  EXPECT_EQ(page.HasMember("email"), profile(id).visibility == "public") << "contact fields only for public people";

  ASSERT_GT(page["topics"].Size(), 0u);
  std::set<std::string> sources;
  for (const auto& topic : page["topics"].GetArray()) {
    sources.insert(topic["source"].GetString());
    EXPECT_FALSE(std::string(topic["topic"].GetString()).empty());
  }
  for (const auto& source : sources) EXPECT_TRUE(source == "both" || source == "self_declared" || source == "evidenced");
  EXPECT_TRUE(sources.count("both") + sources.count("evidenced") > 0) << "an expert's topics come from evidence";

  std::size_t evidence = 0;
  for (const char* group : {"workshops_given", "documents_written", "workshops_followed", "mentioned_in"}) {
    const auto& items = page["evidence"][group]["items"];
    EXPECT_LE(items.Size(), page["evidence"][group]["total"].GetUint64()) << group;
    evidence += items.Size();
    const char* type = std::string(group).find("workshop") != std::string::npos ? "workshop" : nullptr;
    for (const auto& item : items.GetArray()) {
      if (type != nullptr) {
        EXPECT_STREQ(item["type"].GetString(), type) << group;
      }
    }
  }
  EXPECT_GT(evidence, 0u);
  for (const auto& item : page["evidence"]["documents_written"]["items"].GetArray()) {
    EXPECT_STREQ(item["type"].GetString(), "document");
  }

  ASSERT_GT(page["similar"].Size(), 0u);
  for (const auto& colleague : page["similar"].GetArray()) {
    EXPECT_NE(text(colleague, "id"), id);
    EXPECT_NE(profile(colleague["id"].GetString()).visibility, "hidden");
  }
}

TEST_F(SearchFeatures, PersonPagesOfUnknownOrHiddenPeopleAre404) {
  get_json("/api/v1/people/p99999", 404);
  std::size_t hidden = 0;
  for (const auto& [id, person] : *profiles_) {
    if (person.visibility != "hidden") continue;
    ++hidden;
    auto json = get_json("/api/v1/people/" + id, 404);
    EXPECT_EQ(json["error"]["message"].GetString(), "no person with id " + id) << "the same answer as for nobody";
  }
  EXPECT_GT(hidden, 0u) << "the generator writes hidden people; this test needs some";
}

TEST_F(SearchFeatures, SuggestionsCompleteTopicsAndNamesIgnoringDiacritics) {
  auto topics = get_json("/api/v1/suggest?q=informatieb");
  bool found = false;
  for (const auto& suggestion : topics["suggestions"].GetArray()) {
    found = found || (text(suggestion, "kind") == "topic" && key(text(suggestion, "text")) == "informatiebeveiliging");
  }
  EXPECT_TRUE(found) << "informatieb should complete to informatiebeveiliging";

  // A visible person whose name has diacritics, typed without them and in lower case.
  const Profile* accented = nullptr;
  for (const auto& [id, person] : *profiles_) {
    if (person.visibility != "hidden" && fold_diacritics(person.name) != person.name) {
      accented = &person;
      break;
    }
  }
  ASSERT_NE(accented, nullptr);
  const std::string typed = key(accented->name).substr(0, key(accented->name).size() - 1);
  auto names = get_json("/api/v1/suggest?q=" + testing::url_encode(typed));
  std::vector<std::string> suggested;
  for (const auto& suggestion : names["suggestions"].GetArray()) {
    if (text(suggestion, "kind") == "name") suggested.push_back(text(suggestion, "id"));
  }
  EXPECT_NE(std::find(suggested.begin(), suggested.end(), accented->id), suggested.end())
      << accented->name << " typed as " << typed;

  for (const char* prefix : {"a", "de", "o"}) {
    auto many = get_json(std::string("/api/v1/suggest?q=") + prefix);
    EXPECT_LE(many["suggestions"].Size(), 10u) << prefix;
    EXPECT_GT(many["suggestions"].Size(), 0u) << prefix;
    for (const auto& suggestion : many["suggestions"].GetArray()) {
      const std::string kind = text(suggestion, "kind");
      EXPECT_TRUE(kind == "topic" || kind == "name");
      if (kind == "name") {
        EXPECT_NE(profile(text(suggestion, "id")).visibility, "hidden");
      }
    }
  }
  // A trailing space finishes the word: "de " completes "Britt de Boer", not "Demi Smit".
  auto finished = get_json("/api/v1/suggest?q=de%20");
  EXPECT_GT(finished["suggestions"].Size(), 0u);
  for (const auto& suggestion : finished["suggestions"].GetArray()) {
    EXPECT_NE((" " + key(text(suggestion, "text")) + " ").find(" de "), std::string::npos) << text(suggestion, "text");
  }
  // Hidden people's names are never offered.
  for (const auto& [id, person] : *profiles_) {
    if (person.visibility != "hidden") continue;
    auto json = get_json("/api/v1/suggest?q=" + testing::url_encode(person.name));
    for (const auto& suggestion : json["suggestions"].GetArray()) EXPECT_NE(text(suggestion, "id"), id);
  }
}

TEST_F(SearchFeatures, RelatedTopicsComeFromTheEvidenceAndAreNotTheQuery) {
  auto json = get_json("/api/v1/related?q=AVG");
  ASSERT_GE(json["topics"].Size(), 3u);
  for (const auto& topic : json["topics"].GetArray()) EXPECT_NE(key(text(topic, "topic")), "avg");
  auto none = get_json("/api/v1/related?q=xyzzyplugh");
  EXPECT_TRUE(none["topics"].Empty());
}

TEST_F(SearchFeatures, EvidenceSearchResolvesPresentersAndAuthorsToVisiblePeople) {
  struct Case {
    const char* endpoint;
    const char* file;
    const char* people_field;
    const char* type;
    const char* link;
  };
  for (const Case& test : {Case{"workshops", "data/workshops.jsonl", "presenters", "workshop", "presenter"},
                           Case{"documents", "data/documents.jsonl", "authors", "document", "author"}}) {
    // The first item with a visible presenter or author, searched for by its own title.
    std::string id, title, person;
    std::ifstream items(dir_->file(test.file));
    for (std::string line; id.empty() && std::getline(items, line);) {
      rapidjson::Document json;
      json.Parse(line.c_str());
      for (const auto& linked : strings(json, test.people_field)) {
        if (profiles_->count(linked) != 0 && profile(linked).visibility != "hidden" && !text(json, "title").empty()) {
          id = text(json, "id"), title = text(json, "title"), person = linked;
          break;
        }
      }
    }
    ASSERT_FALSE(id.empty()) << test.file;
    auto json = get_json(std::string("/api/v1/") + test.endpoint + "?q=" + testing::url_encode("\"" + title + "\"") + "&size=50");
    ASSERT_GT(json["results"].Size(), 0u) << test.endpoint << ": " << title;
    EXPECT_GE(json["total"].GetUint64(), json["results"].Size());
    bool found = false;
    for (const auto& item : json["results"].GetArray()) {
      EXPECT_EQ(text(item, "type"), test.type);
      for (const auto& linked : item["people"].GetArray()) {
        EXPECT_EQ(text(linked, "link"), test.link);
        EXPECT_NE(profile(text(linked, "id")).visibility, "hidden");
        EXPECT_EQ(text(linked, "name"), profile(text(linked, "id")).name);
        found = found || (text(item, "id") == id && text(linked, "id") == person);
      }
    }
    EXPECT_TRUE(found) << id << " with " << person << " not among the results for its own title";
  }
}

TEST_F(SearchFeatures, MatchFindsAvailableHostsWithTheRoleAtOtherSchools) {
  // A role someone available for meelopen has, asked for by someone at another school.
  const Profile* host = nullptr;
  for (const auto& [id, person] : *profiles_) {
    if (person.visibility != "hidden" && contains_key(person.available_for, "meelopen") && !person.roles.empty()) {
      host = &person;
      break;
    }
  }
  ASSERT_NE(host, nullptr);
  const std::string role = host->roles[0];
  const std::string requester_school = host->school == "Servicebureau" ? "Het Baken College" : "Servicebureau";
  auto json = get_json("/api/v1/match?q=" + testing::url_encode("ik wil een dag meelopen met een " + role) +
                       "&school=" + testing::url_encode(requester_school) + "&size=50");
  ASSERT_GT(json["results"].Size(), 0u) << role;
  EXPECT_TRUE(contains_key(strings(json["results"][0], "roles"), role)) << "the best host has the role asked for";
  for (const auto& hit : json["results"].GetArray()) {
    const Profile& candidate = profile(text(hit, "id"));
    EXPECT_TRUE(contains_key(candidate.available_for, "meelopen")) << candidate.id;
    EXPECT_NE(key(candidate.school), key(requester_school)) << candidate.id;
  }
}

TEST_F(SearchFeatures, BatchMatcherRespectsCapacityAndSchoolsAndExplainsTheRest) {
  const std::string out = dir_->file("matches.csv");
  const auto run = testing::run_process({WIEWEET_INDEXER_PATH, "match", "--db", dir_->file("db"), "--requests",
                                         dir_->file("data/meeloop_requests.csv"), "--capacity", "1", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::ifstream in(out);
  std::vector<CsvRecord> rows;
  ASSERT_TRUE(read_csv(in, out, [&](CsvRecord&& row) { rows.push_back(std::move(row)); },
                       [](const Status& error) { ADD_FAILURE() << error.message(); })
                  .ok());
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields[0], "line");
  std::map<std::string, std::size_t> hosted;
  std::size_t matched = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i].fields;
    ASSERT_EQ(row.size(), 10u);
    const std::string& requester = row[1];
    if (row[3] == "matched") {
      ++matched;
      ++hosted[row[4]];
      EXPECT_NE(key(profile(row[4]).school), key(profile(requester).school)) << "line " << row[0];
      EXPECT_TRUE(contains_key(profile(row[4]).available_for, "meelopen")) << row[4];
    } else {
      EXPECT_EQ(row[3], "unmatched");
      EXPECT_FALSE(row[9].empty()) << "an unmatched request says why, line " << row[0];
      EXPECT_TRUE(row[4].empty());
    }
    if (requester == "p99999") {
      EXPECT_EQ(row[3], "unmatched");
    }
  }
  EXPECT_GT(matched, 0u);
  for (const auto& [host, count] : hosted) EXPECT_LE(count, 1u) << host << " is over capacity";
}

TEST_F(SearchFeatures, ServesItsOpenApiDescription) {
  auto json = get_json("/api/v1/openapi.json");
  ASSERT_TRUE(json.HasMember("openapi"));
  EXPECT_EQ(std::string(json["openapi"].GetString()).substr(0, 2), "3.");
  for (const char* path : {"/api/v1/experts", "/api/v1/people/{id}", "/api/v1/suggest", "/api/v1/related",
                           "/api/v1/workshops", "/api/v1/documents", "/api/v1/match", "/healthz", "/readyz"}) {
    EXPECT_TRUE(json["paths"].HasMember(path)) << path;
  }
}

}  // namespace
}  // namespace wieweet
