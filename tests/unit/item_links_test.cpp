// The links table a query ranks from (src/search/item_links.cpp), checked against the links each
// document stores, on a real index of the fixture: every item's visible links by number, the people
// it is shared among (hidden ones too), and the evidence counts of the prior.
#include "search/item_links.h"

#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "index/schema.h"
#include "index/stored_evidence.h"
#include "search/open_index.h"
#include "test_support.h"

namespace wieweet {
namespace {

class ItemLinksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::build_sample_index(dir_.path());
    auto opened = open_index(dir_.path(), QueryResources{});
    ASSERT_TRUE(opened.ok()) << opened.status().to_string();
    index_ = std::move(opened.value());
  }

  testing::TempDir dir_;
  std::unique_ptr<OpenIndex> index_;
};

TEST_F(ItemLinksTest, PeopleAreNumberedInTheOrderOfTheirIds) {
  const PersonDirectory& people = index_->people;
  ASSERT_GT(people.size(), 2u);
  for (std::uint32_t n = 0; n < people.size(); ++n) {
    EXPECT_EQ(people.number_of(people.card(n).person.id), n);
    if (n > 0) {
      EXPECT_LT(people.card(n - 1).person.id, people.card(n).person.id);
    }
  }
  EXPECT_FALSE(people.number_of("p4"));  // hidden
  EXPECT_EQ(people.find("p4"), nullptr);
}

TEST_F(ItemLinksTest, HoldsWhatEachDocumentStoresForVisiblePeople) {
  const Xapian::Database& db = index_->db;
  const PersonDirectory& people = index_->people;
  const ItemLinks& table = index_->links;
  std::map<std::string, std::size_t> strong_items;
  bool saw_hidden_link = false;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const std::vector<EvidenceLink> stored = decode_links(db.get_document(*it).get_value(schema::kSlotLinks));
    std::vector<std::pair<std::string, LinkKind>> expected, found;
    std::set<std::string> everyone, strong;
    for (const auto& link : stored) {
      everyone.insert(link.person_id);
      if (people.find(link.person_id) == nullptr) {
        saw_hidden_link = saw_hidden_link || link.person_id == "p4";
        continue;
      }
      expected.emplace_back(link.person_id, link.kind);
      if (link.kind == LinkKind::kOwner || link.kind == LinkKind::kPresenter || link.kind == LinkKind::kAuthor) {
        strong.insert(link.person_id);
      }
    }
    for (const auto& link : table.of(*it)) found.emplace_back(people.card(link.person).person.id, link.kind);
    EXPECT_EQ(found, expected) << "docid " << *it;
    EXPECT_EQ(table.people_on(*it), everyone.size()) << "docid " << *it;
    for (const auto& id : strong) ++strong_items[id];
  }
  EXPECT_TRUE(saw_hidden_link) << "the fixture links the hidden p4 to an item";
  for (std::uint32_t n = 0; n < people.size(); ++n) {
    const auto& id = people.card(n).person.id;
    EXPECT_EQ(table.evidence_items(n), strong_items[id]) << id;
  }
  EXPECT_TRUE(table.of(db.get_lastdocid() + 1).empty());
  EXPECT_EQ(table.people_on(db.get_lastdocid() + 1), 0u);
}

}  // namespace
}  // namespace wieweet
