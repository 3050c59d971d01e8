#include "wieweet/text_analysis.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>

#include <xapian.h>

namespace wieweet {

namespace assets {
extern const std::string_view kDefaultStopwords;  // config/stopwords-nl.txt, embedded at build time
}

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A). nullptr keeps the
// character (× and ÷). Dutch needs ë ï ö ü é è and the ĳ ligature; the rest come along for names.
constexpr std::array<const char*, 0x180 - 0xC0> kLatinFold = {
    // U+00C0
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    // U+00D0
    "D", "N", "O", "O", "O", "O", "O", nullptr, "O", "U", "U", "U", "U", "Y", "TH", "ss",
    // U+00E0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    // U+0110
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    // U+0120
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    // U+0130
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    // U+0140
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    // U+0150
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    // U+0160
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    // U+0170
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};

bool is_combining_mark(unsigned codepoint) { return codepoint >= 0x300 && codepoint <= 0x36F; }

std::vector<std::string> parse_word_list(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    auto last = line.find_last_not_of(" \t\r");
    words.push_back(line.substr(first, last - first + 1));
  }
  return words;
}

}  // namespace

std::string fold_diacritics(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  Xapian::Utf8Iterator it(text.data(), text.size());
  const Xapian::Utf8Iterator end;
  const char* raw_begin = text.data();
  while (it != end) {
    const char* raw = it.raw();
    const unsigned codepoint = *it;
    ++it;
    const char* raw_next = it == end ? raw_begin + text.size() : it.raw();
    if (codepoint >= 0xC0 && codepoint < 0x180 && kLatinFold[codepoint - 0xC0] != nullptr) {
      out += kLatinFold[codepoint - 0xC0];
    } else if (!is_combining_mark(codepoint)) {
      // Copy the original bytes: re-encoding would silently "repair" text we should keep as is.
      out.append(raw, raw_next);
    }
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned codepoint = 0;
    if (byte < 0x80) {
      ++i;
      continue;
    } else if ((byte & 0xE0) == 0xC0) {
      length = 2;
      codepoint = byte & 0x1F;
    } else if ((byte & 0xF0) == 0xE0) {
      length = 3;
      codepoint = byte & 0x0F;
    } else if ((byte & 0xF8) == 0xF0) {
      length = 4;
      codepoint = byte & 0x07;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      codepoint = (codepoint << 6) | (next & 0x3F);
    }
    static constexpr unsigned kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codepoint < kMinimum[length] || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // a continuation byte
  return text.substr(0, end);
}

namespace {

// Whether an ASCII byte is a word character as Xapian::Unicode::is_wordchar() has it: letters,
// digits and the connector '_'.
constexpr bool is_ascii_wordchar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::vector<WordSpan> split_words(std::string_view text) {
  std::vector<WordSpan> words;
  const char* const base = text.data();
  const std::size_t size = text.size();
  std::size_t word_start = std::string::npos;
  std::size_t i = 0;
  while (i < size) {
    // Most characters are ASCII: classified by a comparison, not by decoding UTF-8 (splitting the
    // shown text was a twentieth of an expert search: docs/performance.md). Anything else is decoded
    // one character at a time by Xapian, which also decides what an invalid byte is.
    const auto byte = static_cast<unsigned char>(text[i]);
    bool word_char = false;
    std::size_t length = 1;
    if (byte < 0x80) {
      word_char = is_ascii_wordchar(byte);
    } else {
      Xapian::Utf8Iterator it(base + i, size - i);
      word_char = Xapian::Unicode::is_wordchar(*it);
      ++it;
      length = it == Xapian::Utf8Iterator() ? size - i : static_cast<std::size_t>(it.raw() - (base + i));
    }
    if (word_char && word_start == std::string::npos) word_start = i;
    if (!word_char && word_start != std::string::npos) {
      words.push_back({text.substr(word_start, i - word_start), word_start});
      word_start = std::string::npos;
    }
    i += length;
  }
  if (word_start != std::string::npos) words.push_back({text.substr(word_start), word_start});
  return words;
}

struct TextAnalyzer::Impl {
  std::string stemmer_name;
  Xapian::Stem stemmer;
  std::vector<std::string> stopwords;
  std::unordered_set<std::string> stopword_set;
};

TextAnalyzer::TextAnalyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextAnalyzer::TextAnalyzer(TextAnalyzer&&) noexcept = default;
TextAnalyzer& TextAnalyzer::operator=(TextAnalyzer&&) noexcept = default;
TextAnalyzer::~TextAnalyzer() = default;

Result<TextAnalyzer> TextAnalyzer::from_settings(const std::string& stemmer, std::vector<std::string> stopwords) {
  auto impl = std::make_unique<Impl>();
  try {
    impl->stemmer = Xapian::Stem(stemmer);
  } catch (const Xapian::InvalidArgumentError&) {
    std::string names;
    for (const auto& name : available_stemmers()) names += (names.empty() ? "" : ", ") + name;
    return Status::invalid_argument("unknown stemmer \"" + stemmer + "\"; available: " + names);
  }
  impl->stemmer_name = stemmer;
  TextAnalyzer analyzer(std::move(impl));
  auto& words = analyzer.impl_->stopwords;
  for (const auto& word : stopwords) words.push_back(analyzer.normalize(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  analyzer.impl_->stopword_set.insert(words.begin(), words.end());
  return analyzer;
}

Result<TextAnalyzer> TextAnalyzer::create(const AnalysisConfig& config) {
  if (config.stopwords_file.empty()) {
    return from_settings(config.stemmer, parse_word_list(assets::kDefaultStopwords));
  }
  std::ifstream in(config.stopwords_file, std::ios::binary);
  if (!in) return Status::io_error("cannot read stopwords file " + config.stopwords_file);
  std::ostringstream content;
  content << in.rdbuf();
  return from_settings(config.stemmer, parse_word_list(content.str()));
}

namespace {

// Most words are plain ASCII. There folding changes nothing and lower case is one byte at a time, so
// the two UTF-8 passes (and their allocations) are skipped: normalising every word of the shown
// evidence was a sixth of an expert search's instructions (docs/performance.md, issue 10).
std::optional<std::string> normalize_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string TextAnalyzer::normalize(std::string_view word) const {
  if (auto ascii = normalize_ascii(word)) return std::move(*ascii);
  return Xapian::Unicode::tolower(fold_diacritics(word));
}

std::string trim_blanks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::string normalize_text(std::string_view text) {
  std::string phrase;
  for (const auto& span : split_words(text)) {
    if (!phrase.empty()) phrase += ' ';
    auto ascii = normalize_ascii(span.word);
    phrase += ascii ? *ascii : Xapian::Unicode::tolower(fold_diacritics(span.word));
  }
  return phrase;
}

std::string TextAnalyzer::stem(const std::string& normalized_word) const { return impl_->stemmer(normalized_word); }

bool TextAnalyzer::is_stopword(const std::string& normalized_word) const {
  return impl_->stopword_set.count(normalized_word) != 0;
}

const std::string& TextAnalyzer::stemmer_name() const { return impl_->stemmer_name; }
const std::vector<std::string>& TextAnalyzer::stopwords() const { return impl_->stopwords; }

std::vector<std::string> available_stemmers() {
  std::vector<std::string> names;
  std::istringstream in(Xapian::Stem::get_available_languages());
  for (std::string name; in >> name;) names.push_back(name);
  return names;
}

}  // namespace wieweet
