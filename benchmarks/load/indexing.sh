#!/usr/bin/env bash
# Full rebuilds side by side (docs/performance.md, "Indexing"): each indexer binary rebuilds SAMPLE
# into its own index RUNS times, the binaries alternated run by run, and one line per binary gives
# the medians of wall time, CPU time (user + system: the figure that survives a busy machine) and
# peak RSS, and evidence items per wall and per CPU second.
#   benchmarks/load/indexing.sh SAMPLE RUNS INDEXER [INDEXER...]
#   e.g. benchmarks/load/indexing.sh var/sample 3 /tmp/before/wieweet-indexer build/wieweet-indexer
# WIEWEET_* settings in the environment reach every run (e.g. WIEWEET_INDEX_THREADS=1).
set -euo pipefail
sample=$1 runs=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
items=$(cat "$sample/staff.jsonl" "$sample/workshops.jsonl" "$sample/documents.jsonl" | grep -c .)
for run in $(seq 1 "$runs"); do
  for i in $(seq 1 $#); do
    indexer=${!i}
    rm -rf "$work/index-$i"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$indexer" rebuild --db "$work/index-$i" --quiet \
      --staff "$sample/staff.jsonl" --workshops "$sample/workshops.jsonl" --documents "$sample/documents.jsonl"
    echo "$(cat "$work/time")" >> "$work/runs-$i"
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-40s %9s %9s %9s %12s %12s\n' indexer "wall s" "CPU s" "RSS MB" "items/s wall" "items/s CPU"
for i in $(seq 1 $#); do
  wall=$(awk '{ print $1 }' "$work/runs-$i" | median)
  cpu=$(awk '{ print $2 + $3 }' "$work/runs-$i" | median)
  rss=$(awk '{ print $4 / 1024 }' "$work/runs-$i" | median)
  printf '%-40s %9.2f %9.2f %9.0f %12.0f %12.0f\n' "${!i}" "$wall" "$cpu" "$rss" \
    "$(echo "$items / $wall" | bc -l)" "$(echo "$items / $cpu" | bc -l)"
done
echo "($items evidence items, $runs runs each; walls: $(for i in $(seq 1 $#); do awk '{ printf "%s ", $1 }' "$work/runs-$i"; echo -n "| "; done))"
