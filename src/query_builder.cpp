#include "query_builder.h"

#include <cctype>

#include "compound_splitter.h"
#include "schema.h"

namespace wieweet {
namespace {

// Phrases ("..."), AND/OR/NOT in capitals, +must and -mustnot: what searchers type out of habit.
constexpr unsigned kSyntaxFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                  Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;

// How much an expansion (a synonym, a compound's parts) counts next to the words actually typed.
constexpr double kSynonymWeight = 1.0;
constexpr double kCompoundPartsWeight = 0.5;
// How much a query word found only as a part of an indexed compound counts ("beleid" in
// "informatiebeveiligingsbeleid"): a hint, since in Dutch the last part carries the meaning and the
// others only narrow it ("leerlingadministratie" is administration, not about pupils).
constexpr double kPartOfCompoundWeight = 0.3;

// Spelling correction: words shorter than this are not corrected, and corrections are at most this
// many edits away (Xapian's spelling table; transpositions count as one edit).
constexpr std::size_t kMinCorrectedWord = 5;
constexpr unsigned kMaxEditDistance = 2;

// The words of a question that say "who knows" rather than "what about": left out of natural
// questions such as "wie weet iets van roosteren met Zermelo?" or "who can help with timetables?".
// Only ever stripped at query time, and only words that are never a topic on their own.
const char* const kQuestionWords[] = {
    "wie", "wat", "waar", "wanneer", "hoe", "welke", "welk", "waarom", "weet", "weten", "iets", "meer",
    "kan", "kunnen", "helpen", "hulp", "heeft", "hebben", "ervaring", "verstand", "zoek", "zoeken", "iemand",
    "mij", "me", "ik", "vraag", "vragen", "graag", "advies", "collega", "expert", "deskundige", "kennis",
    "who", "what", "where", "when", "how", "which", "knows", "know", "can", "could", "help", "anyone",
    "someone", "about", "question", "questions", "experience", "with", "do", "does", "i", "my",
};

// Free-text terms from the parsed query, without field prefixes, as snippets need them.
MatchTerms highlight_terms(const Xapian::Query& query) {
  MatchTerms terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.rfind(schema::kCompoundPart, 0) == 0) continue;  // parts of compounds: no word to mark
    const bool stemmed = !term.empty() && term[0] == 'Z';
    std::size_t start = stemmed ? 1 : 0;
    while (start < term.size() && std::isupper(static_cast<unsigned char>(term[start]))) ++start;
    if (start >= term.size()) continue;
    (stemmed ? terms.stems : terms.words).insert(term.substr(start));
  }
  return terms;
}

Xapian::Query either(const Xapian::Query& query, const std::optional<Xapian::Query>& extra, double weight) {
  if (!extra) return query;
  return Xapian::Query(Xapian::Query::OP_OR, query, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *extra, weight));
}

}  // namespace

QueryBuilder::QueryBuilder(const TextAnalyzer& analyzer, const Xapian::Database& db, QueryFeatures features)
    : analyzer_(analyzer),
      db_(db),
      features_(std::move(features)),
      analysis_(analyzer),
      query_stopper_(analyzer.stopwords().begin(), analyzer.stopwords().end()) {
  if (features_.strip_question_words) {
    for (const char* word : kQuestionWords) query_stopper_.add(word);
  }
  analysis_.configure(parser_);
  parser_.set_stopper(&query_stopper_);
  parser_.set_database(db_);
  // OR, not AND: evidence rarely holds every word of a question, and BM25 already rewards more matches.
  parser_.set_default_op(Xapian::Query::OP_OR);
  parser_.add_prefix("titel", std::string(schema::kTitle));
  parser_.add_prefix("title", std::string(schema::kTitle));
  parser_.add_prefix("tag", std::string(schema::kTags));
}

Xapian::Query QueryBuilder::parse(const std::string& folded, unsigned extra_flags) {
  try {
    return parser_.parse_query(folded, kSyntaxFlags | extra_flags);
  } catch (const Xapian::QueryParserError&) {
    // Unbalanced quotes or a stray operator: users mean the words, so search for the words.
    return parser_.parse_query(folded, extra_flags);
  }
}

std::vector<std::string> QueryBuilder::content_words(const std::string& folded) const {
  std::vector<std::string> words;
  const std::vector<WordSpan> spans = split_words(folded);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const WordSpan& span = spans[i];
    // What the user excluded (-word, NOT word) gets no synonyms or parts added back as matches.
    const bool minus = span.offset > 0 && folded[span.offset - 1] == '-' &&
                       (span.offset == 1 || std::isspace(static_cast<unsigned char>(folded[span.offset - 2])));
    if (minus || (i > 0 && spans[i - 1].word == "NOT") || span.word == "NOT") continue;
    std::string word = analyzer_.normalize(span.word);
    // The query's stopper: the index's stopwords, and question words when they are stripped, so
    // that "helpen" or "knows" feeds neither synonyms, compounds nor spelling correction.
    if (!query_stopper_(word)) words.push_back(std::move(word));
  }
  return words;
}

bool QueryBuilder::is_indexed_word(const std::string& word) const {
  // Xapian keeps a trailing + or # as part of a term ("erasmus+", "c#"), which our word splitting drops.
  return db_.term_exists(word) || db_.term_exists(word + "+") || db_.term_exists(word + "#") ||
         db_.term_exists("Z" + analyzer_.stem(word)) ||
         db_.term_exists(std::string(schema::kCompoundPart) + analyzer_.stem(word));
}

std::optional<Xapian::Query> QueryBuilder::inside_compounds(const std::vector<std::string>& words) const {
  std::vector<Xapian::Query> parts;
  for (const auto& word : words) parts.emplace_back(std::string(schema::kCompoundPart) + analyzer_.stem(word));
  if (parts.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

std::optional<Xapian::Query> QueryBuilder::compound_parts(const std::vector<std::string>& words) const {
  std::vector<Xapian::Query> compounds;
  for (const auto& word : words) {
    const auto parts = split_compound(word, [this](const std::string& part) { return is_indexed_word(part); }, analyzer_);
    if (parts.empty()) continue;
    std::vector<Xapian::Query> all_parts;
    for (const auto& part : parts) {
      // The part as a word of its own, or as a part of another compound.
      const std::string stem = analyzer_.stem(part);
      all_parts.emplace_back(Xapian::Query::OP_OR, Xapian::Query("Z" + stem),
                             Xapian::Query(std::string(schema::kCompoundPart) + stem));
    }
    compounds.emplace_back(Xapian::Query::OP_AND, all_parts.begin(), all_parts.end());
  }
  if (compounds.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, compounds.begin(), compounds.end());
}

std::optional<Xapian::Query> QueryBuilder::synonym_expansions(const std::vector<std::string>& words) {
  if (!features_.synonyms) return std::nullopt;
  std::vector<Xapian::Query> expansions;
  for (const auto& expansion : features_.synonyms->expansions(words)) {
    const std::string folded = fold_diacritics(expansion);
    const bool phrase = split_words(folded).size() > 1;
    Xapian::Query query = parse(phrase ? "\"" + folded + "\"" : folded, 0);
    if (!query.empty()) expansions.push_back(std::move(query));
  }
  if (expansions.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, expansions.begin(), expansions.end());
}

std::optional<std::string> QueryBuilder::spelling_correction(const std::string& folded) const {
  std::string corrected;
  std::size_t copied = 0;
  bool changed = false;
  for (const auto& span : split_words(folded)) {
    const std::string word = analyzer_.normalize(span.word);
    // Only a word the index does not know, that is not in the thesaurus and not a compound of words
    // the index knows, is a typo ("pestbeleid" is not misspelt). Short words and numbers are left alone: too many neighbours.
    if (word.size() < kMinCorrectedWord || query_stopper_(word) || is_indexed_word(word) ||
        (features_.synonyms && features_.synonyms->has_entry(word)) ||
        std::isdigit(static_cast<unsigned char>(word[0])) ||
        !split_compound(word, [this](const std::string& part) { return is_indexed_word(part); }, analyzer_).empty()) {
      continue;
    }
    const std::string suggestion = db_.get_spelling_suggestion(word, kMaxEditDistance);
    if (suggestion.empty() || suggestion == word) continue;
    corrected.append(folded, copied, span.offset - copied).append(suggestion);
    copied = span.offset + span.word.size();
    changed = true;
  }
  if (!changed) return std::nullopt;
  corrected.append(folded, copied, std::string::npos);
  return corrected;
}

Result<BuiltQuery> QueryBuilder::build(const std::string& text) {
  const auto started = std::chrono::steady_clock::now();
  std::string folded = fold_diacritics(text);
  // Before any look-up: every word costs spelling, compound and synonym look-ups and posting lists.
  if (const std::size_t words = content_words(folded).size(); features_.max_words > 0 && words > features_.max_words) {
    return Status::invalid_argument("the query has " + std::to_string(words) + " words; at most " +
                                    std::to_string(features_.max_words) +
                                    " are searched (stopwords not counted): leave out the ones that matter least");
  }
  std::optional<std::string> corrected;
  if (features_.spelling_correction) {
    corrected = spelling_correction(folded);
    // A correction must never spell out a hidden colleague's name.
    if (corrected && features_.may_show_correction && !features_.may_show_correction(*corrected)) corrected.reset();
    if (corrected) folded = *corrected;
  }
  Xapian::Query query = parse(folded, 0);
  const std::vector<std::string> words = content_words(folded);
  if (features_.decompound) {
    query = either(query, compound_parts(words), kCompoundPartsWeight);
    query = either(query, inside_compounds(words), kPartOfCompoundWeight);
  }
  query = either(query, synonym_expansions(words), kSynonymWeight);
  if (query.empty()) return Status::invalid_argument("the query has no searchable words");
  const auto deadline =
      features_.deadline.count() > 0 ? started + features_.deadline : std::chrono::steady_clock::time_point::max();
  return BuiltQuery{query, highlight_terms(query), corrected, deadline};
}

}  // namespace wieweet
