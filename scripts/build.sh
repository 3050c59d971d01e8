#!/usr/bin/env bash
# Configures and builds WieWeet into ./build (binaries: build/wieweet-indexer, build/wieweet-server).
# Extra arguments go to CMake, e.g. scripts/build.sh -DWIEWEET_BUILD_BENCHMARKS=ON
# BUILD_DIR=dir builds elsewhere (scripts/test.sh builds the sanitizer variant into build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
mkdir -p "$build_dir"
launcher=()
# ccache, when installed, makes the second build of the same sources (and re-runs) cheap.
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" > "$build_dir/configure.log" 2>&1 ||
  { cat "$build_dir/configure.log"; exit 1; }
cmake --build "$build_dir" -j "$(nproc)"
