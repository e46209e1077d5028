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
    # document libraries: Poppler (PDF), libzip (DOCX), gumbo (HTML), libxlsxwriter (XLSX), SQLite
    libpoppler-qt6-dev poppler-data libzip-dev libgumbo-dev libxlsxwriter-dev libsqlite3-dev
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
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
