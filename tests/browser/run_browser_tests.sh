#!/usr/bin/env bash
# Runs node tests against the real server over the fixture index: by default the browser tests of
# the search page; a third argument names another test file (openapi_contract.test.mjs).
# Usage: run_browser_tests.sh PATH/TO/wieweet-indexer PATH/TO/wieweet-server [TEST_FILE]
# Needs node, /usr/bin/chromium and `npm ci` in tests/browser (scripts/test.sh provides all three).
set -euo pipefail
indexer=$1
server=$2
tests=${3:-search_page.test.mjs}
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data/sample"

if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "tests/browser/node_modules is missing: run 'npm ci --prefix tests/browser' (scripts/test.sh does)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/wieweet-browser-XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$indexer" rebuild --db "$work/db" --staff "$data/staff.jsonl" --workshops "$data/workshops.jsonl" \
  --documents "$data/documents.jsonl" > "$work/indexer.log" 2>&1 || { cat "$work/indexer.log"; exit 1; }
"$server" --db "$work/db" --port 0 --port-file "$work/port" --threads 2 > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  [ -s "$work/port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.05
done
[ -s "$work/port" ] || { echo "server did not start" >&2; cat "$work/server.log"; exit 1; }

cd "$here"
WIEWEET_BASE_URL="http://127.0.0.1:$(cat "$work/port")" node --test "$tests"
