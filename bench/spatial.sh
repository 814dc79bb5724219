#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times the spatial weights builders on the national buurt layer (13,594 polygons; target: queen
# contiguity < 500 ms) beside spdep (R) and libpysal (Debian python3) on the same layer and tasks,
# with the ratio peer time / our time. Builds nothing: build bib_bench_spatial first (Release), e.g.
#
#   cmake -S . -B build-bench -G Ninja -DBUILD_QT_APP=OFF -DBUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
#   ninja -C build-bench bib_bench_spatial
#   bench/spatial.sh [DATA_DIR] [--build DIR] [--runs N]
#
# Every time is a median of N runs (default 5) of the builder alone, the layer read once untimed.
# Peers that are not installed (r-cran-spdep, python3-libpysal) show n/a.
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
data=$(cd "$data" 2>/dev/null && pwd) || { echo "spatial.sh: no data folder $data" >&2; exit 2; }
layer_file=$data/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg
layer=buurten_2019
program=$build/bench/bib_bench_spatial
[ -f "$layer_file" ] || { echo "spatial.sh: $layer_file not found" >&2; exit 2; }
[ -x "$program" ] || { echo "spatial.sh: no $program; build the target bib_bench_spatial" >&2; exit 2; }

results=$(mktemp)
trap 'rm -f "$results"' EXIT
echo "running bib_bench_spatial ($runs repetitions each) …" >&2
"$program" --data "$data" --benchmark_repetitions="$runs" --benchmark_report_aggregates_only=true \
  --benchmark_format=csv 2>/dev/null |
  awk -F, '$1 ~ /_median"$/ { split($1, n, "/"); gsub(/"/, "", n[1]); label = $8; gsub(/"/, "", label);
                             split(label, l, " "); printf "ours %s %.1f %s\n", n[1], $3, l[1] }' >>"$results"
if Rscript -e 'library(spdep)' >/dev/null 2>&1; then
  echo "running spdep …" >&2
  Rscript "$here/bench/spatial_peers.R" "$layer_file" "$layer" "$runs" 2>/dev/null >>"$results" || true
fi
if /usr/bin/python3 -c 'import libpysal, geopandas' >/dev/null 2>&1; then
  echo "running libpysal …" >&2
  /usr/bin/python3 "$here/bench/spatial_peers.py" "$layer_file" "$layer" "$runs" 2>/dev/null >>"$results" || true
fi

echo
echo "Spatial weights benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs in ms, national buurten 2019 (13,594 polygons); ratio = peer / ours"
grep ' version ' "$results" | sed 's/^/  /' || true
echo
printf '| %-14s | %9s | %7s | %9s | %7s | %6s | %9s | %7s | %6s |\n' task ours links spdep links ratio libpysal links ratio
printf '| %-14s | %9s | %7s | %9s | %7s | %6s | %9s | %7s | %6s |\n' ---- ---: ---: ---: ---: ---: ---: ---: ---:
for task in queen rook queenSnap1m knn6 distance2000m; do
  awk -v task="$task" '
    $2 == task { time[$1] = $3; links[$1] = $4 }
    END {
      ours = time["ours"]
      printf "| %-14s | %9s | %7s", task, (ours == "" ? "n/a" : ours), links["ours"]
      split("spdep libpysal", peers, " ")
      for (p = 1; p <= 2; p++) {
        t = time[peers[p]]
        ratio = (t == "" || ours == "" || ours == 0) ? "n/a" : sprintf("%.0f×", t / ours)
        printf " | %9s | %7s | %6s", (t == "" ? "n/a" : t), links[peers[p]], ratio
      }
      printf " |\n"
    }' "$results"
done
awk '$1 == "ours" && $2 == "queen" { printf "\nqueen contiguity target < 500 ms: %s\n", ($3 < 500 ? "met" : "MISSED") }' "$results"
