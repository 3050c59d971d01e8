#!/usr/bin/env bash
# The ablation of docs/relevance.md: every Dutch feature switched off on its own, and the stemmers
# compared, scored side by side in one run on the judged query set.
#
#   benchmarks/relevance/ablation.sh [SAMPLE_DIR]      (default: var/sample)
#
# Index-time features (compound parts in the index, the stemmer) need an index each; query-time
# ones (synonyms, question words, query decompounding, spelling correction) and the evidence cut-off
# are config switches on the full index. Run benchmarks/relevance/run.sh first: it builds the tools, the judgments and the
# full index that this script reuses. Takes about a minute on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=${1:-var/sample}
build=${WIEWEET_BUILD_DIR:-build}
out=var/relevance
configs=$out/ablation
mkdir -p "$configs"
[ -f "$out/qrels.txt" ] && [ -d "$out/index-wieweet" ] || { echo "run benchmarks/relevance/run.sh first" >&2; exit 1; }

config() {  # config NAME JSON: a config file with one setting changed
  printf '%s\n' "$2" > "$configs/$1.json"
}
config full '{}'
config no-synonyms '{"query": {"synonyms_file": "none"}}'
config no-question-words '{"query": {"strip_question_words": false}}'
config no-query-decompound '{"query": {"decompound": false}}'
config no-spelling '{"query": {"spelling_correction": false}}'
config all-evidence-counted '{"ranking": {"evidence_counted": 0}}'
config no-any-part '{"query": {"compound_any_part_weight": 0}}'
config no-found-scale '{"query": {"found_expansion_scale": 1}}'
config no-one-term-synonyms '{"query": {"synonyms_as_one_term": false}}'
config no-index-decompound '{"analysis": {"compound_words_file": ""}}'
config stemmer-dutch '{"analysis": {"stemmer": "dutch"}}'
config stemmer-kraaij-pohlmann '{"analysis": {"stemmer": "kraaij_pohlmann"}}'
config no-stemmer '{"analysis": {"stemmer": "none"}}'

for variant in no-index-decompound stemmer-dutch stemmer-kraaij-pohlmann no-stemmer; do
  echo "ablation: indexing $sample with $variant"
  "$build/wieweet-indexer" rebuild --db "$out/index-$variant" --config "$configs/$variant.json" --quiet \
    --staff "$sample/staff.jsonl" --workshops "$sample/workshops.jsonl" --documents "$sample/documents.jsonl" \
    > "$out/index-$variant.log" 2>&1 || { cat "$out/index-$variant.log"; exit 1; }
done

systems=(--index full="$out/index-wieweet" --config full="$configs/full.json")
for variant in no-synonyms no-question-words no-query-decompound no-spelling all-evidence-counted no-any-part \
    no-found-scale no-one-term-synonyms; do
  systems+=(--index "$variant=$out/index-wieweet" --config "$variant=$configs/$variant.json")
done
for variant in no-index-decompound stemmer-dutch stemmer-kraaij-pohlmann no-stemmer; do
  systems+=(--index "$variant=$out/index-$variant" --config "$variant=$configs/$variant.json")
done
"$build/benchmarks/relevance/wieweet-relevance" --queries benchmarks/relevance/queries.jsonl \
  --qrels "$out/qrels.txt" "${systems[@]}" > "$out/ablation.txt"
cat "$out/ablation.txt"
