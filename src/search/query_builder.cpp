#include "search/query_builder.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

#include "analysis/compound_splitter.h"
#include "index/schema.h"

namespace wieweet {
namespace {

// Phrases ("..."), AND/OR/NOT in capitals, +must and -mustnot: what searchers type out of habit.
constexpr unsigned kSyntaxFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                  Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_PURE_NOT;

// How much an expansion (a synonym, a compound's parts) counts next to the words actually typed is
// QueryFeatures' (query.*_weight). A query word found only as a part of an indexed compound ("beleid"
// in "informatiebeveiligingsbeleid") is a hint, 0.3 by default, since in Dutch the last part
// carries the meaning and the others only narrow it ("leerlingadministratie" is administration).

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

// Free-text terms from the parsed query, without field prefixes, as snippets need them. Stopwords
// are left out: a phrase keeps them as terms (the synonym "lees- en spellingstoornis" holds "en"),
// but marked on its own a stopword is noise, not a match (issue 8).
MatchTerms highlight_terms(const Xapian::Query& query, const Xapian::Stopper& stopper) {
  MatchTerms terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.rfind(schema::kCompoundPart, 0) == 0) continue;  // parts of compounds: no word to mark
    const bool stemmed = !term.empty() && term[0] == 'Z';
    std::size_t start = stemmed ? 1 : 0;
    while (start < term.size() && std::isupper(static_cast<unsigned char>(term[start]))) ++start;
    if (start >= term.size() || stopper(term.substr(start))) continue;
    (stemmed ? terms.stems : terms.words).insert(term.substr(start));
  }
  return terms;
}

Xapian::Query either(const Xapian::Query& query, const std::optional<Xapian::Query>& extra, double weight) {
  // Weight 0 would still match: under rank aggregation an item's rank counts, not its score.
  if (!extra || weight <= 0) return query;
  return Xapian::Query(Xapian::Query::OP_OR, query, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, *extra, weight));
}

}  // namespace

Result<std::vector<std::string>> load_question_words(const std::string& file) {
  if (file.empty()) return std::vector<std::string>(std::begin(kQuestionWords), std::end(kQuestionWords));
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::io_error("cannot read question words file " + file);
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    for (const auto& span : split_words(line)) words.emplace_back(span.word);
  }
  return words;
}

QueryBuilder::QueryBuilder(const TextAnalyzer& analyzer, const Xapian::Database& db, QueryFeatures features)
    : analyzer_(analyzer),
      db_(db),
      features_(std::move(features)),
      analysis_(analyzer),
      query_stopper_(analyzer.stopwords().begin(), analyzer.stopwords().end()),
      index_stopper_(analyzer.stopwords().begin(), analyzer.stopwords().end()) {
  if (features_.strip_question_words) {
    if (features_.question_words.empty()) features_.question_words.assign(std::begin(kQuestionWords), std::end(kQuestionWords));
    for (const auto& word : features_.question_words) {
      const std::string normalized = analyzer.normalize(word);
      if (normalized.empty()) continue;
      query_stopper_.add(normalized);
      question_words_.insert(normalized);
    }
  }
  for (auto* parser : {&parser_, &expansion_parser_}) {
    analysis_.configure(*parser);
    parser->set_database(db_);
    // OR, not AND: evidence rarely holds every word of a question, and BM25 already rewards more matches.
    parser->set_default_op(Xapian::Query::OP_OR);
    parser->add_prefix("titel", std::string(schema::kTitle));
    parser->add_prefix("title", std::string(schema::kTitle));
    parser->add_prefix("tag", std::string(schema::kTags));
  }
  parser_.set_stopper(&query_stopper_);
  // An expansion is the thesaurus's text, not the user's question: only the index's stopwords go
  // ("legal advice => juridisch advies" must search "advies").
  expansion_parser_.set_stopper(&index_stopper_);
}

Xapian::Query QueryBuilder::parse(const std::string& folded, unsigned extra_flags, bool expansion) {
  Xapian::QueryParser& parser = expansion ? expansion_parser_ : parser_;
  try {
    return parser.parse_query(folded, kSyntaxFlags | extra_flags);
  } catch (const Xapian::QueryParserError&) {
    // Unbalanced quotes or a stray operator: users mean the words, so search for the words.
    return parser.parse_query(folded, extra_flags);
  }
}

std::vector<std::string> QueryBuilder::content_words(const std::string& folded, bool keep_question_words) const {
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
    const bool dropped = keep_question_words ? analyzer_.is_stopword(word) : query_stopper_(word);
    if (!dropped && !word.empty()) words.push_back(std::move(word));
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

std::optional<Xapian::Query> QueryBuilder::compound_parts(const std::vector<std::string>& words, bool any_part) const {
  std::vector<Xapian::Query> compounds;
  for (const auto& word : words) {
    // Any one part is a fallback for a compound the evidence never writes: next to a word it does
    // write, a part alone ("school" of "schoolplein") is noise.
    if (any_part && is_indexed_word(word)) continue;
    const auto parts = split_compound(word, [this](const std::string& part) { return is_indexed_word(part); }, analyzer_);
    if (parts.empty()) continue;
    std::vector<Xapian::Query> all_parts;
    for (const auto& part : parts) {
      // The part as a word of its own, or as a part of another compound.
      const std::string stem = analyzer_.stem(part);
      all_parts.emplace_back(Xapian::Query::OP_OR, Xapian::Query("Z" + stem),
                             Xapian::Query(std::string(schema::kCompoundPart) + stem));
    }
    Xapian::Query together(Xapian::Query::OP_AND, all_parts.begin(), all_parts.end());
    // ... and only when the parts together find nothing: where they find something, one part alone
    // ("beleid" of "privacybeleid") is noise that rank aggregation would count for every item.
    if (any_part && matches_anything(together)) continue;
    compounds.push_back(any_part ? Xapian::Query(Xapian::Query::OP_OR, all_parts.begin(), all_parts.end()) : together);
  }
  if (compounds.empty()) return std::nullopt;
  return Xapian::Query(Xapian::Query::OP_OR, compounds.begin(), compounds.end());
}

bool QueryBuilder::matches_anything(const Xapian::Query& query) const {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, 1).get_matches_lower_bound() > 0;
}

bool QueryBuilder::found_enough(const std::vector<std::string>& words) const {
  if (words.empty()) return false;
  return std::all_of(words.begin(), words.end(), [this](const std::string& word) {
    return std::max(db_.get_termfreq(word), db_.get_termfreq("Z" + analyzer_.stem(word))) >= features_.found_min_items;
  });
}

std::optional<Xapian::Query> QueryBuilder::synonym_expansions(const std::vector<std::string>& words) {
  if (!features_.synonyms) return std::nullopt;
  std::vector<Xapian::Query> expansions;
  // Entries are keyed without the index's stopwords only (SynonymTable::for_index), so question
  // words are looked up too ("eerste hulp", "juridisch advies"); on their own they expand nothing.
  const auto skipped = [this](const std::string& word) { return is_question_word(word); };
  for (const auto& expansion : features_.synonyms->expansions(words, skipped)) {
    const std::string folded = fold_diacritics(expansion);
    const bool phrase = split_words(folded).size() > 1;
    Xapian::Query query = parse(phrase ? "\"" + folded + "\"" : folded, 0, true);
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
    // Only a word the index does not know, that is in no thesaurus entry and not a compound of words
    // the index knows, is a typo ("pestbeleid" is not misspelt). Short words and numbers are left alone: too many neighbours.
    if (word.size() < kMinCorrectedWord || query_stopper_(word) || is_indexed_word(word) ||
        (features_.synonyms && features_.synonyms->has_entry_word(word)) ||
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

Result<BuiltQuery> QueryBuilder::build(const std::string& text, bool correct_spelling) {
  const auto started = std::chrono::steady_clock::now();
  const NameRedactor* hidden = features_.hidden_names ? features_.hidden_names() : nullptr;
  // A hidden colleague cannot be searched for by name: text indexed before they were hidden still
  // holds it, so the name is taken out of the query itself (issue 11).
  const std::string searchable = hidden != nullptr ? hidden->redact(text, " ") : text;
  const bool named_hidden_person = searchable != text;
  std::string folded = fold_diacritics(searchable);
  // Before any look-up: every word costs spelling, compound and synonym look-ups and posting lists.
  std::vector<std::string> words = content_words(folded);
  if (features_.max_words > 0 && words.size() > features_.max_words) {
    return Status::invalid_argument("the query has " + std::to_string(words.size()) + " words; at most " +
                                    std::to_string(features_.max_words) +
                                    " are searched (stopwords not counted): leave out the ones that matter least");
  }
  std::optional<std::string> corrected;
  if (features_.spelling_correction && correct_spelling) {
    corrected = spelling_correction(folded);
    // A correction must never spell out a hidden colleague's name.
    if (corrected && hidden != nullptr && hidden->names_hidden_person(*corrected)) corrected.reset();
    if (corrected) {
      folded = *corrected;
      words = content_words(folded);  // the corrected words are the ones searched
    }
  }
  Xapian::Query query = parse(folded, 0);
  std::optional<Xapian::Query> synonyms;
  if (features_.synonym_weight > 0) synonyms = synonym_expansions(content_words(folded, true));
  // One word and its thesaurus expansions name one concept: weighted as one term (the union's
  // frequencies), a rare expansion no longer outweighs the word typed, and an item holding both
  // forms is not counted twice. With several words an expansion covers only some of them.
  if (features_.synonyms_as_one_term && synonyms && words.size() == 1) {
    query = Xapian::Query(Xapian::Query::OP_SYNONYM, query, *synonyms);
    synonyms.reset();
  }
  // A query whose own words already find plenty of evidence needs its expansions less.
  const double expansions =
      features_.found_expansion_scale != 1.0 && found_enough(words) ? features_.found_expansion_scale : 1.0;
  if (features_.decompound) {
    if (features_.compound_parts_weight > 0) {
      query = either(query, compound_parts(words), features_.compound_parts_weight * expansions);
    }
    if (features_.compound_any_part_weight > 0) {
      query = either(query, compound_parts(words, true), features_.compound_any_part_weight * expansions);
    }
    if (features_.part_of_compound_weight > 0) {
      query = either(query, inside_compounds(words), features_.part_of_compound_weight * expansions);
    }
  }
  if (features_.synonym_weight > 0) {
    query = either(query, synonyms, features_.synonym_weight * expansions);
  }
  if (query.empty()) {
    // Only a hidden name: answered like any query that finds nobody, not with an error that would
    // tell the asker the name belongs to someone.
    if (named_hidden_person) return BuiltQuery{Xapian::Query::MatchNothing, {}, std::nullopt, 0, {}};
    return Status::invalid_argument("the query has no searchable words");
  }
  const auto deadline =
      features_.deadline.count() > 0 ? started + features_.deadline : std::chrono::steady_clock::time_point::max();
  return BuiltQuery{query, highlight_terms(query, query_stopper_), corrected, words.size(), deadline};
}

}  // namespace wieweet
