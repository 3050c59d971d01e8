#!/usr/bin/env bash
# Runs every benchmark once, briefly, over the fixture index: they must run, not be fast.
set -euo pipefail
indexer=$1 benchmarks=$2 data=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/wieweet-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
"$indexer" rebuild --db "$work/db" --staff "$data/staff.jsonl" --workshops "$data/workshops.jsonl" \
  --documents "$data/documents.jsonl" > /dev/null 2>&1
WIEWEET_BENCH_INDEX="$work/db" "$benchmarks" --benchmark_min_time=0.01
