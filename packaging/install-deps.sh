#!/usr/bin/env bash
# Installs everything PolicyLens needs to build, run and test on Debian 12 / Ubuntu 22.04+.
# The one list of build dependencies: README's commands and .ci/run call this script.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git python3
    # Qt 6: widgets, SQL (SQLite driver), charts, SVG, print support, Linguist tools, offscreen/xcb platforms
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
    # team workspaces: Qt's PostgreSQL driver, the keychain for their passwords; the PostgreSQL server
    # and pg_trgm (contrib) for the tests, which start a throw-away server; openssl makes its TLS key
    libqt6sql6-psql qtkeychain-qt6-dev postgresql postgresql-contrib openssl
    # document libraries: Poppler (PDF), libzip (DOCX, OFD), gumbo (HTML), libxlsxwriter (XLSX), SQLite
    libpoppler-qt6-dev poppler-data libzip-dev libgumbo-dev libxlsxwriter-dev libsqlite3-dev
    # text recognition of scanned pages: Tesseract 5 and its Chinese (horizontal, vertical) and English
    # models; the tesseract command is the OCR benchmark's reference
    libtesseract-dev tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-sim-vert tesseract-ocr-eng
    # LibreOffice Writer without a GUI: converts .doc/.wps/.rtf to DOCX at import (found at run time)
    libreoffice-writer-nogui
    # fonts for CJK rendering and PDF export; reference tools used by tests and benchmarks
    fonts-noto-cjk poppler-utils
    # quality gates and headless GUI runs
    clang-format clang-tidy xvfb xauth
    # packaging checks: .deb tools, desktop entry and AppStream validators
    dpkg-dev file desktop-file-utils appstream
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
updated=0
# The fuzz targets (tests/fuzz, .ci/run) need clang and its libFuzzer runtime (Debian 12: clang and
# libclang-rt-dev); where a distribution names them otherwise they are left out and run-fuzzers.sh
# says so. A fresh machine has no package lists yet: they are fetched first, else apt-cache knows nothing.
if ! apt-cache show build-essential >/dev/null 2>&1; then
    $SUDO apt-get update
    updated=1
fi
for p in clang libclang-rt-dev; do
    if apt-cache show "$p" >/dev/null 2>&1; then
        packages+=("$p")
    fi
done
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
[ "$updated" -eq 1 ] || $SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
