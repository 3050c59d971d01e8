#!/usr/bin/env bash
# The README's test command (and CI's): installs what is needed, then
#   1. builds with warnings as errors and runs every test — unit, integration (real binaries, real
#      HTTP), fuzz-corpus replay, soak, and browser (real chromium);
#   2. builds again with AddressSanitizer + UndefinedBehaviorSanitizer (scripts/build.sh's
#      WIEWEET_SANITIZE) and runs the unit, integration, fuzz-replay and soak tests under them. Any
#      sanitizer report, in a test or in a server/indexer process a test started, fails the run;
#   3. builds the concurrency tests with ThreadSanitizer and runs them (searchers on their own threads
#      while a writer updates and rebuilds the index).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --for-tests
# The browser tests' npm packages, exactly as locked (playwright-core, which downloads no browser;
# ajv; axe-core).
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

echo "== release build: every test =="
scripts/build.sh -DWIEWEET_WERROR=ON -DWIEWEET_BUILD_TESTS=ON -DWIEWEET_BUILD_BENCHMARKS=ON
(cd build && ctest --output-on-failure -j "$(nproc)")

echo "== sanitizer build (ASan + UBSan): unit, integration, fuzz replay, soak =="
reports="$PWD/build-asan/sanitizer-reports"
BUILD_DIR=build-asan scripts/build.sh -DWIEWEET_WERROR=ON -DWIEWEET_BUILD_TESTS=ON -DWIEWEET_SANITIZE=ON \
  -DWIEWEET_BROWSER_TESTS=OFF -DWIEWEET_BUILD_BENCHMARKS=OFF
rm -rf "$reports" && mkdir -p "$reports"
# Reports go to files as well as stderr, so one from a server process a test started (whose stderr
# the test may not show) still fails the run below.
export ASAN_OPTIONS="log_path=$reports/asan:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1:halt_on_error=1"
status=0
(cd build-asan && ctest --output-on-failure -j "$(nproc)") || status=$?
if compgen -G "$reports/*" > /dev/null; then
  echo "sanitizer reports:"
  cat "$reports"/*
  status=1
fi
[ "$status" -eq 0 ] || exit "$status"

echo "== ThreadSanitizer build: concurrency tests =="
BUILD_DIR=build-tsan BUILD_TARGETS=wieweet_concurrency_tests scripts/build.sh -DWIEWEET_WERROR=ON \
  -DWIEWEET_BUILD_TESTS=ON -DWIEWEET_TSAN=ON -DWIEWEET_BROWSER_TESTS=OFF -DWIEWEET_BUILD_BENCHMARKS=OFF
(cd build-tsan && TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1" \
  ctest --output-on-failure -R '^concurrency\.')
