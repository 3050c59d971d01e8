#!/usr/bin/env bash
# Runs the whole relevance chain on the tiny fixture (tests/data/sample) with a 3-query set:
# judgments from a truth file, the default and the plain index, both baselines, every measure. It
# fails when a step fails or a measure is missing or not a number; it asserts nothing about quality
# beyond "an exact topic match is found at all".
set -euo pipefail
indexer=$1 relevance=$2 data=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/wieweet-relevance-smoke-XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 "$here/judgments.py" --queries "$here/smoke/queries.jsonl" --truth "$here/smoke/truth.jsonl" > "$work/qrels"
if grep -q ' p4 ' "$work/qrels"; then echo "smoke: a hidden person was judged relevant" >&2; exit 1; fi

for system in default:"" plain:"--config $here/baseline-plain.json"; do
  # shellcheck disable=SC2086  # the config option is meant to split into two words
  "$indexer" rebuild --db "$work/${system%%:*}" --quiet ${system#*:} --staff "$data/staff.jsonl" \
    --workshops "$data/workshops.jsonl" --documents "$data/documents.jsonl" > /dev/null 2>&1
done

"$relevance" --queries "$here/smoke/queries.jsonl" --qrels "$work/qrels" --per-query --json "$work/run.json" \
  --index wieweet="$work/default" --index no-dutch="$work/plain" --plain-bm25 bm25-concat="$data"

python3 - "$work/run.json" <<'PY'
import json, math, sys
run = json.load(open(sys.argv[1]))
assert [s["label"] for s in run["systems"]] == ["wieweet", "no-dutch", "bm25-concat"], run["systems"]
for system in run["systems"]:
    assert len(system["per_query"]) == 3, system["label"]
    for scores in [system["mean"]] + [q["scores"] for q in system["per_query"]]:
        for name in ("ndcg@10", "map", "p@5", "mrr"):
            assert math.isfinite(scores[name]) and 0.0 <= scores[name] <= 1.0, (system["label"], name, scores)
    exact = system["per_query"][0]
    assert exact["scores"]["ndcg@10"] > 0, (system["label"], "found nobody for an exact topic word", exact)
print("relevance smoke: 3 systems x 3 queries, every measure computed")
PY
