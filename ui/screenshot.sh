#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A screenshot of the real workstation window (not offscreen) under Xvfb, for the README:
#   ui/screenshot.sh BUILD/src/app/buurtinbeeld OUT.png [nl|en] [extra arguments of buurtinbeeld]
# Opens the demo (or what the extra arguments ask), waits until it has painted, grabs the screen.
# Needs xvfb (xvfb-run), xauth and imagemagick (import). Uses a throw-away settings folder, so the
# dock layout is the default one and your own settings are not touched.
set -eu
if [ $# -lt 2 ]; then
    echo "usage: $0 PATH/TO/buurtinbeeld OUT.png [nl|en] [arguments]" >&2
    exit 1
fi
program=$1
out=$2
language=${3:-nl}
[ $# -ge 3 ] && shift 3 || shift 2
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (apt-get install xvfb xauth imagemagick)" >&2; exit 1; }
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
unset QT_QPA_PLATFORM
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/runtime \
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
        program=$0 language=$1 out=$2
        shift 2
        "$program" --lang "$language" "$@" &
        app=$!
        sleep 10
        import -window root "$out.tmp.png" && mv "$out.tmp.png" "$out"
        kill $app' "$program" "$language" "$out" "$@"
echo "$out"
