#!/usr/bin/env bash
# The relevance evaluation in one command (docs/relevance.md):
#
#   benchmarks/relevance/run.sh [SAMPLE_DIR]      (default: var/sample, as the quickstart)
#
# Builds wieweet-indexer and wieweet-relevance (reusing ./build, or $WIEWEET_BUILD_DIR), generates
# the sample data if SAMPLE_DIR has none (seed 2026, as the quickstart), derives the judgments from
# the generator's truth, builds two indexes under var/relevance/ — WieWeet as configured in
# config/wieweet.json, and baseline (b), the same with the Dutch features off — and scores them and
# the outside baselines (a) plain BM25 over one text per person, Model 2 with rank weighting, and
# popularity, in one run. Then the real English set (data/se-android, both protocols) with
# config/wieweet-en.json against the same outside baselines. Prints the summaries with ratios to the
# best baseline; per-query tables and JSON are kept in var/relevance/{results,se-android-A,
# se-android-B}.{txt,json}. Indexes are rebuilt on every run, so the numbers always belong to the
# code as it is. Builds with 2 jobs ($WIEWEET_JOBS to change). WIEWEET_RELEVANCE_SETS=dutch or
# =se-android runs one set only.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

here=benchmarks/relevance
sample=${1:-var/sample}
build=${WIEWEET_BUILD_DIR:-build}
out=var/relevance
mkdir -p "$out" "$build"

scripts/install-deps.sh > /dev/null
if ! grep -q '^WIEWEET_BUILD_BENCHMARKS:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  echo "relevance: configuring $build with benchmarks on"
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWIEWEET_BUILD_BENCHMARKS=ON \
    > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
echo "relevance: building wieweet-indexer and wieweet-relevance in $build"
cmake --build "$build" -j "${WIEWEET_JOBS:-2}" --target wieweet-indexer wieweet-relevance > "$out/build.log" 2>&1 \
  || { tail -50 "$out/build.log"; exit 1; }

# Like the quickstart: the generator is deterministic, so regenerate only when it changed.
if [ ! -f "$sample/staff.jsonl" ] || [ scripts/generate_sample_data.py -nt "$sample/staff.jsonl" ]; then
  echo "relevance: generating sample data into $sample"
  python3 scripts/generate_sample_data.py --out "$sample" --quiet
fi
if [ ! -f "$sample/truth.jsonl" ]; then
  echo "relevance: $sample has no truth.jsonl; the judgments come from the generator's truth" >&2
  exit 1
fi

python3 "$here/check_queries.py" --queries "$here/queries.jsonl" --sample "$sample" \
  || echo "relevance: WARNING: some queries no longer test what their category says (above)" >&2
python3 "$here/judgments.py" --queries "$here/queries.jsonl" --truth "$sample/truth.jsonl" > "$out/qrels.txt"

index() {  # index NAME CONFIG DATA_DIR
  echo "relevance: indexing $3 into $out/$1 with $2"
  "$build/wieweet-indexer" rebuild --db "$out/$1" --config "$2" --quiet --staff "$3/staff.jsonl" \
    --workshops "$3/workshops.jsonl" --documents "$3/documents.jsonl" > "$out/$1.log" 2>&1 \
    || { cat "$out/$1.log"; exit 1; }
}
sets=${WIEWEET_RELEVANCE_SETS:-dutch se-android}

if [[ " $sets " == *" dutch "* ]]; then
  index index-wieweet config/wieweet.json "$sample"
  index index-no-dutch "$here/baseline-plain.json" "$sample"
  echo "relevance: scoring the Dutch set"
  "$build/benchmarks/relevance/wieweet-relevance" --queries "$here/queries.jsonl" --qrels "$out/qrels.txt" \
    --index wieweet="$out/index-wieweet" --config wieweet=config/wieweet.json \
    --index no-dutch="$out/index-no-dutch" --config no-dutch="$here/baseline-plain.json" \
    --plain-bm25 bm25-concat="$sample" --model2 model2="$sample" --popularity popularity="$sample" \
    --per-query --json "$out/results.json" > "$out/results.txt"
  echo
  echo "== Dutch own set ($sample) =="
  sed '/^nDCG@10 per query$/,$d' "$out/results.txt"
  echo "Per-query nDCG@10: $out/results.txt; everything as JSON: $out/results.json"
fi

if [[ " $sets " == *" se-android "* ]]; then
  android=$here/data/se-android
  index index-se-android config/wieweet-en.json "$android"
  for protocol in A B; do
    echo "relevance: scoring se-android, protocol $protocol"
    "$build/benchmarks/relevance/wieweet-relevance" --queries "$android/queries-$protocol.jsonl" \
      --qrels "$android/qrels-$protocol.txt" \
      --index wieweet-en="$out/index-se-android" --config wieweet-en=config/wieweet-en.json \
      --plain-bm25 bm25-concat="$android" --model2 model2="$android" --popularity popularity="$android" \
      --per-query --json "$out/se-android-$protocol.json" > "$out/se-android-$protocol.txt"
    echo
    echo "== se-android, protocol $protocol (real English data, config/wieweet-en.json) =="
    sed '/^nDCG@10 per query$/,$d' "$out/se-android-$protocol.txt"
  done
  echo "Per-query nDCG@10: $out/se-android-{A,B}.txt; JSON: $out/se-android-{A,B}.json"
fi
echo "relevance: done in $((SECONDS - started)) s"
