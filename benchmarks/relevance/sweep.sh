#!/usr/bin/env bash
# Ranking and query settings measured on both referees at once, without a rebuild: each VARIANT is
# NAME='{JSON}' with the settings it changes (e.g. prior='{"ranking": {"prior_weight": 0.5}}'). The
# Dutch set is searched with config/wieweet.json plus the change, se-android (both protocols) with
# config/wieweet-en.json plus the change, on the indexes run.sh left in var/relevance/.
#
#   benchmarks/relevance/sweep.sh VARIANT...
#
# Prints per variant: Dutch nDCG@10 (all, weakest category), se-android A and B nDCG@10, and per-query
# better/worse against the first variant on each set. Configs and raw results stay in
# var/relevance/sweep/. Only query-time settings (query.*, ranking.*) can be swept this way.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${WIEWEET_BUILD_DIR:-build}
out=var/relevance
work=$out/sweep
here=benchmarks/relevance
android=$here/data/se-android
mkdir -p "$work"
[ -f "$out/qrels.txt" ] && [ -d "$out/index-wieweet" ] && [ -d "$out/index-se-android" ] \
  || { echo "run benchmarks/relevance/run.sh first" >&2; exit 1; }
[ $# -ge 1 ] || { echo "usage: $0 NAME='{JSON}'..." >&2; exit 2; }

dutch=() en=() names=()
for variant in "$@"; do
  name=${variant%%=*} change=${variant#*=}
  names+=("$name")
  # A config = the base file with the change merged in, key by key.
  python3 - "$change" config/wieweet.json "$work/$name-nl.json" config/wieweet-en.json "$work/$name-en.json" <<'PY'
import json, re, sys
change = json.loads(sys.argv[1])
def load(path):  # the config files have // comments; strip them (no "//" inside their strings)
    return json.loads(re.sub(r'^\s*//.*$|\s//.*$', '', open(path).read(), flags=re.M))
def merge(base, extra):
    for key, value in extra.items():
        if isinstance(value, dict): merge(base.setdefault(key, {}), value)
        else: base[key] = value
    return base
for base, target in ((sys.argv[2], sys.argv[3]), (sys.argv[4], sys.argv[5])):
    json.dump(merge(load(base), change), open(target, "w"), indent=1)
PY
  dutch+=(--index "$name=$out/index-wieweet" --config "$name=$work/$name-nl.json")
  en+=(--index "$name=$out/index-se-android" --config "$name=$work/$name-en.json")
done

"$build/benchmarks/relevance/wieweet-relevance" --queries "$here/queries.jsonl" --qrels "$out/qrels.txt" \
  "${dutch[@]}" --json "$work/dutch.json" > /dev/null 2> "$work/log"
for protocol in A B; do
  "$build/benchmarks/relevance/wieweet-relevance" --queries "$android/queries-$protocol.jsonl" \
    --qrels "$android/qrels-$protocol.txt" "${en[@]}" --json "$work/android-$protocol.json" > /dev/null 2>> "$work/log"
done

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
runs = {name: json.load(open(f"{work}/{name}.json"))["systems"] for name in ("dutch", "android-A", "android-B")}
def wins(system, first):
    pairs = zip(system["per_query"], first["per_query"])
    diffs = [a["scores"]["ndcg@10"] - b["scores"]["ndcg@10"] for a, b in pairs]
    return f"+{sum(d > 1e-9 for d in diffs)}/-{sum(d < -1e-9 for d in diffs)}"
print(f"{'variant':24} {'dutch':>6} {'weakest':>17} {'+/-':>8} {'A':>6} {'+/-':>8} {'B':>6} {'+/-':>7}")
for i, system in enumerate(runs["dutch"]):
    cats = {k: v["ndcg@10"] for k, v in system["by_category"].items()}
    weakest = min(cats, key=cats.get)
    row = f"{system['label']:24} {system['mean']['ndcg@10']:6.3f} {weakest[:11]:>11} {cats[weakest]:.3f} "
    row += f"{wins(system, runs['dutch'][0]):>8} "
    for name in ("android-A", "android-B"):
        s = runs[name][i]
        row += f"{s['mean']['ndcg@10']:6.3f} {wins(s, runs[name][0]):>8} "
    print(row)
PY
