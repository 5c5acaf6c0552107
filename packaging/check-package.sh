#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from a build tree, lints it, installs it, runs the installed
# programs against a demo project, and removes it again:
#   packaging/check-package.sh [BUILD_DIR]      (default: build)
# CI runs it after the test suite (.ci/run). It installs a package, so it needs root (or
# sudo); it refuses to replace a rapport package installed by someone else.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' rapport 2>/dev/null | grep -q " installed"; then
    fail "a rapport package is already installed; remove it first (apt-get remove rapport)"
fi

work=$(mktemp -d)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' rapport 2>/dev/null | grep -q " installed"; then
        $SUDO dpkg --purge rapport >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB"
rm -f "$build"/rapport_*.deb
(cd "$build" && cpack -G DEB -B "$build" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$build"/rapport_*.deb)
echo "$deb"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $1, $6}'

step "lintian --fail-on error,warning"
# Info tags are shown too, for the record; only errors and warnings fail.
if ! lintian --fail-on error,warning --display-info \
        "$deb" >"$work/lintian.log" 2>&1; then
    cat "$work/lintian.log"
    fail "lintian found errors or warnings"
fi
grep -v 'running with root privileges' "$work/lintian.log" || true
echo "lintian: no errors, no warnings"

step "declared run-time dependencies"
# Plugins Qt and QtKeychain open with dlopen are invisible to dpkg-shlibdeps: the package
# that holds each must be among the declared Depends.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
plugins=$(qtpaths6 --plugin-dir 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
for plugin in sqldrivers/libqsqlite.so iconengines/libqsvgicon.so imageformats/libqsvg.so \
              platforms/libqxcb.so; do
    owner=$(dpkg -S "$plugins/$plugin" | cut -d: -f1)
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$owner" ||
        fail "$plugin is in $owner, which the package does not depend on"
    echo "$plugin: $owner"
done
echo "$depends" | grep -q 'libsecret-1-0' || fail "QtKeychain's libsecret is not declared"

step "install"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "the package does not install"; }
dpkg-query -W rapport
for f in /usr/bin/rapport /usr/bin/rapport-cli \
         /usr/share/applications/io.github.rapportdesk.Rapport.desktop \
         /usr/share/metainfo/io.github.rapportdesk.Rapport.metainfo.xml \
         /usr/share/mime/packages/io.github.rapportdesk.Rapport.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.rapportdesk.Rapport.svg \
         /usr/share/man/man1/rapport.1.gz /usr/share/man/man1/rapport-cli.1.gz \
         /usr/share/doc/rapport/copyright /usr/share/doc/rapport/changelog.gz; do
    [ -e "$f" ] || fail "$f is missing after installing"
done
if ldd /usr/bin/rapport /usr/bin/rapport-cli | grep 'not found'; then
    fail "a shared library is missing"
fi
desktop-file-validate /usr/share/applications/io.github.rapportdesk.Rapport.desktop
appstreamcli validate --no-net --no-color /usr/share/metainfo/io.github.rapportdesk.Rapport.metainfo.xml
if [ -e /usr/share/mime/types ]; then # shared-mime-info's trigger ran
    grep -qx 'application/x-rapport' /usr/share/mime/types || fail "the MIME type is not registered"
    echo "MIME type registered: application/x-rapport"
fi

step "run the installed programs"
# A user of their own: every XDG folder in the work folder, nothing shared with the CI user.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
       XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
touch "$work/stamp"
cd "$work"
command -v rapport-cli
rapport-cli --version
rapport-cli new demo.rapport --demo small
rapport-cli info demo.rapport
rapport-cli info demo.rapport --json >info.json
grep -q '"people":2000' info.json || fail "rapport-cli info --json does not count the demo's 2,000 people"
rapport --version

# The window opens the project (SQLite driver, platform and SVG plugins as installed): its
# lock file appears; a second launch hands a file over and exits; SIGTERM releases the lock.
rapport demo.rapport 2>"$work/rapport.log" &
app_pid=$!
i=0
until [ -e demo.rapport.lock ]; do
    i=$((i + 1)); [ $i -le 100 ] || { cat "$work/rapport.log"; fail "rapport did not open the project"; }
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/rapport.log"; fail "rapport exited"; }
    sleep 0.1
done
echo "rapport opened demo.rapport (pid $app_pid)"
rapport-cli new second.rapport
timeout 20 rapport second.rapport || fail "a second rapport did not hand its file over"
i=0
until [ -e second.rapport.lock ] && [ ! -e demo.rapport.lock ]; do
    i=$((i + 1)); [ $i -le 100 ] || fail "the running rapport did not open the handed-over file"
    sleep 0.1
done
echo "a second launch handed second.rapport to the running window"
kill -TERM "$app_pid"
wait "$app_pid" || true
app_pid=""
[ ! -e second.rapport.lock ] || fail "rapport left its lock behind"
[ -e "$XDG_CONFIG_HOME/rapportdesk/Rapport.conf" ] || fail "no settings in \$XDG_CONFIG_HOME"
written=$(find /usr/bin /usr/share/rapport /usr/share/doc/rapport -newer "$work/stamp" 2>/dev/null || true)
[ -z "$written" ] || fail "written beside the program: $written"
echo "settings in \$XDG_CONFIG_HOME/rapportdesk/Rapport.conf; nothing written beside the program"
cd /

step "remove"
$SUDO dpkg --purge rapport >/dev/null
[ ! -e /usr/bin/rapport-cli ] || fail "rapport-cli is still there after removing the package"
! dpkg-query -W -f='${Status}' rapport 2>/dev/null | grep -q " installed" || fail "still installed"
echo "removed"
printf '\ncheck-package: %s built, lint-clean, installed, ran and removed\n' "$(basename "$deb")"
