#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the throwaway server that start-server.sh STATE_DIR started and removes its files (the
# ctest fixture cleanup; also run by start-server.sh on failure and before a new start).
#
#   stop-server.sh STATE_DIR
set -uo pipefail

state=${1:?usage: stop-server.sh STATE_DIR}
settings="$state/server.env"
if [ ! -f "$settings" ]; then
  echo "stop-server.sh: no server recorded in $state; nothing to stop"
  exit 0
fi
# shellcheck source=/dev/null
source "$settings"

run_as=()
[ "${BIB_PG_AS_POSTGRES:-0}" -eq 0 ] || run_as=(runuser -u postgres --)
as_server() { "${run_as[@]}" "$@"; }

data="$BIB_PG_ROOT/data"
status=0
if [ -f "$data/postmaster.pid" ]; then
  pid=$(head -n 1 "$data/postmaster.pid")
  if as_server "$BIB_PG_BINDIR/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1 ||
     as_server "$BIB_PG_BINDIR/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1; then
    echo "stop-server.sh: stopped the PostgreSQL server (pid $pid)"
  elif [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    # The postmaster this fixture started, by its own pid: nothing else is touched.
    kill -KILL "$pid" && echo "stop-server.sh: killed the PostgreSQL server (pid $pid) after pg_ctl stop failed"
    status=1
  fi
fi
case "$BIB_PG_ROOT" in
  "$state"/server | /tmp/bib-postgis.*) rm -rf "$BIB_PG_ROOT" ;;
  *) echo "stop-server.sh: not removing unexpected folder $BIB_PG_ROOT" >&2; status=1 ;;
esac
rm -f "$settings" "$state/connection.env"
exit $status
