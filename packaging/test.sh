#!/usr/bin/env bash
# Installs the dependencies, builds PolicyLens and runs the whole test suite (benchmarks excluded).
#   packaging/test.sh              normal build in build/
#   packaging/test.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer build in build-asan/
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"

build="$root/build"
sanitize=OFF
type=RelWithDebInfo
if [ "${1:-}" = "--sanitize" ]; then
    build="$root/build-asan"
    sanitize=ON
    type=Debug
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=$type -DPLENS_WERROR=ON -DPLENS_SANITIZE=$sanitize
cmake --build "$build" --parallel "$(nproc)"
ctest --test-dir "$build" -LE bench --output-on-failure --parallel "$(nproc)"
