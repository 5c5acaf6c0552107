#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the AppStream screenshots (packaging/screenshots/*.png, listed in the metainfo) of
# the real application on a demo project, under Xvfb at 1280x800:
#   packaging/screenshots/take-screenshots.sh [BUILD_DIR]
# Needs xvfb-run, xdotool and ImageMagick's import. Retake them when the window changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
       XDG_RUNTIME_DIR="$work/run" LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$build/app/rapport-cli" new "$work/Community.rapport" --demo small >/dev/null

# shot NAME ACTIONS...: start Rapport on the demo, run each ACTION as xdotool arguments
# (there is no window manager to give keyboard focus, so: clicks), grab the screen.
shot() {
    name=$1; shift
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" sh -c '
        out=$1; shift
        "$0" -geometry 1280x800+0+0 "$WORK/Community.rapport" & app=$!
        sleep 4
        for action in "$@"; do xdotool $action; sleep 1.5; done
        import -window root "$out"
        kill $app; wait $app' \
        "$build/app/rapport" "$here/$name.png" "$@"
    echo "$here/$name.png"
}
export WORK="$work"
# The sidebar: People at y 72, Audiences 102, Campaigns 132 (the window's top left is 0,0).
shot people "mousemove 210 234 click 1"
shot audiences "mousemove 65 102 click 1"
shot campaigns "mousemove 68 132 click 1" "mousemove 255 101 click 1"
