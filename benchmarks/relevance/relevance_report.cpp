#include "relevance_report.h"

#include <algorithm>
#include <cstdio>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

namespace wieweet::relevance {
namespace {

constexpr std::size_t kJsonTopPeople = 10;

std::string fixed(double value, int decimals = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string pad(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
  return text.size() >= width ? " " + text : std::string(width - text.size(), ' ') + text;
}

// Categories in the order the query file first uses them, each with the indexes of its queries.
std::vector<std::pair<std::string, std::vector<std::size_t>>> by_category(const std::vector<JudgedQuery>& queries) {
  std::vector<std::pair<std::string, std::vector<std::size_t>>> groups;
  for (std::size_t i = 0; i < queries.size(); ++i) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == queries[i].category; });
    if (it == groups.end()) it = groups.insert(groups.end(), {queries[i].category, {}});
    it->second.push_back(i);
  }
  return groups;
}

QueryScores mean_over(const SystemRun& run, const std::vector<std::size_t>& indexes) {
  std::vector<QueryScores> picked;
  for (std::size_t i : indexes) picked.push_back(run.scores[i]);
  return mean_scores(picked);
}

std::size_t label_width(const std::vector<SystemRun>& runs) {
  std::size_t width = 8;
  for (const auto& run : runs) width = std::max(width, run.label.size() + 2);
  return width;
}

// The outside baseline with the best mean nDCG@10, or nullptr when there is none.
const SystemRun* best_baseline(const std::vector<SystemRun>& runs) {
  const SystemRun* best = nullptr;
  for (const auto& run : runs) {
    if (run.baseline && (best == nullptr || mean_scores(run.scores).ndcg_10 > mean_scores(best->scores).ndcg_10)) {
      best = &run;
    }
  }
  return best;
}

void count_wins(std::ostream& out, const SystemRun& run, const SystemRun& reference, std::size_t width) {
  int better = 0, equal = 0, worse = 0;
  for (std::size_t i = 0; i < run.scores.size(); ++i) {
    const double diff = run.scores[i].ndcg_10 - reference.scores[i].ndcg_10;
    (diff > 1e-9 ? better : diff < -1e-9 ? worse : equal) += 1;
  }
  out << pad(run.label, width) << better << " / " << equal << " / " << worse << "\n";
}

}  // namespace

void print_summary(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs) {
  const std::size_t width = label_width(runs);
  const SystemRun* best = best_baseline(runs);
  const double best_ndcg = best == nullptr ? 0.0 : mean_scores(best->scores).ndcg_10;
  out << pad("system", width) << pad_left("nDCG@10", 9) << pad_left("ratio", 7) << pad_left("MAP", 8)
      << pad_left("P@5", 8) << pad_left("MRR", 8) << pad_left("seconds", 9) << "   what\n";
  for (const auto& run : runs) {
    const QueryScores mean = mean_scores(run.scores);
    // The ratio to the best outside baseline: what the goals are stated in.
    const std::string ratio = run.baseline || best_ndcg <= 0.0 ? "" : fixed(mean.ndcg_10 / best_ndcg, 2) + "x";
    out << pad(run.label, width) << pad_left(fixed(mean.ndcg_10), 9) << pad_left(ratio, 7)
        << pad_left(fixed(mean.average_precision), 8) << pad_left(fixed(mean.precision_5), 8)
        << pad_left(fixed(mean.reciprocal_rank), 8) << pad_left(fixed(run.seconds, 1), 9) << "   " << run.description
        << "\n";
  }
  if (best != nullptr) out << "(ratio: nDCG@10 / the best outside baseline's, " << best->label << ")\n";

  out << "\nnDCG@10 by query category\n" << pad("category", 14) << pad_left("n", 4);
  for (const auto& run : runs) out << pad_left(run.label, std::max<std::size_t>(run.label.size() + 2, 9));
  out << "\n";
  auto groups = by_category(queries);
  std::vector<std::size_t> all(queries.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  groups.emplace_back("all", all);
  for (const auto& [category, indexes] : groups) {
    out << pad(category, 14) << pad_left(std::to_string(indexes.size()), 4);
    for (const auto& run : runs) {
      out << pad_left(fixed(mean_over(run, indexes).ndcg_10), std::max<std::size_t>(run.label.size() + 2, 9));
    }
    out << "\n";
  }

  if (runs.size() < 2) return;
  out << "\nPer-query nDCG@10 against " << runs.front().label << " (better / equal / worse)\n";
  for (std::size_t r = 1; r < runs.size(); ++r) count_wins(out, runs[r], runs[0], width);
  if (best == nullptr) return;
  out << "\nPer-query nDCG@10 against the best baseline, " << best->label << " (better / equal / worse)\n";
  for (const auto& run : runs) {
    if (!run.baseline) count_wins(out, run, *best, width);
  }
}

void print_per_query(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs) {
  out << "nDCG@10 per query\n" << pad("id", 7) << pad("category", 14);
  for (const auto& run : runs) out << pad_left(run.label, std::max<std::size_t>(run.label.size() + 2, 9));
  out << "   query\n";
  for (std::size_t i = 0; i < queries.size(); ++i) {
    out << pad(queries[i].id, 7) << pad(queries[i].category, 14);
    for (const auto& run : runs) {
      out << pad_left(fixed(run.scores[i].ndcg_10), std::max<std::size_t>(run.label.size() + 2, 9));
    }
    out << "   " << queries[i].text << "\n";
  }
}

void write_json(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<SystemRun>& runs,
                std::size_t depth) {
  rapidjson::OStreamWrapper stream(out);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> json(stream);
  json.SetIndent(' ', 1);
  auto scores = [&json](const QueryScores& s) {
    json.StartObject();
    json.Key("ndcg@10"); json.Double(s.ndcg_10);
    json.Key("map"); json.Double(s.average_precision);
    json.Key("p@5"); json.Double(s.precision_5);
    json.Key("mrr"); json.Double(s.reciprocal_rank);
    json.EndObject();
  };
  const auto groups = by_category(queries);
  json.StartObject();
  json.Key("queries"); json.Uint64(queries.size());
  json.Key("depth"); json.Uint64(depth);
  json.Key("systems");
  json.StartArray();
  for (const auto& run : runs) {
    json.StartObject();
    json.Key("label"); json.String(run.label.c_str());
    json.Key("description"); json.String(run.description.c_str());
    json.Key("seconds"); json.Double(run.seconds);
    json.Key("baseline"); json.Bool(run.baseline);
    json.Key("mean"); scores(mean_scores(run.scores));
    json.Key("by_category");
    json.StartObject();
    for (const auto& [category, indexes] : groups) {
      json.Key(category.c_str());
      scores(mean_over(run, indexes));
    }
    json.EndObject();
    json.Key("per_query");
    json.StartArray();
    for (std::size_t i = 0; i < queries.size(); ++i) {
      json.StartObject();
      json.Key("id"); json.String(queries[i].id.c_str());
      json.Key("category"); json.String(queries[i].category.c_str());
      json.Key("query"); json.String(queries[i].text.c_str());
      json.Key("scores"); scores(run.scores[i]);
      json.Key("top");
      json.StartArray();
      const auto& ranking = run.rankings[i];
      for (std::size_t k = 0; k < ranking.size() && k < kJsonTopPeople; ++k) {
        json.StartArray();
        json.String(ranking[k].c_str());
        auto grade = queries[i].grades.find(ranking[k]);
        json.Int(grade == queries[i].grades.end() ? 0 : grade->second);
        json.EndArray();
      }
      json.EndArray();
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out << "\n";
}

}  // namespace wieweet::relevance
