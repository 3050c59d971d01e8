#!/usr/bin/env bash
# Configures and builds WieWeet into ./build (binaries: build/wieweet-indexer, build/wieweet-server).
# Extra arguments go to CMake, e.g. scripts/build.sh -DWIEWEET_BUILD_BENCHMARKS=ON
# BUILD_DIR=dir builds elsewhere (scripts/test.sh builds the sanitizer variants into build-asan and
# build-tsan).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
mkdir -p "$build_dir"
launcher=()
# ccache, when installed, makes the second build of the same sources (and re-runs) cheap. Paths are
# hashed relative to the checkout, so another clone of the same sources hits the same cache.
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
fi
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" > "$build_dir/configure.log" 2>&1 ||
  { cat "$build_dir/configure.log"; exit 1; }
# BUILD_TARGETS="a b" builds only those targets (scripts/test.sh's ThreadSanitizer build).
targets=()
for target in ${BUILD_TARGETS:-}; do targets+=(--target "$target"); done
cmake --build "$build_dir" -j "$(nproc)" "${targets[@]}"
