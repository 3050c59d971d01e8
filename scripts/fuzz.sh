#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/, docs/fuzzing.md) for SECONDS each (default 60):
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Builds them with clang-16 into build-fuzz (-DWIEWEET_FUZZ=ON: ASan + UBSan + coverage), starts each
# from its committed seed corpus, and writes what it discovers to build-fuzz/corpus/<target> (the
# committed corpus is only read). A crash leaves its input in build-fuzz/crashes/<target>/ and makes
# this script exit 1; a summary line per target (runs, coverage, result) is printed at the end and
# kept in build-fuzz/fuzz-summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all_targets=(record_parser csv query_string query_path snippets config http_request)
if (($#)); then targets=("$@"); else targets=("${all_targets[@]}"); fi

# Longest input per target: a JSONL line, a small CSV file, a query string, a query with parameters,
# a snippet's text, a config file, an HTTP request head (past the 8 KiB header limit).
declare -A max_len=([record_parser]=4096 [csv]=4096 [query_string]=2048 [query_path]=600 [snippets]=4096
                    [config]=4096 [http_request]=12288)

scripts/install-deps.sh --for-fuzzing
build_dir=build-fuzz
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
mkdir -p "$build_dir"
CC=clang-16 CXX=clang++-16 cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
  -DWIEWEET_FUZZ=ON -DWIEWEET_BUILD_TESTS=OFF -DWIEWEET_BUILD_BENCHMARKS=OFF > "$build_dir/configure.log" 2>&1 ||
  { cat "$build_dir/configure.log"; exit 1; }
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
summary="$build_dir/fuzz-summary.txt"
: > "$summary"
status=0
for target in "${targets[@]}"; do
  work="$build_dir/corpus/$target"
  crashes="$build_dir/crashes/$target"
  mkdir -p "$work" "$crashes"
  dict=()
  [[ -f "fuzz/$target.dict" ]] && dict=(-dict="fuzz/$target.dict")
  echo "== $target: ${seconds}s =="
  log="$build_dir/fuzz-$target.log"
  result=ok
  # New inputs go to the first corpus directory (the scratch one); the committed seeds are only read.
  "$build_dir/fuzz/${target}_fuzzer" "$work" "fuzz/corpus/$target" "${dict[@]}" -max_total_time="$seconds" \
    -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$crashes/" > "$log" 2>&1 || result=CRASH
  # The last status line: "#N DONE cov: C ft: F corp: ..." (or the last one before a crash).
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  line="$target: ${seconds}s, result $result, ${last:-no status line}"
  echo "$line" | tee -a "$summary"
  if [[ "$result" != ok ]]; then
    status=1
    grep -E 'ERROR|SUMMARY|fuzz check failed|Test unit written' "$log" | head -n 10 || true
    echo "full log: $log"
  fi
done
echo "== summary ($summary) =="
cat "$summary"
exit "$status"
