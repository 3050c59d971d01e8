#!/usr/bin/env bash
# The README's test command (and CI's): installs what is needed, builds with warnings as errors, and
# runs every test — unit, integration (real binaries, real HTTP) and browser (real chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --for-tests
# The browser tests' npm packages, exactly as locked (playwright-core, which downloads no browser;
# ajv; axe-core).
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
scripts/build.sh -DWIEWEET_WERROR=ON -DWIEWEET_BUILD_TESTS=ON -DWIEWEET_BUILD_BENCHMARKS=ON
cd build
ctest --output-on-failure -j "$(nproc)"
