#!/usr/bin/env bash
# Where the time goes, in instructions (valgrind --tool=callgrind: deterministic, so it can be taken on
# a busy machine), for the two things issue 10 measures (docs/performance.md):
#   search:   wieweet-server on INDEX, counters zeroed after start-up, then REQUESTS requests from
#             the non-repeating stream over one keep-alive connection (curl), then dumped;
#   indexing: wieweet-indexer rebuild of SAMPLE (a small one: callgrind runs ~50x slower).
# Prints each function's inclusive share of all instructions (>= 1%); the raw files stay in OUT for
# callgrind_annotate / kcachegrind.
#   benchmarks/load/profile.sh BUILD_DIR INDEX PATHS SAMPLE OUT [REQUESTS=300]
#   e.g. benchmarks/load/profile.sh build var/load/index var/load/requests.paths var/small var/profile
# SAMPLE "-" profiles the search only.
# Use a build with symbols (RelWithDebInfo, the default).
set -euo pipefail
build=$1 index=$2 paths=$3 sample=$4 out=$5 requests=${6:-300}
command -v valgrind > /dev/null || { echo "profile.sh: needs valgrind (scripts/install-deps.sh)" >&2; exit 1; }
mkdir -p "$out"

# The functions costing at least 1% of all instructions (inclusive: with what they call), as
# callgrind_annotate reports them: WieWeet's, Xapian's, RapidJSON's and the allocator's, each once,
# file names, argument lists and binaries left out. (Boost.Asio's handler wrappers are left out: the
# asynchronous calls nest, so they all show ~100%.)
breakdown() {  # FILE
  callgrind_annotate --inclusive=yes --threshold=100 "$1" 2> /dev/null > "$1.inclusive"
  awk '/PROGRAM TOTALS/ { gsub(",", "", $1); printf "total: %.1f M instructions\n", $1 / 1e6; next }
       match($0, /^ *[0-9,]+ \(([ 0-9.]+)%\)  /) {
         share = substr($0, index($0, "(") + 1) + 0
         if (share < 1.0) next
         name = substr($0, RSTART + RLENGTH); sub(/ \[[^]]*\]$/, "", name); sub(/ \([0-9,]+x\)$/, "", name)
         sub(/^[^:]*:/, "", name); sub(/\(.*$/, "", name)
         if (name !~ /wieweet::|Xapian::|rapidjson::|^malloc$|^free$|^operator new|^operator delete|^main$/) next
         if (seen[name]++) next
         printf "%6.1f%%  %s\n", share, substr(name, 1, 110)
       }' "$1.inclusive"
}

# --- search ---
rm -f "$out/port" "$out"/search.callgrind*
valgrind --tool=callgrind --callgrind-out-file="$out/search.callgrind" \
  "$build/wieweet-server" --db "$index" --port 0 --port-file "$out/port" --threads 1 > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do [ -s "$out/port" ] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$out/port")"
curl -sf --max-time 120 "$url/readyz" > /dev/null
callgrind_control -z "$server" > /dev/null
head -n "$requests" "$paths" | sed "s|^|url = \"$url|; s|\$|\"\noutput = \"/dev/null\"|" > "$out/curl.config"
curl -s --max-time 3600 -K "$out/curl.config"
callgrind_control -d "$server" > /dev/null
kill $server; wait $server 2>/dev/null || true
trap - EXIT
dump=$out/search.callgrind.1  # the dump after the requests (the file without a number is the shutdown)
echo "== one /api/v1/experts request ($requests distinct requests, keep-alive), inclusive instructions"
breakdown "$dump"

# --- indexing ---
[ "$sample" = "-" ] && exit 0
rm -rf "$out/index"
valgrind --tool=callgrind --callgrind-out-file="$out/index.callgrind" "$build/wieweet-indexer" rebuild \
  --db "$out/index" --quiet --staff "$sample/staff.jsonl" --workshops "$sample/workshops.jsonl" \
  --documents "$sample/documents.jsonl" > "$out/indexer.log" 2>&1
echo
echo "== wieweet-indexer rebuild of $(cat "$sample"/*.jsonl | grep -c .) items, inclusive instructions"
breakdown "$out/index.callgrind"
