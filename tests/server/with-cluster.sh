#!/usr/bin/env bash
# Runs one test executable against a throwaway PostgreSQL 15 cluster (tests in area `server`,
# ctest label `postgres`; tests/CMakeLists.txt). Usage: with-cluster.sh TEST_EXE [args...]
#
# The cluster lives in a new 0700 temporary folder: initdb, pg_ctl start listening on a Unix
# socket in that folder and on 127.0.0.1 with a free port, then the test runs with
#   PANELDESK_TEST_PG_ADMIN  libpq key/value conninfo of the superuser (over the socket)
#   PANELDESK_TEST_PG_HOST   127.0.0.1
#   PANELDESK_TEST_PG_PORT   the TCP port (members log in here, with their passwords)
# and the wrapper exits with the test's exit code. The server runs with fsync=off (a
# throwaway cluster); PANELDESK_PG_OPTIONS adds server options after those, e.g.
# PANELDESK_PG_OPTIONS='-c fsync=on' (the benchmark bench/bench_server.cpp states which).
# On any exit (the test passing or failing, a signal, a failure of the wrapper itself) the
# server is stopped (-m immediate) and the folder removed.
#
# As root (initdb refuses root) the server runs as the `postgres` system user (runuser);
# otherwise as the current user. pg_hba.conf: the superuser `postgres` is trusted on the Unix
# socket only. That is safe for this throwaway cluster alone: the socket sits in a 0700
# folder that only its owner (and root) can enter, and the cluster is removed after the test.
# Peer authentication would need the test's OS user to be `postgres`. Every other role
# (members) must give its SCRAM-SHA-256 password, on the socket and on 127.0.0.1 alike; the
# superuser has no password, so it cannot log in over TCP at all.
set -uo pipefail

if [ $# -lt 1 ]; then
    echo "usage: $0 TEST_EXE [args...]" >&2
    exit 2
fi

pg_bin=${PANELDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pg_bin/initdb" ]; then
    echo "with-cluster.sh: $pg_bin/initdb not found (install postgresql-15: scripts/deps.sh)" >&2
    exit 1
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
fi

# A wrapper killed with SIGKILL (a ctest timeout) cannot clean up: its cluster is stopped and
# removed here by the next run, once the wrapper that made it (wrapper.pid) is gone.
for stale in "${TMPDIR:-/tmp}"/paneldesk-pg.*; do
    [ -f "$stale/wrapper.pid" ] || continue
    kill -0 "$(cat "$stale/wrapper.pid")" 2>/dev/null && continue
    if [ -f "$stale/data/postmaster.pid" ]; then
        (cd "$stale" && "${as_server[@]}" "$pg_bin/pg_ctl" -D "$stale/data" -m immediate -w stop >/dev/null 2>&1)
    fi
    rm -rf "$stale"
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/paneldesk-pg.XXXXXX") || exit 1
chmod 700 "$dir"
echo $$ >"$dir/wrapper.pid"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$dir"
fi
child=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    [ -n "$child" ] && kill "$child" 2>/dev/null && wait "$child" 2>/dev/null
    if [ -f "$dir/data/postmaster.pid" ]; then
        (cd "$dir" && "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1)
    fi
    rm -rf "$dir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

server() { (cd "$dir" && "${as_server[@]}" "$@"); }

if ! server "$pg_bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=reject --no-sync >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    exit 1
fi
cat >"$dir/data/pg_hba.conf" <<HBA
# throwaway test cluster (tests/server/with-cluster.sh): socket in a 0700 folder
local all postgres              trust
local all all                   scram-sha-256
host  all all      127.0.0.1/32 scram-sha-256
HBA

started=""
for _ in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if server "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c max_connections=120 ${PANELDESK_PG_OPTIONS:-}" \
            start >/dev/null 2>&1; then
        started=yes
        break
    fi
    # a port in use: the server exits at once and pg_ctl fails; try another
done
if [ -z "$started" ]; then
    echo "with-cluster.sh: the throwaway PostgreSQL cluster did not start:" >&2
    cat "$dir/server.log" >&2 2>/dev/null
    exit 1
fi

export PANELDESK_TEST_PG_ADMIN="host='$dir' port=$port user=postgres dbname=postgres"
export PANELDESK_TEST_PG_HOST=127.0.0.1
export PANELDESK_TEST_PG_PORT=$port

# In the background, so that a signal to the wrapper is handled at once (the trap stops the
# test and the server).
"$@" &
child=$!
wait "$child"
rc=$?
child=""
exit "$rc"
