#!/usr/bin/env bash
# Runs the whole relevance chain on the tiny fixture (tests/data/sample) with a 3-query set:
# judgments from a truth file, the default and the plain index, the outside baselines, every
# measure; then the se-android path on a slice of that set (5 protocol-A queries, the documents of
# the people they judge) with config/wieweet-en.json. It
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
  --index wieweet="$work/default" --index no-dutch="$work/plain" --plain-bm25 bm25-concat="$data" \
  --model2 model2="$data" --popularity popularity="$data"

python3 - "$work/run.json" <<'PY'
import json, math, sys
run = json.load(open(sys.argv[1]))
assert [s["label"] for s in run["systems"]] == ["wieweet", "no-dutch", "bm25-concat", "model2", "popularity"], run["systems"]
assert [s["baseline"] for s in run["systems"]] == [False, False, True, True, True]
for system in run["systems"]:
    assert len(system["per_query"]) == 3, system["label"]
    for scores in [system["mean"]] + [q["scores"] for q in system["per_query"]]:
        for name in ("ndcg@10", "map", "p@5", "mrr"):
            assert math.isfinite(scores[name]) and 0.0 <= scores[name] <= 1.0, (system["label"], name, scores)
    exact = system["per_query"][0]
    assert exact["scores"]["ndcg@10"] > 0, (system["label"], "found nobody for an exact topic word", exact)
print("relevance smoke: 5 systems x 3 queries, every measure computed")
PY

# The se-android path on a slice: English config (its files made absolute), both outside baselines.
root=$(cd "$here/../.." && pwd)
android=$here/data/se-android slice=$work/android
mkdir -p "$slice"
python3 - "$android" "$slice" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
queries = open(f"{src}/queries-A.jsonl").read().splitlines()[:5]
ids = {json.loads(q)["id"] for q in queries}
qrels = [l for l in open(f"{src}/qrels-A.txt") if l.split()[0] in ids]
people = {l.split()[2] for l in qrels}
docs = [l for l in open(f"{src}/documents.jsonl") if people & set(json.loads(l)["authors"])][:200]
authors = {a for l in docs for a in json.loads(l)["authors"]}
staff = [l for l in open(f"{src}/staff.jsonl") if json.loads(l)["id"] in authors]
for name, lines in (("queries-A.jsonl", queries), ("qrels-A.txt", qrels), ("documents.jsonl", docs), ("staff.jsonl", staff)):
    open(f"{out}/{name}", "w").write("".join(l if l.endswith("\n") else l + "\n" for l in lines))
open(f"{out}/workshops.jsonl", "w").close()
PY
sed -e "s|\"config/|\"$root/config/|g" "$root/config/wieweet-en.json" > "$work/wieweet-en.json"
"$indexer" rebuild --db "$work/en" --quiet --config "$work/wieweet-en.json" --staff "$slice/staff.jsonl" \
  --workshops "$slice/workshops.jsonl" --documents "$slice/documents.jsonl" > /dev/null 2>&1
"$relevance" --queries "$slice/queries-A.jsonl" --qrels "$slice/qrels-A.txt" --json "$work/en.json" \
  --index wieweet-en="$work/en" --config wieweet-en="$work/wieweet-en.json" \
  --model2 model2="$slice" --popularity popularity="$slice" | grep -q "ratio: nDCG@10 / the best outside baseline"
python3 - "$work/en.json" <<'PY'
import json, math, sys
run = json.load(open(sys.argv[1]))
assert [s["label"] for s in run["systems"]] == ["wieweet-en", "model2", "popularity"], run["systems"]
for system in run["systems"]:
    assert len(system["per_query"]) == 5, system["label"]
    assert math.isfinite(system["mean"]["ndcg@10"]), system
assert run["systems"][0]["mean"]["ndcg@10"] > 0, "WieWeet found nobody relevant on the android slice"
print("relevance smoke: se-android slice, 3 systems x 5 queries")
PY
