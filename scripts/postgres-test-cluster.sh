#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite.
#   start: initdb in a new temporary folder, start on a free loopback port, print the folder and the URL
#   stop <folder>: stop it and delete the folder
set -euo pipefail
pg_bin=/usr/lib/postgresql/15/bin

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "${1:-}" in
  start)
    bash "$(dirname "$0")/ensure-system-packages.sh" >&2
    dir=$(mktemp -d /tmp/wijkwerk-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
    as_postgres "$pg_bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    # Durability is irrelevant for a throwaway cluster; skipping fsync keeps the suite fast.
    as_postgres "$pg_bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" -w start" >/dev/null
    echo "$dir postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir=${2:?folder}
    as_postgres "$pg_bin/pg_ctl -D '$dir/data' -m immediate -w stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | stop <folder>" >&2
    exit 2
    ;;
esac
