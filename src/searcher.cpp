#include "wieweet/searcher.h"

#include <sys/stat.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <xapian.h>

#include "index_layout.h"
#include "index_metadata.h"
#include "query_builder.h"
#include "schema.h"
#include "stored_evidence.h"
#include "wieweet/privacy.h"
#include "wieweet/ranking.h"
#include "wieweet/snippets.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

// Identifies one version of the stub file: rename() gives the new one a new inode.
struct StubIdentity {
  ino_t inode = 0;
  timespec modified{};

  bool operator==(const StubIdentity& other) const {
    return inode == other.inode && modified.tv_sec == other.modified.tv_sec &&
           modified.tv_nsec == other.modified.tv_nsec;
  }
};

std::optional<StubIdentity> stub_identity(const std::string& dir) {
  struct stat info {};
  if (::stat(index_layout::stub_path(dir).c_str(), &info) != 0) return std::nullopt;
  return StubIdentity{info.st_ino, info.st_mtim};
}

// Everything tied to one opened generation; replaced whole when a new one is published.
struct OpenIndex {
  std::string generation;
  StubIdentity identity;
  Xapian::Database db;
  TextAnalyzer analyzer;
  std::unique_ptr<QueryBuilder> queries;
  std::unordered_set<std::string> people;  // ids of people who may be shown
  // Blanks out names of people hidden after their colleagues' evidence was indexed (privacy.h).
  std::unique_ptr<NameRedactor> redactor;
};

Result<std::unique_ptr<OpenIndex>> open_index(const std::string& dir) {
  auto identity = stub_identity(dir);
  auto generation = index_layout::live_generation(dir);
  if (!generation.ok()) return generation.status();
  if (!identity) return Status::unavailable("no index has been published in " + dir);
  try {
    Xapian::Database db(index_layout::stub_path(dir));
    auto analyzer = read_index_metadata(db);
    if (!analyzer.ok()) return analyzer.status();
    auto index = std::unique_ptr<OpenIndex>(
        new OpenIndex{generation.value(), *identity, db, std::move(analyzer.value()), nullptr, {}, nullptr});
    index->queries = std::make_unique<QueryBuilder>(index->analyzer);
    return index;  // the caller runs load_people(), which also loads the redactor
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

// Loads who may be shown. Profiles exist only for visible people (privacy.h), so their unique terms
// are the list. ~7,000 terms: a few milliseconds, once per opened revision.
void load_people(OpenIndex& index) {
  index.people.clear();
  const std::string prefix = schema::unique_term(EvidenceType::kProfile, "");
  for (auto it = index.db.allterms_begin(prefix); it != index.db.allterms_end(prefix); ++it) {
    index.people.insert((*it).substr(prefix.size()));
  }
  // An update may have hidden someone: reread whose names to blank out.
  index.redactor = std::make_unique<NameRedactor>(read_hidden_people(index.db), index.analyzer);
}

class XapianSearcher final : public Searcher {
 public:
  XapianSearcher(std::string dir, const RankingConfig& ranking, std::unique_ptr<OpenIndex> index)
      : dir_(std::move(dir)), ranking_(ranking), ranker_(ranking.weights), index_(std::move(index)) {
    load_people(*index_);
  }

  Result<SearchResult> search(const ExpertQuery& query) override {
    if (Status status = refresh(); !status.ok()) return status;
    try {
      return run(query);
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read: reopen once and answer from the new revision.
      try {
        index_->db.reopen();
        load_people(*index_);
        return run(query);
      } catch (const Xapian::Error& error) {
        return Status::index_error(error.get_description());
      }
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

  Result<IndexInfo> info() override {
    if (Status status = refresh(); !status.ok()) return status;
    try {
      return IndexInfo{index_->generation, index_->db.get_doccount(), index_->people.size()};
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
  }

 private:
  // Picks up a newly published generation, or new commits to the live one.
  Status refresh() {
    auto identity = stub_identity(dir_);
    if (identity && !(*identity == index_->identity)) {
      // If what was published cannot be opened, keep answering from the generation we have (still
      // on disk: pruning keeps it) rather than failing every request; the next request tries again.
      if (auto reopened = open_index(dir_); reopened.ok()) {
        index_ = std::move(reopened.value());
        load_people(*index_);
        return {};
      }
    }
    try {
      if (index_->db.reopen()) load_people(*index_);
    } catch (const Xapian::Error& error) {
      return Status::index_error(error.get_description());
    }
    return {};
  }

  Result<SearchResult> run(const ExpertQuery& query) {
    auto built = index_->queries->build(query.text);
    if (!built.ok()) return built.status();

    Xapian::Enquire enquire(index_->db);
    enquire.set_query(built->query);
    const Xapian::MSet matches = enquire.get_mset(0, static_cast<Xapian::doccount>(ranking_.evidence_depth));

    std::vector<RetrievedEvidence> retrieved;
    std::vector<Xapian::docid> docids;
    retrieved.reserve(matches.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      retrieved.push_back({it.get_weight(), {}});
      docids.push_back(*it);
    }
    read_links(docids, &retrieved);

    std::vector<RankedPerson> ranked = ranker_.rank(retrieved);
    // Links to people who are hidden, deleted or unknown lead nowhere.
    std::erase_if(ranked, [this](const RankedPerson& person) { return index_->people.count(person.person_id) == 0; });

    SearchResult result;
    result.query = query.text;
    result.total = ranked.size();
    result.page = query.page;
    result.size = query.size;
    const std::size_t first = (query.page - 1) * query.size;
    for (std::size_t i = first; i < ranked.size() && i < first + query.size; ++i) {
      auto hit = describe(ranked[i], docids, built->highlight);
      if (!hit.ok()) return hit.status();
      result.results.push_back(std::move(hit.value()));
    }
    return result;
  }

  // Reads the links of every retrieved item from the links value slot. Visiting the slot's value
  // stream in docid order reads each chunk once; fetching values document by document re-read
  // blocks for every hit and was most of a query's time (docs/performance.md).
  void read_links(const std::vector<Xapian::docid>& docids, std::vector<RetrievedEvidence>* retrieved) {
    std::vector<std::size_t> order(docids.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docids[a] < docids[b]; });
    auto values = index_->db.valuestream_begin(schema::kSlotLinks);
    const auto end = index_->db.valuestream_end(schema::kSlotLinks);
    for (std::size_t i : order) {
      if (values == end) break;
      if (values.check(docids[i]) && values != end && values.get_docid() == docids[i]) {
        (*retrieved)[i].links = decode_links(*values);
      }
    }
  }

  Result<ExpertHit> describe(const RankedPerson& ranked, const std::vector<Xapian::docid>& docids,
                             const MatchTerms& highlight) {
    auto profile = load_profile(ranked.person_id);
    if (!profile.ok()) return profile.status();  // NotFound cannot happen: `people` lists only loaded profiles
    const Person& person = profile.value();

    ExpertHit hit;
    hit.id = person.id;
    hit.name = person.name;
    hit.school = person.school;
    hit.roles = person.roles;
    hit.score = ranked.score;
    for (const auto& contribution : ranked.contributions) {
      if (hit.evidence.size() >= ranking_.evidence_per_person) break;
      auto stored = decode_evidence(index_->db.get_document(docids[contribution.evidence]).get_data());
      if (!stored.ok()) return stored.status();
      EvidenceHit evidence;
      evidence.type = stored->type;
      evidence.id = stored->id;
      evidence.title = index_->redactor->redact(stored->title);
      evidence.url = stored->url;
      evidence.date = stored->date;
      evidence.link = contribution.link;
      evidence.snippet =
          make_snippet(index_->redactor->redact(stored->text), highlight, index_->analyzer, ranking_.snippet_chars);
      hit.evidence.push_back(std::move(evidence));
    }
    return hit;
  }

  Result<Person> load_profile(const std::string& person_id) {
    const std::string term = schema::unique_term(EvidenceType::kProfile, person_id);
    auto posting = index_->db.postlist_begin(term);
    if (posting == index_->db.postlist_end(term)) return Status::not_found("no profile for " + person_id);
    auto stored = decode_evidence(index_->db.get_document(*posting).get_data());
    if (!stored.ok()) return stored.status();
    // Defence in depth: hidden people are never indexed, but an index is a file someone could swap.
    if (!stored->person || !may_be_shown(*stored->person)) return Status::not_found("no profile for " + person_id);
    return *stored->person;
  }

  std::string dir_;
  RankingConfig ranking_;
  Ranker ranker_;
  std::unique_ptr<OpenIndex> index_;
};

}  // namespace

Result<std::unique_ptr<Searcher>> Searcher::open(const std::string& index_dir, const RankingConfig& ranking) {
  auto index = open_index(index_dir);
  if (!index.ok()) return index.status();
  try {
    return std::unique_ptr<Searcher>(new XapianSearcher(index_dir, ranking, std::move(index.value())));
  } catch (const Xapian::Error& error) {
    return Status::index_error(error.get_description());
  }
}

}  // namespace wieweet
