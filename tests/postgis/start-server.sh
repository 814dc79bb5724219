#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL 15 + PostGIS server for the PostGIS tests (the ctest fixture setup).
#
#   start-server.sh STATE_DIR
#
# The server listens on 127.0.0.1 only, on a free port picked from a random base, with its Unix
# socket inside its own folder. Local connections are trusted, except for the role bib_reader,
# which needs its password (so a test can give a wrong one). Writes the connection parameters to
# STATE_DIR/connection.env; stop-server.sh STATE_DIR stops the server and removes its files.
# PostgreSQL refuses to run as root: as root, initdb and pg_ctl run as the `postgres` system user.
set -euo pipefail

state=${1:?usage: start-server.sh STATE_DIR}
bindir=${BIB_PG_BINDIR:-/usr/lib/postgresql/15/bin}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
database=bib
reader=bib_reader
reader_password=bib-reader-secret

fail() { echo "start-server.sh: $*" >&2; exit 1; }

for tool in initdb pg_ctl psql pg_config; do
  [ -x "$bindir/$tool" ] || fail "no $bindir/$tool: install postgresql-15 and postgresql-client-15 (or set BIB_PG_BINDIR)"
done
[ -f "$("$bindir/pg_config" --sharedir)/extension/postgis.control" ] ||
  fail "PostGIS is not installed for PostgreSQL 15: install postgresql-15-postgis-3"

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 ||
    fail "running as root, but there is no 'postgres' system user to run the server as (PostgreSQL refuses root)"
  run_as=(runuser -u postgres --)
fi
as_server() { "${run_as[@]}" "$@"; }

# A server left behind by an interrupted earlier run is stopped first.
mkdir -p "$state"
bash "$here/stop-server.sh" "$state" >/dev/null 2>&1 || true

# The server's own folder (data, log, socket) must be owned by and reachable for the server user. A
# checkout under a folder the postgres user cannot enter (e.g. /root) falls back to /tmp.
root="$state/server"
temporary=0
rm -rf "$root"
mkdir -m 700 "$root"
[ ${#run_as[@]} -eq 0 ] || chown postgres: "$root"
if ! as_server test -w "$root" -a -x "$root"; then
  rm -rf "$root"
  root=$(mktemp -d /tmp/bib-postgis.XXXXXX)
  temporary=1
  [ ${#run_as[@]} -eq 0 ] || chown postgres: "$root"
  echo "start-server.sh: the build tree is not reachable for the postgres user; using $root"
fi
data="$root/data"
log="$root/server.log"

# Written before anything starts, so stop-server.sh can always clean up what this script made.
{
  printf 'BIB_PG_ROOT=%q\n' "$root"
  printf 'BIB_PG_TEMPORARY=%q\n' "$temporary"
  printf 'BIB_PG_BINDIR=%q\n' "$bindir"
  printf 'BIB_PG_AS_POSTGRES=%s\n' "$([ ${#run_as[@]} -gt 0 ] && echo 1 || echo 0)"
} >"$state/server.env"

started=0
on_exit() {
  local status=$?
  if [ $status -ne 0 ]; then
    if [ -f "$log" ]; then
      echo "----- server log ($log) -----" >&2
      cat "$log" >&2
      echo "----- end of server log -----" >&2
    fi
    [ $started -eq 0 ] || bash "$here/stop-server.sh" "$state" >&2 || true
  fi
  exit $status
}
trap on_exit EXIT

initdb_log="$state/initdb.log"
as_server "$bindir/initdb" -D "$data" -U postgres -A trust --encoding=UTF8 --locale=C --no-sync \
  >"$initdb_log" 2>&1 || { cat "$initdb_log" >&2; fail "initdb failed"; }

# The socket path must fit in sockaddr_un (107 bytes); a deep build tree gets no socket (TCP only).
socket_dir=$root
[ ${#socket_dir} -le 80 ] || socket_dir=
cat >>"$data/postgresql.conf" <<CONF

# Throwaway test server: loopback only, nothing worth a durable write.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 30
CONF
cat >"$data/pg_hba.conf" <<HBA
# TYPE  DATABASE  USER        ADDRESS        METHOD
local   all       all                        trust
host    all       $reader     127.0.0.1/32   scram-sha-256
host    all       all         127.0.0.1/32   trust
HBA

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

base=$((20000 + RANDOM % 30000))
port=
for attempt in $(seq 0 19); do
  candidate=$((base + attempt * 17))
  port_in_use "$candidate" && continue
  rm -f "$log"
  if as_server "$bindir/pg_ctl" start -D "$data" -l "$log" -w -t 60 -o "-p $candidate" >/dev/null; then
    port=$candidate
    started=1
    break
  fi
  started=1 # pg_ctl may have left a half-started server: the trap stops it on failure
  # Another process took the port between the check and the start: try the next one.
  if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log" 2>/dev/null; then
    as_server "$bindir/pg_ctl" stop -D "$data" -m immediate -w >/dev/null 2>&1 || true
    started=0
    continue
  fi
  fail "the PostgreSQL server did not start (pg_ctl start failed on port $candidate)"
done
[ -n "$port" ] || fail "no free port found from $base on"

psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE $database" ||
  fail "cannot create the database $database"
"${psql[@]}" -d "$database" \
  -c "CREATE EXTENSION postgis" \
  -c "CREATE ROLE $reader LOGIN PASSWORD '$reader_password'" \
  -c "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO $reader" ||
  fail "cannot enable PostGIS in the database $database"
postgis=$("${psql[@]}" -d "$database" -At -c "SELECT postgis_lib_version()")

{
  echo "BIB_PG_HOST=127.0.0.1"
  echo "BIB_PG_PORT=$port"
  echo "BIB_PG_DBNAME=$database"
  echo "BIB_PG_USER=postgres"
  echo "BIB_PG_PASSWORD_USER=$reader"
  echo "BIB_PG_PASSWORD=$reader_password"
} >"$state/connection.env"
echo "PostgreSQL $("$bindir/pg_config" --version | sed 's/^PostgreSQL //') + PostGIS $postgis on 127.0.0.1:$port" \
  "(data in $data; parameters in $state/connection.env)"
