#include "wieweet/records.h"

namespace wieweet {

std::string_view to_string(Visibility visibility) {
  switch (visibility) {
    case Visibility::kPublic: return "public";
    case Visibility::kInternal: return "internal";
    case Visibility::kHidden: return "hidden";
  }
  return "internal";
}

std::optional<Visibility> parse_visibility(std::string_view text) {
  if (text == "public") return Visibility::kPublic;
  if (text == "internal") return Visibility::kInternal;
  if (text == "hidden") return Visibility::kHidden;
  return std::nullopt;
}

std::string_view to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::kStaff: return "staff";
    case SourceKind::kWorkshops: return "workshops";
    case SourceKind::kDocuments: return "documents";
  }
  return "staff";
}

}  // namespace wieweet
