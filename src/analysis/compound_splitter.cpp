#include "analysis/compound_splitter.h"

#include <algorithm>
#include <fstream>
#include <limits>

namespace wieweet {
namespace {

// The linking sounds Dutch puts between the parts of a compound, longest first.
constexpr const char* kLinkers[] = {"en", "s", "e"};

struct Best {
  std::size_t parts = std::numeric_limits<std::size_t>::max();
  std::size_t shortest = 0;  // length of the shortest part so far
  std::size_t from = 0;      // where the last part starts
  std::string part;          // the last part, without its linker
};

bool better(std::size_t parts, std::size_t shortest, const Best& than) {
  return parts < than.parts || (parts == than.parts && shortest > than.shortest);
}

}  // namespace

std::vector<std::string> split_compound(const std::string& word, const std::function<bool(const std::string&)>& is_word,
                                        const TextAnalyzer& analyzer) {
  const std::size_t n = word.size();
  if (n < kMinCompound) return {};
  auto usable = [&](const std::string& part) {
    return part.size() >= kMinPart && !analyzer.is_stopword(part) && is_word(part);
  };
  // best[i]: the best way to cover word[0, i).
  std::vector<Best> best(n + 1);
  best[0].parts = 0;
  best[0].shortest = std::numeric_limits<std::size_t>::max();
  for (std::size_t end = kMinPart; end <= n; ++end) {
    for (std::size_t start = 0; start + kMinPart <= end; ++start) {
      if (best[start].parts == std::numeric_limits<std::size_t>::max()) continue;
      if (start == 0 && end == n) continue;  // the whole word is not a split
      std::string piece = word.substr(start, end - start);
      std::string part;
      if (usable(piece)) {
        part = piece;
      } else if (end < n) {  // a linker may end any part but the last
        for (const char* linker : kLinkers) {
          const std::size_t length = std::char_traits<char>::length(linker);
          if (piece.size() > length && piece.compare(piece.size() - length, length, linker) == 0 &&
              usable(piece.substr(0, piece.size() - length))) {
            part = piece.substr(0, piece.size() - length);
            break;
          }
        }
      }
      if (part.empty()) continue;
      const std::size_t parts = best[start].parts + 1;
      const std::size_t shortest = std::min(best[start].shortest, part.size());
      if (better(parts, shortest, best[end])) best[end] = Best{parts, shortest, start, part};
    }
  }
  if (best[n].parts == std::numeric_limits<std::size_t>::max() || best[n].parts < 2) return {};
  std::vector<std::string> parts;
  for (std::size_t at = n; at > 0; at = best[at].from) parts.insert(parts.begin(), best[at].part);
  return parts;
}

Result<CompoundSplitter> CompoundSplitter::load(const std::string& path, const TextAnalyzer& analyzer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::io_error("cannot read the compound word list " + path +
                            " (install Debian's wdutch, or set analysis.compound_words_file to \"\")");
  }
  std::unordered_set<std::string> words;
  words.reserve(1u << 19);  // wdutch has ~413,000 words
  for (std::string line; std::getline(in, line);) {
    // Most lines are plain ASCII: a single word when every byte is a word character (letters,
    // digits, '_': what split_words takes there), normalised by lower-casing. Loading the list is
    // most of a small update's time.
    if (line.ends_with('\r')) line.pop_back();
    if (line.empty()) continue;
    if (std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      if (!std::all_of(line.begin(), line.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
          })) {
        continue;
      }
      std::transform(line.begin(), line.end(), line.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
      words.insert(std::move(line));
      continue;
    }
    const auto spans = split_words(line);
    if (spans.size() != 1 || spans[0].word.size() != line.size()) continue;
    words.insert(analyzer.normalize(spans[0].word));
  }
  return CompoundSplitter(std::make_shared<const std::unordered_set<std::string>>(std::move(words)), analyzer);
}

const std::vector<std::string>& CompoundSplitter::parts(const std::string& normalized_word) {
  auto cached = cache_.find(normalized_word);
  if (cached != cache_.end()) return cached->second;
  std::vector<std::string> all;
  const auto is_word = [this](const std::string& part) { return words_->count(part) != 0; };
  for (const auto& part : split_compound(normalized_word, is_word, *analyzer_)) {
    all.push_back(part);
    for (const auto& inner : parts(part)) all.push_back(inner);  // recursion: parts are shorter
  }
  return cache_.emplace(normalized_word, std::move(all)).first->second;
}

}  // namespace wieweet
