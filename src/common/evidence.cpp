#include "wieweet/evidence.h"

#include <algorithm>

#include <array>
#include <utility>

namespace wieweet {
namespace {

constexpr std::array<std::pair<EvidenceType, std::string_view>, 3> kTypeNames{{
    {EvidenceType::kProfile, "profile"},
    {EvidenceType::kWorkshop, "workshop"},
    {EvidenceType::kDocument, "document"},
}};

constexpr std::array<std::pair<LinkKind, std::string_view>, 5> kLinkNames{{
    {LinkKind::kOwner, "owner"},
    {LinkKind::kPresenter, "presenter"},
    {LinkKind::kAuthor, "author"},
    {LinkKind::kParticipant, "participant"},
    {LinkKind::kMention, "mention"},
}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
  for (const auto& [entry, name] : table) {
    if (entry == value) return name;
  }
  return table[0].second;
}

template <class Enum, std::size_t N>
std::optional<Enum> parse_name(const std::array<std::pair<Enum, std::string_view>, N>& table,
                               std::string_view text) {
  for (const auto& [entry, name] : table) {
    if (name == text) return entry;
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(EvidenceType type) { return name_of(kTypeNames, type); }
std::optional<EvidenceType> parse_evidence_type(std::string_view text) { return parse_name(kTypeNames, text); }
std::string_view to_string(LinkKind kind) { return name_of(kLinkNames, kind); }
std::optional<LinkKind> parse_link_kind(std::string_view text) { return parse_name(kLinkNames, text); }

std::vector<EvidenceLink> strongest_links(const std::vector<EvidenceLink>& links, const LinkWeights& weights) {
  std::vector<EvidenceLink> strongest;
  strongest.reserve(links.size());
  append_strongest_links(std::span<const EvidenceLink>(links), weights,
                         [](const EvidenceLink& a, const EvidenceLink& b) { return a.person_id == b.person_id; },
                         &strongest);
  return strongest;
}

double LinkWeights::weight(LinkKind kind) const {
  switch (kind) {
    case LinkKind::kOwner: return owner;
    case LinkKind::kPresenter: return presenter;
    case LinkKind::kAuthor: return author;
    case LinkKind::kParticipant: return participant;
    case LinkKind::kMention: return mention;
  }
  return 0.0;
}

}  // namespace wieweet
