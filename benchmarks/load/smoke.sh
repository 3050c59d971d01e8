#!/usr/bin/env bash
# Runs the pieces of the speed harness (benchmarks/load/run.sh) on the tiny fixture: the request
# stream, the wrk script against the real server, and the in-process peers. It fails when a step fails,
# a request is answered with a non-2xx status, the stream repeats, or a figure is missing; it asserts
# nothing about speed.
#   smoke.sh INDEXER SERVER PEERS DATA
set -euo pipefail
indexer=$1 server=$2 peers=$3 data=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/wieweet-load-smoke-XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"$indexer" rebuild --db "$work/index" --quiet --staff "$data/staff.jsonl" --workshops "$data/workshops.jsonl" \
  --documents "$data/documents.jsonl" > /dev/null 2>&1
python3 "$here/make_requests.py" --queries "$here/../relevance/queries.jsonl" --staff "$data/staff.jsonl" \
  --out "$work/requests" 2> /dev/null
# Every request distinct; twice as many requests as texts; the judged queries as they are.
[ "$(sort "$work/requests.paths" | uniq -d | wc -l)" -eq 0 ] || { echo "smoke: repeated requests" >&2; exit 1; }
[ "$(wc -l < "$work/requests.paths")" -eq $(( 2 * $(wc -l < "$work/requests.texts") )) ] || exit 1
[ "$(wc -l < "$work/requests.judged")" -eq "$(grep -c . "$here/../relevance/queries.jsonl")" ] || exit 1

if command -v wrk > /dev/null; then
  "$server" --db "$work/index" --port 0 --port-file "$work/port" --threads 2 > "$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 200); do [ -s "$work/port" ] && break; sleep 0.05; done
  line=$(wrk -t2 -c4 -d1s -s "$here/experts.lua" "http://127.0.0.1:$(cat "$work/port")" -- \
    "$work/requests.paths" 100 20000 2 | grep '^LOAD ')
  echo "$line"
  case $line in *" non2xx=0 socket_errors=0 "*) ;; *) echo "smoke: failed requests: $line" >&2; exit 1 ;; esac
  requests=$(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')
  [ "$requests" -gt 0 ] || { echo "smoke: no requests answered" >&2; exit 1; }
fi

"$peers" --index "$work/index" --sample "$data" --texts "$work/requests.texts" --count 20 \
  --judged "$work/requests.judged" --repeat 1 --summary "$work/summary" > "$work/peers.log"
for key in fts5_items_per_s wieweet_inprocess_p50_ms xapian_get_mset_p50_ms fts5_model2_p50_ms ratio_raw_median \
  judged_within_3x; do
  grep -q "^$key=[0-9]" "$work/summary" || { echo "smoke: no $key in the peers' summary" >&2; cat "$work/summary" >&2; exit 1; }
done
echo "load smoke: ok"
