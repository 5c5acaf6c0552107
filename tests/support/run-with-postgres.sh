#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Rapport authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command against its own PostgreSQL server: initdb in a temporary folder, start it
# listening on 127.0.0.1 only (a free port picked here), run the command with the
# connection in the environment, then stop the server by its data folder and remove it.
# The workspace tests run under it, so they pass headless and as root (CI) and never touch
# a server of the machine's own.   run-with-postgres.sh COMMAND [ARGS...]
#
# The command sees RAPPORT_TEST_PG_HOST, _PORT, _USER (a superuser), _PASSWORD and
# RAPPORT_TEST_PG_BIN (the server's program folder, for psql). RAPPORT_PG_OPTIONS adds server
# settings (e.g. "-c shared_buffers=1GB" for a benchmark).
set -u
bin=$(pg_config --bindir 2>/dev/null)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "run-with-postgres: initdb is missing (packaging/install-deps.sh installs postgresql)" >&2
    exit 1
fi
root=$(mktemp -d)
password=rapport-test-$$
printf '%s\n' "$password" >"$root/pw"
as_server() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses root: the server runs as the postgres account.
    chown -R postgres: "$root"
    as_server() { runuser -u postgres -- "$@"; }
fi
if ! as_server "$bin/initdb" -D "$root/data" -U postgres --pwfile="$root/pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$root/initdb.log" 2>&1; then
    echo "run-with-postgres: initdb failed:" >&2
    cat "$root/initdb.log" >&2
    rm -rf "$root"
    exit 1
fi
started=""
tries=0
while [ -z "$started" ] && [ "$tries" -lt 20 ]; do
    tries=$((tries + 1))
    port=$(( 20000 + ( $(od -An -N2 -tu2 /dev/urandom) % 40000 ) ))
    if as_server "$bin/pg_ctl" -D "$root/data" -l "$root/log" -w -t 30 -o \
            "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=40 ${RAPPORT_PG_OPTIONS:-}" \
            start >/dev/null 2>&1; then
        started=$port
    fi
done
if [ -z "$started" ]; then
    echo "run-with-postgres: the server did not start:" >&2
    tail -n 20 "$root/log" >&2
    rm -rf "$root"
    exit 1
fi
RAPPORT_TEST_PG_HOST=127.0.0.1 RAPPORT_TEST_PG_PORT=$started RAPPORT_TEST_PG_USER=postgres \
RAPPORT_TEST_PG_PASSWORD=$password RAPPORT_TEST_PG_BIN=$bin "$@"
rc=$?
as_server "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$root"
exit $rc
