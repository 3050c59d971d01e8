#!/usr/bin/env bash
# Installs the Debian 12 packages WieWeet needs, and only those that are missing (safe to re-run).
#   scripts/install-deps.sh              build and run
#   scripts/install-deps.sh --for-tests  also the browser-test tools (chromium, node, npm)
#   scripts/install-deps.sh --for-fuzzing  also clang and libFuzzer (scripts/fuzz.sh)
# Runs apt-get through sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config    # compiler and build
  ccache                              # compiler cache: rebuilds (e.g. the sanitizer build) reuse work
  libxapian-dev                       # search engine library (Xapian 1.4)
  libboost1.81-dev                    # Boost.Beast / Asio (header-only parts)
  rapidjson-dev                       # JSON parsing and writing
  libspdlog-dev                       # logging (brings libfmt-dev)
  zlib1g-dev                          # gzip of the web assets the server embeds
  libgtest-dev libbenchmark-dev       # tests and benchmarks
  wdutch                              # Dutch word list for splitting compounds (analysis.compound_words_file)
  libcli11-dev                        # command-line parsing of both binaries (header-only)
  libpoppler-cpp-dev                  # PDF text for document files (src/ingest/sources/pdf_text.cpp)
  libxml2-dev                         # HTML and DOCX XML for document files
  libzip-dev                          # DOCX archives for document files
  python3                             # the sample-data generator
  curl ca-certificates
  libsqlite3-dev wrk time valgrind    # benchmarks/load/run.sh: the FTS5 peer, HTTP load, peak memory, profiles
)
if [ "${1:-}" = "--for-tests" ]; then
  packages+=(chromium)                # the real browser for tests/browser (never a downloaded one)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if [ "${1:-}" = "--for-fuzzing" ]; then
  packages+=(clang-16 libclang-rt-16-dev)  # libFuzzer and the sanitizer runtimes for clang
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
