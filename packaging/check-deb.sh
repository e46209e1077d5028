#!/usr/bin/env bash
# Builds the .deb from an existing build folder, unpacks it into a temporary root and runs the installed
# programs from there: `policylens-cli --version`, an extraction of a sample, and the GUI's About box
# check (offscreen). Also validates the desktop entry and the AppStream metainfo.
#   packaging/check-deb.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)

cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/policylens_*.deb | head -n 1)
echo "check-deb: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Recommends\):/check-deb: \1:/p'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
cli="$tmp/root/usr/bin/policylens-cli"
for f in usr/bin/policylens usr/bin/policylens-cli \
         usr/share/applications/org.policylens.PolicyLens.desktop \
         usr/share/metainfo/org.policylens.PolicyLens.metainfo.xml \
         usr/share/mime/packages/org.policylens.PolicyLens.xml \
         usr/share/icons/hicolor/scalable/apps/org.policylens.PolicyLens.svg \
         usr/share/icons/hicolor/48x48/apps/org.policylens.PolicyLens.png \
         usr/share/icons/hicolor/256x256/apps/org.policylens.PolicyLens.png; do
    [ -e "$tmp/root/$f" ] || { echo "check-deb: $f is missing from the package" >&2; exit 1; }
done
desktop-file-validate "$tmp/root/usr/share/applications/org.policylens.PolicyLens.desktop"
appstreamcli validate --no-net --pedantic "$tmp/root/usr/share/metainfo/org.policylens.PolicyLens.metainfo.xml" \
    || appstreamcli validate --no-net "$tmp/root/usr/share/metainfo/org.policylens.PolicyLens.metainfo.xml"

version=$("$cli" --version)
expected="policylens-cli $(sed -n 's/^Version: //p' <(dpkg-deb --field "$deb"))"
[ "$version" = "$expected" ] || { echo "check-deb: '$version' is not '$expected'" >&2; exit 1; }
echo "check-deb: installed $version"

# The installed CLI reads a document and finds its commitments (translations and resources are embedded).
sample="$tmp/示例 规划.txt"
printf '%s\n' '示例市数字经济发展规划' '到2025年，全市建成5G基站超2万个，数据中心标准机架达到3万架。' > "$sample"
if "$cli" --help | grep -q '^  extract'; then
    "$cli" extract "$sample" --format jsonl > "$tmp/out.jsonl"
    n=$(grep -c '"kind"' "$tmp/out.jsonl" || true)
    [ "$n" -ge 2 ] || { echo "check-deb: the installed extractor found $n figures in the sample, expected 2" >&2; exit 1; }
    echo "check-deb: installed extractor found $n figures"
else
    echo "check-deb: policylens-cli has no extract command" >&2
    exit 1
fi
LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=zh_CN "$cli" --help | head -n 1
echo "check-deb: ok"
