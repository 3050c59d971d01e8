// The Xapian side of TextAnalyzer: a stemmer and a stopper configured from the same settings, for the
// TermGenerator (index time) and the QueryParser (query time). Holding both here keeps the two sides
// from drifting apart.
#ifndef WIEWEET_SRC_XAPIAN_ANALYSIS_H_
#define WIEWEET_SRC_XAPIAN_ANALYSIS_H_

#include <xapian.h>

#include "wieweet/text_analysis.h"

namespace wieweet {

// Not copyable or movable: the TermGenerator and QueryParser it configures keep a pointer to stopper.
struct XapianAnalysis {
  explicit XapianAnalysis(const TextAnalyzer& analyzer)
      : stemmer(analyzer.stemmer_name()), stopper(analyzer.stopwords().begin(), analyzer.stopwords().end()) {}
  XapianAnalysis(const XapianAnalysis&) = delete;
  XapianAnalysis& operator=(const XapianAnalysis&) = delete;

  void configure(Xapian::TermGenerator& generator) {
    generator.set_stemmer(stemmer);
    generator.set_stopper(&stopper);
    // Stopwords get no stemmed term but keep their position, so phrase queries still work.
    generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  }

  void configure(Xapian::QueryParser& parser) {
    parser.set_stemmer(stemmer);
    parser.set_stopper(&stopper);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  }

  Xapian::Stem stemmer;
  Xapian::SimpleStopper stopper;
};

}  // namespace wieweet

#endif  // WIEWEET_SRC_XAPIAN_ANALYSIS_H_
