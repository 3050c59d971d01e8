#!/usr/bin/env bash
# The README's run command: installs what is needed, builds, generates and indexes the sample data
# (a fictional association of ~35 schools and ~7,000 staff), and serves the search page at
# http://127.0.0.1:8080 (WIEWEET_SERVER_PORT=... picks another port). Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh

# The generator is deterministic, so the data is regenerated only when the generator changed.
sample=var/sample
if [ ! -f "$sample/staff.jsonl" ] || [ scripts/generate_sample_data.py -nt "$sample/staff.jsonl" ]; then
  echo "quickstart: generating sample data into $sample"
  python3 scripts/generate_sample_data.py --out "$sample"
fi

echo "quickstart: indexing into var/index"
build/wieweet-indexer rebuild --db var/index --quiet \
  --staff "$sample/staff.jsonl" --workshops "$sample/workshops.jsonl" --documents "$sample/documents.jsonl"

echo "quickstart: serving; try  curl 'http://127.0.0.1:${WIEWEET_SERVER_PORT:-8080}/api/v1/experts?q=informatiebeveiliging'"
echo "quickstart: search page  http://127.0.0.1:${WIEWEET_SERVER_PORT:-8080}/   widget demo  http://127.0.0.1:${WIEWEET_SERVER_PORT:-8080}/widget-demo.html"
exec build/wieweet-server --db var/index --config config/wieweet.json
