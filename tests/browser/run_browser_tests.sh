#!/usr/bin/env bash
# Runs node tests against the real server over the fixture index (tests/data/sample plus the
# browser tests' own people in tests/browser/data): by default every browser test of the search
# page, the person page and the widget; a third argument names other test files instead
# (openapi_contract.test.mjs).
# Usage: run_browser_tests.sh PATH/TO/wieweet-indexer PATH/TO/wieweet-server [TEST_FILE...]
# Needs node, /usr/bin/chromium and `npm ci` in tests/browser (scripts/test.sh provides all three).
# Screenshots go to $WIEWEET_ARTIFACTS (CTest: <build>/browser-artifacts; else tests/browser/artifacts).
set -euo pipefail
indexer=$(realpath "$1")
server=$(realpath "$2")
shift 2
if [ $# -gt 0 ]; then tests=("$@"); else tests=(search_page.test.mjs person_page.test.mjs widget.test.mjs accessibility.test.mjs); fi
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data/sample"
extra="$here/data"

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

cat "$data/staff.jsonl" "$extra/staff.jsonl" > "$work/staff.jsonl"
cat "$data/documents.jsonl" "$extra/documents.jsonl" > "$work/documents.jsonl"
"$indexer" rebuild --db "$work/db" --staff "$work/staff.jsonl" --workshops "$data/workshops.jsonl" \
  --documents "$work/documents.jsonl" > "$work/indexer.log" 2>&1 || { cat "$work/indexer.log"; exit 1; }
"$server" --db "$work/db" --port 0 --port-file "$work/port" --threads 2 > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  [ -s "$work/port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.05
done
[ -s "$work/port" ] || { echo "server did not start" >&2; cat "$work/server.log"; exit 1; }

cd "$here"
# The widget test starts servers of its own (another CORS configuration) over the same index.
WIEWEET_BASE_URL="http://127.0.0.1:$(cat "$work/port")" WIEWEET_BROWSER_SERVER_BIN="$server" WIEWEET_BROWSER_DB="$work/db" \
  node --test --test-concurrency=1 "${tests[@]}"
