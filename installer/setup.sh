#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Buurt in Beeld on Debian 12: install what is missing, build, and run the demo or the tests.
#
#   installer/setup.sh demo [--headless OUTDIR]   install, build (Release), open the workstation on the demo
#   installer/setup.sh test                       install, build (developer mode), run every test, then the
#                                                 core tests again under AddressSanitizer + UBSan
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

# What the build and the workstation need, all from Debian 12.
packages=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev
  libgdal-dev gdal-bin libproj-dev proj-bin libgeos-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libbenchmark-dev libeigen3-dev
  fonts-dejavu-core
)
# What only the tests need: a PostGIS server on loopback, QGIS to open the styled GeoPackage,
# QGIS's headers and Qt 5 for the Processing provider and qgis_process (package qgis) to run it,
# an X server for window tests, PDF tools.
test_packages=(
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15
  python3-qgis qgis-providers libqgis-dev qtbase5-dev qgis
  xvfb xauth poppler-utils
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "all ${#packages[@]} Debian packages are present"
    return
  fi
  say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  local dir=$1; shift
  say "configuring $dir"
  cmake -S "$here" -B "$here/$dir" -G Ninja "$@" >"$here/$dir.configure.log" 2>&1 ||
    { cat "$here/$dir.configure.log"; exit 1; }
  say "building $dir ($jobs jobs)"
  cmake --build "$here/$dir" -j "$jobs"
}

run_demo() {
  configure_and_build build-release -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
  local app="$here/build-release/src/app/buurtinbeeld"
  if [ "${1:-}" = "--headless" ]; then
    local out=${2:-$here/demo-output}
    mkdir -p "$out"
    "$app" --headless "$out"
  elif [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    local out=$here/demo-output
    mkdir -p "$out"
    say "no display found: writing the demo map and table instead (open a desktop session for the window)"
    "$app" --headless "$out"
  else
    say "opening Buurt in Beeld on the demo town Voorbeeldstad"
    exec "$app"
  fi
}

run_tests() {
  configure_and_build build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBIB_DEVELOPER=ON -DBIB_TEST_POSTGIS=ON \
    -DBUILD_QGIS_PLUGIN=ON
  say "running every test"
  (cd "$here/build-ci" && ctest --output-on-failure -j "$jobs" --timeout 600)
  configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DBIB_DEVELOPER=ON -DBIB_SANITIZE=ON \
    -DBUILD_QT_APP=OFF -DBUILD_QGIS_PLUGIN=OFF
  say "running the core and command-line tests under AddressSanitizer + UBSan"
  (cd "$here/build-asan" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "$jobs" --timeout 900 -LE postgis)
}

case "${1:-}" in
  demo) install_missing; shift; run_demo "$@" ;;
  test) packages+=("${test_packages[@]}"); install_missing; run_tests ;;
  *) echo "usage: installer/setup.sh demo [--headless OUTDIR] | test" >&2; exit 1 ;;
esac
