#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times printing (issue 7) and QGIS 3.22 print layouts on the same data in the same run:
#   (a) `bib briefing --all`: the A4 atlas of the 111 Utrecht buurten (target < 10 s), beside a
#       QGIS Atlas export of the same 111 pages (bench/print_qgis.py atlas), with the ratio;
#   (b) `bib map --size A3`: the PDF map of the 13,594 national buurten (target < 3 s), beside a
#       QGIS A3 print layout of the same layer (bench/print_qgis.py map).
# Both sides read the GeoPackage `bib export` wrote for the recipe (QGIS with its default style),
# and every time is a whole process, start to written file. Builds nothing: build bib first with
# the Qt part (the default), e.g.
#
#   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release && ninja -C build-bench bib
#   bench/print.sh [DATA_DIR] [--build DIR] [--runs N]
#
# DATA_DIR holds the real data (default ../shared/data/real beside the checkout); times are the
# median of N runs (default 3). Timings on a shared machine are noisy: the load average is printed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=$here/../shared/data/real
build=${BIB_BENCH_BUILD:-$here/build-bench}
runs=3
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h | --help) sed -n '3,16p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) data=$1; shift ;;
  esac
done
data=$(cd "$data" 2>/dev/null && pwd) || { echo "print.sh: no data folder $data; give it as the first argument" >&2; exit 2; }
bib=$build/src/cli/bib
[ -x "$bib" ] || { echo "print.sh: no $bib; build the target bib" >&2; exit 2; }
national=$data/cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg
[ -f "$national" ] || { echo "print.sh: $national not found" >&2; exit 2; }
have_qgis=yes
/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || have_qgis=no

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg
mkdir -m 700 "$XDG_RUNTIME_DIR"

# The golden Utrecht recipe, and the same indicators on the national layer (its own columns).
sed "s#{REAL}#$data#g" "$here/tests/golden/utrecht-2024/recipe.bib.json" >"$work/utrecht.bib.json"
cat >"$work/national.bib.json" <<JSON
{ "bib_recipe": 1, "name": "Jeugd en veiligheid Nederland (benchmark)", "seed": 1,
  "areas": { "path": "$national", "layer": "buurten_2019", "id": "bu_code", "name": "bu_naam" },
  "indicators": [
    { "field": "misdr_2024", "label": "misdrijven", "unit": "per 1.000 inwoners", "transform": "per1000:aant_inw", "weight": 2 },
    { "field": "woz", "label": "WOZ-waarde", "direction": "negative" },
    { "field": "p_koopwon", "label": "koopwoningen", "unit": "%", "direction": "negative" },
    { "field": "p_gezond_24", "label": "goed ervaren gezondheid", "unit": "%", "direction": "negative" } ],
  "missing": "reweight", "classification": { "method": "quantile", "classes": 5 } }
JSON
"$bib" -q export "$work/utrecht.bib.json" -o "$work/utrecht.gpkg" >/dev/null
"$bib" -q export "$work/national.bib.json" -o "$work/national.gpkg" >/dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Median wall time in seconds of N runs of a command, after one untimed run; n/a when it fails.
seconds() {
  "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
  for _ in $(seq "$runs"); do
    { TIMEFORMAT='%3R'; time "$@" >/dev/null 2>&1; } 2>&1
  done | median
}
ratio() { case "$1$2" in *n/a*) echo "–" ;; *) awk -v q="$1" -v b="$2" 'BEGIN { printf "%.2f", q / b }' ;; esac; }
verdict() { case $1 in n/a) echo "–" ;; *) awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "MISSED") }' ;; esac; }

echo "timing ($runs runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)) …" >&2
atlas=$(seconds "$bib" -q briefing "$work/utrecht.bib.json" --all -o "$work/atlas.pdf")
pages=$(pdfinfo "$work/atlas.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
map=$(seconds "$bib" -q map "$work/national.bib.json" --size A3 -o "$work/national.pdf")
qatlas=n/a
qmap=n/a
if [ $have_qgis = yes ]; then
  qatlas=$(seconds /usr/bin/python3 "$here/bench/print_qgis.py" atlas "$work/utrecht.gpkg" "$work/qgis_atlas.pdf")
  qmap=$(seconds /usr/bin/python3 "$here/bench/print_qgis.py" map "$work/national.gpkg" "$work/qgis_map.pdf")
fi

printf '| %-58s | %8s | %8s | %11s | %-6s |\n' "task (whole process, median s)" "bib" "QGIS" "QGIS / bib" "target"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..60})" "----------" "----------" "-------------" "--------"
printf '| %-58s | %8s | %8s | %11s | %-6s |\n' "A4 atlas, 111 Utrecht buurten ($pages pages; QGIS Atlas 111)" "$atlas" "$qatlas" \
  "$(ratio "$qatlas" "$atlas")" "$(verdict "$atlas" 10)"
printf '| %-58s | %8s | %8s | %11s | %-6s |\n' "A3 PDF map, 13,594 national buurten" "$map" "$qmap" "$(ratio "$qmap" "$map")" \
  "$(verdict "$map" 3)"
echo "bib: $("$bib" --version); QGIS: $(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.version())' 2>/dev/null || echo absent)"
