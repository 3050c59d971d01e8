// Dutch compounds and their parts. Dutch writes compounds as one word ("informatiebeveiligingsbeleid"),
// so without splitting a query for "beleid" misses it and "pestbeleid" finds nobody who writes about
// "pesten" and "beleid". Splitting is by a lexicon: at index time a real Dutch word list (Debian's
// wdutch), at query time the index's own vocabulary (so the server needs no word list, and a part
// only counts when the index has it).
#ifndef WIEWEET_SRC_COMPOUND_SPLITTER_H_
#define WIEWEET_SRC_COMPOUND_SPLITTER_H_

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "wieweet/status.h"
#include "wieweet/text_analysis.h"

namespace wieweet {

// Words shorter than this are never split; parts shorter than kMinPart are never taken, so that
// "onderwijs" does not become "onder" + "wijs" by way of some three-letter word.
inline constexpr std::size_t kMinCompound = 8;
inline constexpr std::size_t kMinPart = 4;

// Splits a normalised word into the fewest parts that are all words (and no stopword), allowing the
// Dutch linking sounds -s-, -e- and -en- between parts ("beveiligings|beleid"). Among splits with as
// few parts, the one whose shortest part is longest wins. Returns {} when there is no split into two
// or more parts. Pure, given a pure `is_word`.
std::vector<std::string> split_compound(const std::string& word, const std::function<bool(const std::string&)>& is_word,
                                        const TextAnalyzer& analyzer);

// The index-time splitter over a word list. Not thread-safe (it caches); one per thread that builds
// documents (share() gives another over the same word list).
class CompoundSplitter {
 public:
  // Reads one word per line; lines that are not a single word are skipped. Errors: IoError.
  static Result<CompoundSplitter> load(const std::string& path, const TextAnalyzer& analyzer);

  // Another splitter over the same word list (shared, read-only, not copied) with its own cache,
  // using `analyzer` (which must outlive it): one for each thread that builds documents. Call it on
  // the thread that owns this splitter; the two may then be used on different threads.
  CompoundSplitter share(const TextAnalyzer& analyzer) const { return CompoundSplitter(words_, analyzer); }

  // Every part at every level: "informatiebeveiligingsbeleid" gives "informatiebeveiliging",
  // "beleid", "informatie", "beveiliging". Empty for a word that is not a compound.
  const std::vector<std::string>& parts(const std::string& normalized_word);

 private:
  CompoundSplitter(std::shared_ptr<const std::unordered_set<std::string>> words, const TextAnalyzer& analyzer)
      : words_(std::move(words)), analyzer_(&analyzer) {}

  std::shared_ptr<const std::unordered_set<std::string>> words_;
  const TextAnalyzer* analyzer_;
  std::unordered_map<std::string, std::vector<std::string>> cache_;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_COMPOUND_SPLITTER_H_
