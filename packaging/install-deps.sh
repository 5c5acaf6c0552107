#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Rapport needs to build, run and test. Idempotent: when
# everything is present it installs nothing and prints nothing. Run as root (or via sudo).
#   packaging/install-deps.sh           build + run + test
set -eu

# Build: compiler, CMake, Qt 6 (Widgets, Charts, Sql, Svg, PrintSupport, Test, Linguist),
# QtKeychain, zstd (compressed activity segments), SQLite headers (bulk loading through the
# driver's handle), libpq (bulk COPY to and from team workspaces), CRoaring (engine bitmaps), QuaZip (xlsx), Google Benchmark.
BUILD="build-essential cmake ninja-build pkgconf
qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libgl-dev
libzstd-dev libsqlite3-dev libpq-dev libroaring-dev libquazip1-qt6-dev libbenchmark-dev"
# Run and test: the keychain daemon and bus, PostgreSQL for team workspaces, CJK fonts and
# Noto for the other scripts people's names are written in (Devanagari, Arabic, Thai, …),
# Xvfb for screenshots, poppler for checking PDFs, packaging checks.
RUN="gnome-keyring libsecret-1-0 dbus postgresql fonts-noto-cjk fonts-noto-core xvfb xauth
imagemagick poppler-utils lintian desktop-file-utils appstream shared-mime-info man-db dpkg-dev file locales"

missing=""
for p in $BUILD $RUN; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *" installed") ;;
        *) missing="$missing $p" ;;
    esac
done
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
# The tests run in en_US.UTF-8 and zh_CN.UTF-8 (number and date formats are checked).
for loc in en_US zh_CN; do
    locale -a 2>/dev/null | grep -qi "^$loc.utf-\?8$" || $SUDO localedef -i "$loc" -f UTF-8 "$loc.UTF-8"
done
