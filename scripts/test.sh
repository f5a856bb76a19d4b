#!/usr/bin/env bash
# Installs what is missing, builds in ./build, starts a throwaway PostgreSQL server, runs the whole
# ctest suite against it and stops the server. Exits with ctest's status.
#
#   ./scripts/test.sh [extra ctest arguments, e.g. -L engine or -R tst_config]
#
# Environment: RETORT_BUILD_DIR (default ./build), RETORT_BUILD_TYPE (first configure only),
# RETORT_JOBS (default 2), RETORT_TEST_TIMEOUT (seconds per test, default 600),
# RETORT_SKIP_APT=1 (never call apt-get), RETORT_NO_PG=1 (run without PostgreSQL).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ "${RETORT_SKIP_APT:-0}" != 1 ]; then
    ensure_packages
fi
build_project

PG_TMP=""
PG_DATA=""
PG_BIN=""
PG_AS=()

pg_cleanup() {
    local status=$?
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        say "Stopping PostgreSQL"
        "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$PG_TMP" ]; then
        rm -rf "$PG_TMP"
    fi
    return $status
}
trap pg_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_postgres() {
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin"
    PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/retort-pg.XXXXXX")"
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root: the server belongs to the postgres user.
        id postgres >/dev/null 2>&1 || die "user 'postgres' does not exist (is the postgresql package installed?)"
        chown postgres: "$PG_TMP"
        PG_AS=(runuser -u postgres --)
    else
        PG_AS=(env)
    fi
    chmod 700 "$PG_TMP"
    PG_DATA="$PG_TMP/data"
    local sock="$PG_TMP/socket" port pwfile="$PG_TMP/pw"
    "${PG_AS[@]}" mkdir -p "$sock"
    port="$(free_port)"
    say "Starting PostgreSQL ($PG_BIN) on 127.0.0.1:$port, socket $sock"
    # Superuser 'postgres': trust over the unix socket; every TCP login needs a password.
    "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/server.log" -w -t 60 \
        -o "-k $sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$PG_TMP/server.log" >&2; die "PostgreSQL did not start"; }
    "${PG_AS[@]}" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres <<'SQL'
CREATE ROLE retort LOGIN CREATEDB PASSWORD 'retort-secret';
CREATE DATABASE retort_test OWNER retort;
SQL
    export RETORT_TEST_PG_URL="postgresql://retort:retort-secret@127.0.0.1:$port/retort_test"
    export RETORT_TEST_PG_ADMIN_URL="postgresql://postgres@/postgres?host=$sock&port=$port"
    export RETORT_TEST_PG_HOST=127.0.0.1 RETORT_TEST_PG_PORT="$port" RETORT_TEST_PG_SOCKET_DIR="$sock"
    say "RETORT_TEST_PG_URL=postgresql://retort:***@127.0.0.1:$port/retort_test"
}

if [ "${RETORT_NO_PG:-0}" != 1 ]; then
    start_postgres
else
    warn "RETORT_NO_PG=1: PostgreSQL tests will skip"
fi

say "Running the test suite"
status=0
ctest --test-dir "$RETORT_BUILD_DIR" --output-on-failure -j "${RETORT_JOBS:-2}" \
    --timeout "${RETORT_TEST_TIMEOUT:-600}" "$@" || status=$?
if [ $status -eq 0 ]; then say "All tests passed"; else warn "ctest failed with status $status"; fi
exit $status
