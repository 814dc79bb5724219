#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times the product issue's I/O targets and prints them beside ogr2ogr and geopandas, measured in
# the same run on the same files. Builds nothing: build bib_bench_io first (Release), e.g.
#
#   cmake -S . -B build-bench -G Ninja -DBUILD_QT_APP=OFF -DBUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
#   ninja -C build-bench bib_bench_io
#   bench/run.sh [DATA_DIR] [--build DIR] [--runs N]
#
# DATA_DIR holds the real data sets (default ../shared/data/real beside the checkout); --build is
# the build folder (default build-bench in the checkout, or $BIB_BENCH_BUILD); every time is the
# median of N runs (default 5). Timings on a shared machine are noisy: look at the load average.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$here/../shared/data/real
build=${BIB_BENCH_BUILD:-$here/build-bench}
runs=5
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h | --help) sed -n '3,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) data=$1; shift ;;
  esac
done
data=$(cd "$data" 2>/dev/null && pwd) || { echo "run.sh: no data folder $data; give it as the first argument" >&2; exit 2; }
layer_file=$data/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg
layer=buurten_2019
table_file=$data/cbs-buurt-indicatoren-2024/buurten_2024.csv
program=$build/bench/bib_bench_io
for f in "$layer_file" "$table_file"; do
  [ -f "$f" ] || { echo "run.sh: $f not found; give the real data folder as the first argument" >&2; exit 2; }
done
[ -x "$program" ] || { echo "run.sh: no $program; build the target bib_bench_io (-DBUILD_BENCHMARKS=ON)" >&2; exit 2; }
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# "wall cpu": the medians in ms of the wall time and the CPU time (user + system) of N runs of a
# command, after one untimed run.
time_command() {
  "$@" >/dev/null 2>&1 || { echo "n/a n/a"; return; }
  local samples
  samples=$(for _ in $(seq "$runs"); do
    { TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>&1; } 2>&1
  done)
  echo "$(awk '{ printf "%.1f\n", $1 * 1000 }' <<<"$samples" | median) $(awk '{ printf "%.1f\n", ($2 + $3) * 1000 }' <<<"$samples" | median)"
}

echo "running bib_bench_io ($runs repetitions each) …" >&2
ours=$(mktemp)
context=$(mktemp)
trap 'rm -f "$ours" "$context"' EXIT
"$program" --data "$data" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
  --benchmark_format=csv >"$ours" 2>"$context" || { cat "$context" >&2; exit 1; }
grep '^bib_bench_io:' "$context" >&2 || true
# "wall cpu" of a benchmark's median row; n/a* when it stopped with an error (listed below the table).
our_time() {
  awk -F, -v name="\"$1/" '
    index($0, name) == 1 && $1 ~ /_median"$/ { printf "%.1f %.1f\n", $3, $4; found = 1; exit }
    index($0, name) == 1 && $0 ~ /,true,/ { print "n/a* n/a*"; found = 1; exit }
    END { if (!found) print "n/a n/a" }' "$ours"
}
load_ms=$(our_time loadAreas/buurten_2019)
read_table_ms=$(our_time readTable/buurten_2024)
join_ms=$(our_time joinTable/buurten_2024)
read_join_ms=$(our_time readAndJoin/buurten_2024)

echo "timing ogr2ogr …" >&2
ogr_ms=$(time_command ogr2ogr -f Memory bench-copy "$layer_file" "$layer")
ogr_startup_ms=$(time_command ogr2ogr --version)

echo "timing geopandas …" >&2
# In one Debian python process: import once, one untimed read, then timed reads (at most 3: each
# takes seconds) and N CSV joins.
read -r gpd_wall gpd_cpu gpd_import_ms gpd_rows pandas_wall pandas_cpu gpd_version < <(/usr/bin/python3 - "$layer_file" "$layer" "$table_file" "$runs" <<'PY'
import statistics, sys, time

def timed(work, runs):
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, f"{statistics.median(walls) * 1000:.1f} {statistics.median(cpus) * 1000:.1f}"

start = time.perf_counter()
import geopandas, pandas
imported = time.perf_counter() - start
path, layer, table, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
areas = geopandas.read_file(path, layer=layer)
areas, read_times = timed(lambda: geopandas.read_file(path, layer=layer), min(runs, 3))
text = {"bu_code": str, "wk_code": str, "gm_code": str, "postcode": str}
_, join_times = timed(lambda: areas.merge(pandas.read_csv(table, dtype=text), on="bu_code", how="left", suffixes=("", "_t")), runs)
print(read_times, f"{imported * 1000:.0f}", len(areas), join_times, geopandas.__version__)
PY
)

verdict() { # wall target
  case $1 in n/a*) echo "–" ;; *) awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "MISSED") }' ;; esac
}
row() { printf '| %-64s | %9s | %9s | %7s | %-6s |\n' "$@"; }
read -r load_wall load_cpu <<<"$load_ms"
read -r table_wall table_cpu <<<"$read_table_ms"
read -r join_wall join_cpu <<<"$join_ms"
read -r both_wall both_cpu <<<"$read_join_ms"
read -r ogr_wall ogr_cpu <<<"$ogr_ms"
read -r start_wall start_cpu <<<"$ogr_startup_ms"

echo
echo "Buurt in Beeld I/O benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')" \
  "(working tree may differ), ${build_type:-?} build, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs in ms; the result compares the wall time with the target; data: $data"
echo
row "step" "wall" "CPU" "target" "result"
row "----" "----:" "----:" "----:" "----"
row "ours: loadAreas, national buurten (13,594 polygons)" "$load_wall" "$load_cpu" "< 500" "$(verdict "$load_wall" 500)"
row "ours: readTable buurten_2024.csv (14,574 rows)" "$table_wall" "$table_cpu" "" ""
row "ours: joinTable by bu_code (table already read)" "$join_wall" "$join_cpu" "" ""
row "ours: readTable + joinTable" "$both_wall" "$both_cpu" "< 100" "$(verdict "$both_wall" 100)"
row "ogr2ogr -f Memory, same layer (whole process)" "$ogr_wall" "$ogr_cpu" "" ""
row "  of which process start-up (ogr2ogr --version)" "$start_wall" "$start_cpu" "" ""
row "geopandas $gpd_version read_file, same layer ($gpd_rows rows, in-process, ≤ 3 runs)" "$gpd_wall" "$gpd_cpu" "" ""
row "  python3 + import geopandas (once, not part of the read)" "$gpd_import_ms" "" "" ""
row "pandas read_csv + merge on bu_code (in-process)" "$pandas_wall" "$pandas_cpu" "" ""
# Benchmarks that stopped with an error (e.g. a reader not implemented yet), once each.
awk -F, '$0 ~ /,true,/ && !seen[$1]++ { name = $1; sub(/.*,true,/, ""); gsub(/"/, "", name); gsub(/"/, ""); print "* " name ": " $0 }' "$ours" |
  sed 's|/iterations:1/real_time||'
