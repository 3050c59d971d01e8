#!/usr/bin/env bash
# Configures and builds WieWeet into ./build (binaries: build/wieweet-indexer, build/wieweet-server).
# Extra arguments go to CMake, e.g. scripts/build.sh -DWIEWEET_BUILD_BENCHMARKS=ON
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > build/configure.log 2>&1 || { cat build/configure.log; exit 1; }
cmake --build build -j "$(nproc)"
