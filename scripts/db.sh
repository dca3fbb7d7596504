#!/usr/bin/env bash
# A throwaway PostgreSQL/PostGIS cluster for tests and the demo, in a folder of its own
# (default build/pg), on a free local port: no system service, no password (trust on the
# loopback only), works as root (the cluster then runs as the "postgres" system user, which
# Debian's postgresql package creates) and as any other user.
#
#   scripts/db.sh start [DIR]   initdb on first use, start, create database "clearance"
#                               with PostGIS; writes DIR/env (PGHOST, PGPORT, PGUSER, ...)
#   scripts/db.sh stop  [DIR]   stop the server (the data stays for the next start)
#   scripts/db.sh status [DIR]
set -euo pipefail

action=${1:-status}
dir=$(realpath -m "${2:-build/pg}")
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$bin/pg_ctl" ] || { echo "db.sh: no PostgreSQL server found (make deps installs it)" >&2; exit 1; }

as_owner() {  # run a server command as the cluster's owner
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

running() { [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

start() {
    mkdir -p "$dir/run"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir" "$dir/run"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U clearance --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    if running; then
        echo "PostgreSQL already running on port $(cat "$dir/port")"
    else
        port=$(free_port)
        echo "$port" >"$dir/port"
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir/run -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null
        echo "PostgreSQL started on 127.0.0.1:$port ($dir)"
    fi
    port=$(cat "$dir/port")
    cat >"$dir/env" <<EOF
PGHOST=127.0.0.1
PGPORT=$port
PGUSER=clearance
PGDATABASE=clearance
EOF
    if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U clearance -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'clearance'" | grep -q 1; then
        "$bin/createdb" -h 127.0.0.1 -p "$port" -U clearance clearance
    fi
    PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U clearance -d clearance -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
}

stop() {
    if running; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        echo "PostgreSQL stopped ($dir)"
    else
        echo "PostgreSQL not running ($dir)"
    fi
}

case $action in
    start) start ;;
    stop) stop ;;
    status) if running; then echo "running on port $(cat "$dir/port")"; else echo "not running"; exit 3; fi ;;
    *) echo "usage: $0 start|stop|status [DIR]" >&2; exit 2 ;;
esac
