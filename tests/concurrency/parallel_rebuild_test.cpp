// Issue 10: a rebuild whose documents are built on several threads (index.threads) writes the same
// database as one built on the writing thread: the same documents in the same order, with the same
// terms, positions, values and stored data, the same spelling table and metadata, and the same
// counts. Built and run under ThreadSanitizer by scripts/test.sh (build-tsan), like the searcher test:
// it sees the builders' queue and WieWeet's code, not libxapian's (not instrumented). A built
// Xapian::Document crosses threads, and its reference count is not atomic and is changed inside
// libxapian, so the builder keeps no handle to it (DocumentBuilder::finish_build); ThreadSanitizer
// does not catch that one when it is broken (tried), so it rests on that code and its comment.
#include <cstdint>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "test_support.h"
#include "wieweet/index_writer.h"
#include "wieweet/records.h"

namespace wieweet {
namespace {

// A deterministic corpus with everything whose order matters: hidden people (some read only after
// documents naming them), texts naming them, compounds, diacritics, a duplicate id, deletions.
std::vector<IngestRecord> corpus() {
  const std::vector<std::string> words = {
      "informatiebeveiligingsbeleid", "pestprotocol", "leerlingbegeleiding", "roosteren", "coördinator",
      "passend", "onderwijs", "dyslexie", "meerjarenonderhoudsplan", "privacy", "AVG", "de", "het", "een",
      "ziekteverzuimbeleid", "Zorro", "Daan", "Verborgen", "Jansen", "ICT", "schoolplan", "café", "3D-printen"};
  std::uint32_t state = 2026;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  auto text = [&](std::size_t length) {
    std::string out;
    for (std::size_t i = 0; i < length; ++i) out += (i == 0 ? "" : (next() % 9 == 0 ? ". " : " ")) + words[next() % words.size()];
    return out;
  };
  auto person_name = [](std::size_t i) {
    static const char* first[] = {"Daan", "Anne", "Zorro", "Sanne", "Ömer"};
    static const char* last[] = {"Verborgen", "Jansen", "de Vries", "Bakker", "Çelik"};
    return std::string(first[i % 5]) + " " + last[(i / 5) % 5] + (i % 7 == 0 ? "" : " " + std::to_string(i));
  };
  std::vector<IngestRecord> records;
  for (std::size_t i = 0; i < 120; ++i) {
    Person person;
    person.id = "p" + std::to_string(i);
    person.name = person_name(i);
    person.visibility = i % 11 == 3 ? Visibility::kHidden : Visibility::kInternal;
    person.roles = {"docent", text(2)};
    person.expertise = {text(2), text(1)};
    person.bio = text(30) + " met " + person_name((i * 7) % 120) + ".";
    person.department = i % 4 == 0 ? "Afdeling " + text(1) : "";
    records.push_back(person);
  }
  auto document = [&](std::size_t i) {
    Document doc;
    doc.id = "d" + std::to_string(i % 170);  // ids 0-9 come twice: the second replaces the first
    doc.title = i % 13 == 0 ? "" : text(4);
    doc.body = text(60) + " Vraag het " + person_name(next() % 130) + ". " + text(20);
    doc.authors = {"p" + std::to_string(next() % 130)};
    doc.mentions = {"p" + std::to_string(next() % 120)};
    doc.tags = {text(1), person_name(next() % 120)};
    doc.date = "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    return doc;
  };
  for (std::size_t i = 0; i < 90; ++i) records.push_back(document(i));
  // Hidden only from here on: documents read before keep the name, those after have it redacted.
  for (std::size_t i : {1u, 2u, 120u}) {
    Person late;
    late.id = "p" + std::to_string(i);
    late.name = person_name(i);
    late.visibility = Visibility::kHidden;
    records.push_back(late);
  }
  for (std::size_t i = 90; i < 180; ++i) records.push_back(document(i));
  for (std::size_t i = 0; i < 8; ++i) {
    Workshop workshop;
    workshop.id = "w" + std::to_string(i);
    workshop.title = text(3);
    workshop.description = i % 3 == 0 ? "" : text(40);
    workshop.presenters = {"p" + std::to_string(i * 3)};
    workshop.participants = {"p" + std::to_string(i * 5), "p" + std::to_string(i * 5 + 1)};
    workshop.tags = {text(1)};
    records.push_back(workshop);
  }
  records.push_back(Deletion{SourceKind::kDocuments, "d5"});
  records.push_back(Deletion{SourceKind::kDocuments, "d-never-there"});
  records.push_back(Deletion{SourceKind::kStaff, "p10"});
  records.push_back(document(5));  // back after its deletion
  return records;
}

IndexReport rebuild(const std::string& dir, std::size_t threads) {
  Config config;
  config.index.threads = threads;
  config.index.commit_every = 37;  // several commits, not on a round number
  auto writer = IndexWriter::begin_rebuild(dir, config);
  EXPECT_TRUE(writer.ok()) << writer.status().to_string();
  if (!writer.ok()) return {};
  for (const auto& record : corpus()) {
    Status status = writer.value()->upsert(record);
    EXPECT_TRUE(status.ok()) << status.to_string();
  }
  auto report = writer.value()->publish();
  EXPECT_TRUE(report.ok()) << report.status().to_string();
  return report.ok() ? report.value() : IndexReport{};
}

// Everything a search can see of the database, as text: each document (terms with wdf and
// positions, values, data), the spelling table with frequencies, the metadata.
std::string dump(const std::string& dir) {
  Xapian::Database db(dir + "/XAPIANDB");  // the stub naming the live generation
  std::ostringstream out;
  out << "documents " << db.get_doccount() << " last " << db.get_lastdocid() << "\n";
  for (auto id = db.postlist_begin(""); id != db.postlist_end(""); ++id) {
    const Xapian::Document doc = db.get_document(*id);
    out << "doc " << *id << " data " << doc.get_data() << "\n";
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      out << " " << *term << ":" << term.get_wdf();
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) out << "," << *pos;
    }
    out << "\n";
    for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
      out << " slot " << value.get_valueno() << "=" << *value;
    }
    out << "\n";
  }
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    out << "spelling " << *word << ":" << word.get_termfreq() << "\n";
  }
  for (auto key = db.metadata_keys_begin(); key != db.metadata_keys_end(); ++key) {
    out << "meta " << *key << "=" << db.get_metadata(*key) << "\n";
  }
  return out.str();
}

TEST(ParallelRebuild, SameDatabaseAsBuiltOnTheWritingThread) {
  testing::TempDir one, three;
  const IndexReport serial = rebuild(one.path(), 1);
  const IndexReport parallel = rebuild(three.path(), 3);
  EXPECT_EQ(parallel.documents, serial.documents);
  EXPECT_EQ(parallel.counts.added, serial.counts.added);
  EXPECT_EQ(parallel.counts.replaced, serial.counts.replaced);
  EXPECT_EQ(parallel.counts.deleted, serial.counts.deleted);
  EXPECT_EQ(parallel.counts.skipped, serial.counts.skipped);
  EXPECT_EQ(parallel.unknown_people, serial.unknown_people);
  // The corpus has what it is meant to have: replaced ids, deletions, hidden people skipped.
  EXPECT_EQ(serial.counts.replaced, 10u);
  EXPECT_EQ(serial.counts.deleted, 4u);  // d5, p10, and p1 and p2 hidden after being indexed
  EXPECT_GT(serial.counts.skipped, 5u);

  const std::string expected = dump(one.path());
  const std::string actual = dump(three.path());
  EXPECT_NE(expected.find("spelling "), std::string::npos);
  EXPECT_NE(expected.find("[naam verborgen]"), std::string::npos);
  EXPECT_NE(expected.find("XCbeleid"), std::string::npos);
  if (actual != expected) {
    // The first difference, rather than two dumps of a thousand lines.
    std::size_t at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
    const std::size_t from = at < 200 ? 0 : at - 200;
    ADD_FAILURE() << "the databases differ at byte " << at << ":\n1 thread:  " << expected.substr(from, 400)
                  << "\n3 threads: " << actual.substr(from, 400);
  }
}

}  // namespace
}  // namespace wieweet
