#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for a bounded
# time from its seeds, the issue reproducers and the kept regression inputs (and the corpus files of
# its format, when ../shared is beside the checkout or PLENS_SHARED_DIR names it). Fails on a crash,
# a leak, an input slower than the bound (-timeout) or one needing more memory than the bound
# (-rss_limit_mb); what libFuzzer saved of such an input is in build-fuzz/artifacts/<target>/: fix
# it and add it to tests/fuzz/regressions/<target>/, so every build replays it (ctest -L fuzz).
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [INPUTS_DIR]
#   SECONDS_PER_TARGET  default 60; INPUTS_DIR  what fuzz_inputs wrote (default build/tests/fuzz/inputs)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-60}
inputs=$(cd "${2:-$root/build/tests/fuzz/inputs}" 2>/dev/null && pwd || echo "${2:-$root/build/tests/fuzz/inputs}")
shared=${PLENS_SHARED_DIR:-$root/../shared}
build="$root/build-fuzz"
slow=${PLENS_FUZZ_TIMEOUT:-20}        # seconds one input may take (instrumented build)
memory=${PLENS_FUZZ_RSS_MB:-2560}     # MB one input may use

if [ ! -d "$inputs" ]; then
    echo "run-fuzzers: no inputs in $inputs (run ctest -R fuzz_inputs in the normal build first)" >&2
    exit 1
fi
if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzers: clang++ not found (packaging/install-deps.sh installs clang and libclang-rt-dev)" >&2
    exit 1
fi
start=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DPLENS_FUZZ=ON -DPLENS_BUILD_TESTS=OFF ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
cmake --build "$build" --target fuzzers --parallel "$(nproc)"
echo "run-fuzzers: built in $(( $(date +%s) - start )) s"

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
corpus_ext() {
    case "$1" in
        text|numbers|extract) echo "txt" ;;
        html) echo "html htm" ;;
        docx) echo "docx" ;;
        pdf) echo "pdf" ;;
        ofd) echo "ofd" ;;
        *) echo "" ;;
    esac
}
failed=()
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    target=$(basename "$fuzzer"); target=${target#fuzz_}
    work="$build/corpus/$target"; artifacts="$build/artifacts/$target"
    rm -rf "$work" "$artifacts"; mkdir -p "$work" "$artifacts"
    dirs=()
    for d in "$inputs/$target/seeds" "$root/tests/fuzz/regressions/$target"; do
        [ -d "$d" ] && dirs+=("$d")
    done
    # Reproducers, except those whose fix has not landed (pending.txt).
    if [ -d "$inputs/$target/issue19" ]; then
        mkdir -p "$work.issue19"; rm -f "$work.issue19"/*
        for f in "$inputs/$target/issue19"/*; do
            grep -q "^$target/$(basename "$f")\b" "$root/tests/fuzz/pending.txt" || cp "$f" "$work.issue19/"
        done
        dirs+=("$work.issue19")
    fi
    if [ -d "$shared/corpus" ]; then
        mkdir -p "$work.shared"
        for ext in $(corpus_ext "$target"); do
            find "$shared/corpus" -type f -iname "*.$ext" -size -4M -exec cp {} "$work.shared/" \; 2>/dev/null || true
        done
        dirs+=("$work.shared")
    fi
    echo "run-fuzzers: $target for $seconds s from ${dirs[*]}"
    # libFuzzer looks at the clock between inputs; the outer timeout bounds the run whatever happens.
    if ! timeout --kill-after=10 $(( seconds + slow + 60 )) "$fuzzer" "$work" "${dirs[@]}" -max_total_time="$seconds" -timeout="$slow" -rss_limit_mb="$memory" \
            -max_len=1048576 -artifact_prefix="$artifacts/" -print_final_stats=1 -close_fd_mask=1 \
            > "$build/$target.log" 2>&1; then
        failed+=("$target")
        echo "run-fuzzers: $target FAILED (log: $build/$target.log; inputs: $artifacts)" >&2
        grep -E "ERROR|SUMMARY|Timeout|leak|out-of-memory" "$build/$target.log" | head -n 20 >&2 || true
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | tr '\n' ' ' \
            | sed "s/^/run-fuzzers: $target ok: /"; echo
    fi
done
echo "run-fuzzers: all targets in $(( $(date +%s) - start )) s"
[ ${#failed[@]} -eq 0 ] || { echo "run-fuzzers: failed: ${failed[*]}" >&2; exit 1; }
