#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `bib aggregate`'s core on N synthetic events (default 10 million) into the 13 594 national
# buurten, counts per buurt × ISO week, and geopandas, R sf and PostGIS (a throwaway server on
# loopback, started and stopped here as the PostGIS tests do) on PEER_N events (default 1 million;
# they are slow), printing each peer's time scaled to N and the ratio; then bib_bench_peaks --no-r
# (peak detection over 13 594 series × 104 weeks; the R peer takes minutes, run bib_bench_peaks alone).
# The events are generated with a fixed seed into a temporary folder that is removed at the end.
#   aggregate_peers.sh BUILD_DIR [N] [PEER_N]      (BUILD_DIR: a Release build with BUILD_BENCHMARKS=ON)
set -euo pipefail
build=${1:?usage: aggregate_peers.sh BUILD_DIR [N] [PEER_N]}
n=${2:-10000000}
peer_n=${3:-1000000}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
buurten=${BIB_REAL_DATA_DIR:-$here/../../shared/data/real}/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg
layer=buurten_2019
bench=$build/bench/bib_bench_aggregate
work=$(mktemp -d /tmp/bib-aggregate-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
df -h "$work" | tail -1

"$bench" generate "$buurten" "$n" "$work/events.csv"
head -n $((peer_n + 1)) "$work/events.csv" > "$work/peer.csv"
ls -l "$work/events.csv"
cat "$work/events.csv" > /dev/null # page cache warm, as for the peers
echo "load before the run (other processes share the 2 cores): $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"$bench" run "$buurten" "$work/events.csv" "$work/counts.csv"
bib=$(echo "$(date +%s.%N) - $start" | bc)
echo "bib: $n events, $bib s end to end"
"$bench" read "$work/events.csv" # the serial part: with two free cores the run needs about max(read, CPU / 2)

scale() { echo "scale=2; $1 * $n / $peer_n" | bc; }
ratio() { echo "scale=1; $1 / $bib" | bc; }
start=$(date +%s.%N)
/usr/bin/python3 "$here/aggregate_peers.py" "$buurten" "$layer" "$work/peer.csv"
t=$(echo "$(date +%s.%N) - $start" | bc)
echo "geopandas: $t s for $peer_n, ~$(scale "$t") s for $n: $(ratio "$(scale "$t")") × bib"
start=$(date +%s.%N)
Rscript "$here/aggregate_peers.R" "$buurten" "$layer" "$work/peer.csv"
t=$(echo "$(date +%s.%N) - $start" | bc)
echo "sf: $t s for $peer_n, ~$(scale "$t") s for $n: $(ratio "$(scale "$t")") × bib"

if bash "$here/../tests/postgis/start-server.sh" "$work/pg" >"$work/pg-start.log" 2>&1; then
  trap 'bash "$here/../tests/postgis/stop-server.sh" "$work/pg" >/dev/null 2>&1; rm -rf "$work"' EXIT
  # shellcheck disable=SC1091
  . "$work/pg/connection.env"
  conn="host=$BIB_PG_HOST port=$BIB_PG_PORT dbname=$BIB_PG_DBNAME user=$BIB_PG_USER"
  ogr2ogr -f PostgreSQL "PG:$conn" "$buurten" "$layer" -nln buurten -lco GEOMETRY_NAME=geom >/dev/null
  chmod a+r "$work/peer.csv"
  start=$(date +%s.%N)
  psql -X -q -v ON_ERROR_STOP=1 "$conn" <<SQL
CREATE TABLE events (x double precision, y double precision, time timestamptz);
\copy events FROM '$work/peer.csv' CSV HEADER
SELECT count(*) AS buurt_weeks FROM (SELECT b.bu_code, date_trunc('week', e.time AT TIME ZONE 'Europe/Amsterdam'), count(*)
  FROM events e JOIN buurten b ON ST_Intersects(b.geom, ST_SetSRID(ST_MakePoint(e.x, e.y), 28992))
  GROUP BY 1, 2) c;
SQL
  t=$(echo "$(date +%s.%N) - $start" | bc)
  echo "PostGIS: $t s for $peer_n (load + join), ~$(scale "$t") s for $n: $(ratio "$(scale "$t")") × bib"
  bash "$here/../tests/postgis/stop-server.sh" "$work/pg" >/dev/null 2>&1 || true
  trap 'rm -rf "$work"' EXIT
else
  echo "PostGIS: the throwaway server did not start; not timed:"
  tail -3 "$work/pg-start.log"
fi

echo "peak detection (target < 0.5 s for 13 594 series × 104 weeks):"
"$build/bench/bib_bench_peaks" --no-r
