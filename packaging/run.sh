#!/usr/bin/env bash
# Installs the dependencies, builds PolicyLens and starts it. On first run it opens a workspace in the
# user's data folder (~/.local/share/PolicyLens/PolicyLens/workspace.plens) with built-in samples.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build" --parallel "$(nproc)" --target policylens policylens-cli
exec "$root/build/app/policylens" "$@"
