#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Exact Jenks (Fisher) breaks, 5 classes, on 14,574 values: ours beside R's classInt
# (classIntervals(style = "fisher", largeN = Inf)) in the same run, on the same values.
#   bench/classification.sh [--build DIR]        (needs bib_bench_classification and Rscript with classInt)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BIB_BENCH_BUILD:-$here/build-bench}
[ "${1:-}" = "--build" ] && build=$2
values=$(mktemp)
trap 'rm -f "$values"' EXIT
# 14,574 distinct, skewed values (a deterministic formula, like WOZ values or densities).
awk 'BEGIN { for (i = 1; i <= 14574; i++) printf "%.6f\n", exp(3 + 2 * ((i * 7919) % 14574) / 14574) + i / 1e5 }' >"$values"
"$build/bench/bib_bench_classification" "$values"
Rscript -e '
suppressMessages(library(classInt))
x <- scan(commandArgs(TRUE)[1], quiet = TRUE)
t <- sapply(1:3, function(i) system.time(b <<- classIntervals(x, 5, style = "fisher", largeN = Inf))[["elapsed"]])
cat(sprintf("R classInt fisher k=5 n=%d: median %.1f ms; breaks %s\n", length(x), median(t) * 1000,
            paste(signif(b$brks, 6), collapse = " ")))' "$values"
