// Evidence: the items that show a person knows something, and how strongly each link counts.
#ifndef WIEWEET_EVIDENCE_H_
#define WIEWEET_EVIDENCE_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wieweet {

// What kind of item the evidence is. Each is one document in the index.
enum class EvidenceType { kProfile, kWorkshop, kDocument };

// How a person is linked to an item. Strong links (owner, presenter, author) say "knows about";
// weak ones (participant, mention) say "is interested in" or "is involved with".
enum class LinkKind { kOwner, kPresenter, kAuthor, kParticipant, kMention };

std::string_view to_string(EvidenceType type);
std::optional<EvidenceType> parse_evidence_type(std::string_view text);
std::string_view to_string(LinkKind kind);
std::optional<LinkKind> parse_link_kind(std::string_view text);

struct EvidenceLink {
  std::string person_id;
  LinkKind kind = LinkKind::kOwner;

  bool operator==(const EvidenceLink&) const = default;
};

// The association strength of each link kind in the Model-2 aggregation (docs/ranking.md).
// Defaults are the starting point; the judged query set in benchmarks/relevance decides changes.
struct LinkWeights {
  double owner = 1.0;        // Default: 1.0 — the person's own profile.
  double presenter = 0.8;    // Default: 0.8 — gave a workshop on it.
  double author = 0.8;       // Default: 0.8 — wrote about it.
  double participant = 0.1;  // Default: 0.1 — followed a workshop: interest, not expertise.
  double mention = 0.2;      // Default: 0.2 — named in a document.

  double weight(LinkKind kind) const;
};

// Each person linked to an item once, by their strongest link: a co-author who is also mentioned is
// an author; between links of equal weight the first listed wins. In the order of each person's
// first link, so results built from it are deterministic. The one place this rule lives: Model 2
// counts a person once per item by it (ranking.cpp), and a person page lists the item under it.
std::vector<EvidenceLink> strongest_links(const std::vector<EvidenceLink>& links, const LinkWeights& weights);

// The same rule for any link type with a `kind`, the person told apart by `same_person(a, b)`:
// appends the item's strongest links to `out` (which may hold earlier items' links before them).
template <typename Link, typename SamePerson>
void append_strongest_links(std::span<const Link> links, const LinkWeights& weights, SamePerson same_person,
                            std::vector<Link>* out) {
  const std::size_t first = out->size();
  // Items have a handful of links (a workshop's participants are the most): a linear search beats a
  // hash map here.
  for (const Link& link : links) {
    auto same = std::find_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                             [&](const Link& kept) { return same_person(kept, link); });
    if (same == out->end()) {
      out->push_back(link);
    } else if (weights.weight(link.kind) > weights.weight(same->kind)) {
      same->kind = link.kind;
    }
  }
}

}  // namespace wieweet

#endif  // WIEWEET_EVIDENCE_H_
