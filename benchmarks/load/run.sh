#!/usr/bin/env bash
# The speed harness of issue 10 (docs/performance.md), one command:
#   1. builds Release in build-release/ (its own build directory; ccache when available);
#   2. generates the sample (scripts/generate_sample_data.py, default size unless --staff N) and the
#      non-repeating request stream (make_requests.py: judged queries combined, filters, pages 1-3);
#   3. indexes it: a timed full rebuild, peak RSS by /usr/bin/time -v;
#   4. starts wieweet-server (2 threads) and runs wrk at 1 and at 16 connections (experts.lua), each
#      over its own slice of the stream, so no request is answered twice;
#   5. with the server stopped, runs wieweet_search_peers: WieWeet in process beside the raw Xapian
#      match and SQLite FTS5 with the same Model-2 aggregation, interleaved query by query;
#   6. prints one table, with the machine's load average (absolute times drift on a shared machine;
#      the ratios are the figures to quote).
#
#   benchmarks/load/run.sh [--out DIR] [--duration SECONDS] [--staff N] [--peer-count N] [--skip-build]
#     --out DIR         work directory: sample, index, request stream, logs (default var/load)
#     --duration S      seconds of each wrk run (default 15)
#     --staff N         sample size (default: the generator's default, 7,000 staff)
#     --peer-count N    query texts for the in-process comparison (default 1000)
#     --skip-build      use build-release/ as it is
# Needs: cmake, a C++ compiler, python3, wrk, /usr/bin/time, libsqlite3-dev (scripts/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/var/load duration=15 staff="" peer_count=1000 skip_build=false threads=2
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --staff) staff=$2; shift 2 ;;
    --peer-count) peer_count=$2; shift 2 ;;
    --skip-build) skip_build=true; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for tool in wrk python3 cmake; do
  command -v $tool > /dev/null || { echo "run.sh: needs $tool (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "run.sh: needs /usr/bin/time (Debian package time)" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
build=$root/build-release
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. Release build.
if ! $skip_build; then
  launcher=()
  command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DWIEWEET_BUILD_TESTS=OFF -DWIEWEET_BUILD_BENCHMARKS=ON \
    "${launcher[@]}" > "$out/cmake.log"
  cmake --build "$build" -j2 --target wieweet-server wieweet-indexer wieweet_search_peers > "$out/build.log" ||
    { tail -30 "$out/build.log" >&2; exit 1; }
fi

# 2. Sample (regenerated only when the size asked for changes) and the request stream.
sample=$out/sample
if [ "$(cat "$sample/.staff" 2>/dev/null)" != "${staff:-default}" ]; then
  rm -rf "$sample"
  python3 "$root/scripts/generate_sample_data.py" --out "$sample" --quiet ${staff:+--staff "$staff"}
  echo "${staff:-default}" > "$sample/.staff"
fi
python3 "$root/benchmarks/load/make_requests.py" --queries "$root/benchmarks/relevance/queries.jsonl" \
  --staff "$sample/staff.jsonl" --out "$out/requests" 2> /dev/null

# 3. Full rebuild, timed; peak memory from /usr/bin/time -v.
rm -rf "$out/index"
start=$(date +%s.%N)
/usr/bin/time -v -o "$out/index.time" "$build/wieweet-indexer" rebuild --db "$out/index" \
  --staff "$sample/staff.jsonl" --workshops "$sample/workshops.jsonl" --documents "$sample/documents.jsonl" \
  > "$out/index.log" 2>&1 || { cat "$out/index.log" >&2; exit 1; }
# Evidence items as the indexer counts them (hidden staff are skipped, not indexed).
items=$(grep -o '[0-9]* evidence items' "$out/index.log" | cut -d' ' -f1)
index_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
index_cpu_s=$(awk -F: '/User time|System time/ {sum += $2} END {print sum}' "$out/index.time")
index_rss_mb=$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out/index.time")
items_per_s=$(awk -v n="$items" -v s="$index_s" 'BEGIN {print n / s}')

# 4. The server under wrk. The stream is split into slices: warm-up, 1 connection, 16 connections.
rm -f "$out/port"
"$build/wieweet-server" --db "$out/index" --port 0 --port-file "$out/port" --threads "$threads" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 400); do [ -s "$out/port" ] && break; sleep 0.05; done
url="http://127.0.0.1:$(cat "$out/port")"
curl -sf "$url/readyz" > /dev/null
paths=$out/requests.paths
total=$(wc -l < "$paths")
run_wrk() {  # CONNECTIONS SECONDS START COUNT
  local wrk_threads=$(( $1 < 2 ? 1 : 2 ))
  wrk -t"$wrk_threads" -c"$1" -d"$2s" --latency -s "$root/benchmarks/load/experts.lua" "$url" -- \
    "$paths" "$3" "$4" "$wrk_threads" | tee -a "$out/wrk.log" | grep '^LOAD '
}
: > "$out/wrk.log"
run_wrk 1 2 0 2000 > /dev/null
one=$(run_wrk 1 "$duration" 2000 $(( (total - 2000) / 3 )))
sixteen=$(run_wrk 16 "$duration" $(( 2000 + (total - 2000) / 3 )) $(( (total - 2000) * 2 / 3 )))
server_rss_mb=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' /proc/$server/status)
kill $server; wait $server 2>/dev/null || true
trap - EXIT

# 5. In process, side by side: WieWeet, raw get_mset, SQLite FTS5 + Model 2.
"$build/benchmarks/wieweet_search_peers" --index "$out/index" --sample "$sample" --texts "$out/requests.texts" \
  --count "$peer_count" --judged "$out/requests.judged" --summary "$out/peers.summary" > "$out/peers.log"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# 6. One table.
field() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
peer() { awk -F= -v k="$1" '$1 == k {print $2}' "$out/peers.summary"; }
http_row() {  # LABEL LOADLINE
  local requests seconds
  requests=$(field "$2" requests) seconds=$(field "$2" seconds)
  printf "| %s | %s | %s | %.0f | %s MB | %s |\n" "$1" "$(field "$2" p50_ms)" "$(field "$2" p99_ms)" \
    "$(awk -v n="$requests" -v s="$seconds" 'BEGIN {print n / s}')" "$server_rss_mb" \
    "$(field "$2" non2xx) (socket errors $(field "$2" socket_errors), stream wrapped $(field "$2" wrapped)x)"
}
echo
echo "WieWeet speed harness, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $load_before (start) / $load_after (end)"
echo "sample: $items evidence items; $total distinct requests; wrk ${duration}s per row; server $threads threads"
echo
echo "| measure | value |"
echo "|---|---|"
printf "| WieWeet full rebuild | %.1f s, %.0f items/s; CPU %.1f s, %.0f items per CPU second; peak RSS %s MB |\n" \
  "$index_s" "$items_per_s" "$index_cpu_s" "$(awk -v n="$items" -v s="$index_cpu_s" 'BEGIN {print n / s}')" "$index_rss_mb"
printf "| SQLite FTS5 table build (in memory, same items) | %.0f items/s |\n" "$(peer fts5_items_per_s)"
echo
echo "| system | p50 ms | p99 ms | req/s | RSS | non-2xx |"
echo "|---|---|---|---|---|---|"
http_row "WieWeet HTTP, 1 connection" "$one"
http_row "WieWeet HTTP, 16 connections" "$sixteen"
for system in wieweet_inprocess xapian_get_mset fts5_model2; do
  printf "| %s (in process, 1 thread, %s time) | %.3f | %.3f | %.0f | | |\n" "$system" "$(peer clock)" "$(peer ${system}_p50_ms)" \
    "$(peer ${system}_p99_ms)" "$(peer ${system}_qps)"
done
echo
printf "ratios, per query, same run: WieWeet in process / raw get_mset median %.1fx (p90 %.1fx); " \
  "$(peer ratio_raw_median)" "$(peer ratio_raw_p90)"
printf "WieWeet / FTS5 median %.2fx; judged queries within 3x of get_mset: %s\n" "$(peer ratio_fts5_median)" \
  "$(peer judged_within_3x)"
echo "details: $out/peers.log (stages, per judged query), $out/wrk.log, $out/index.time"
