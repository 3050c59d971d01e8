#!/usr/bin/env bash
# Load test of the real server on loopback: starts wieweet-server over INDEX, runs wrk against it
# (bounded: DURATION seconds, CONNECTIONS connections), prints wrk's report and the server's memory.
#   benchmarks/load/run.sh var/index [DURATION=20] [CONNECTIONS=16] [SERVER_THREADS=2]
set -euo pipefail
index=$1 duration=${2:-20} connections=${3:-16} threads=${4:-2}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/wieweet-load-XXXXXX")
"$root/build/wieweet-server" --db "$index" --port 0 --port-file "$work/port" --threads "$threads" > "$work/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do [ -s "$work/port" ] && break; sleep 0.05; done
url="http://127.0.0.1:$(cat "$work/port")"
curl -sf "$url/readyz" > /dev/null
# Warm up: every query once, so the first measured requests do not pay for cold caches.
wrk -t1 -c1 -d2s -s "$root/benchmarks/load/experts.lua" "$url" > /dev/null
wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" --latency -s "$root/benchmarks/load/experts.lua" "$url"
echo "server RSS: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)  peak: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
