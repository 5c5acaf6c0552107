#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command in a private D-Bus session with its own unlocked GNOME Keyring (Secret
# Service), then stops the keyring by its pid and removes its folder. The real-keychain
# tests run under it, so they pass headless and as root (CI) and never touch the user's
# own keyring.   run-with-keyring.sh COMMAND [ARGS...]
set -u
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-with-keyring: $tool is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
done
root=$(mktemp -d)
mkdir -p "$root/home" "$root/config" "$root/data" "$root/runtime"
chmod 700 "$root" "$root/runtime"
HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
XDG_RUNTIME_DIR="$root/runtime" RAPPORT_KEYRING_ROOT="$root" \
dbus-run-session -- sh -c '
    printf %s rapport-test | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$keyring" 2>/dev/null; then
            echo "run-with-keyring: gnome-keyring-daemon did not start" >&2
            kill "$keyring" 2>/dev/null; wait "$keyring" 2>/dev/null
            exit 1
        fi
        sleep 0.05
    done
    "$@"; rc=$?
    kill "$keyring" 2>/dev/null; wait "$keyring" 2>/dev/null
    exit $rc' run-with-keyring "$@"
rc=$?
rm -rf "$root"
exit $rc
