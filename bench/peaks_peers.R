# SPDX-License-Identifier: GPL-3.0-or-later
# Peer timings for bench/peaksbench.cpp: surveillance::earsC (Debian 12 r-cran-surveillance 1.20.3) with
# its defaults for C1, C2 and C3 on the same synthetic counts, one multivariate sts object of
# 104 weeks × 13,594 series (about 3 minutes per method on one core: earsC's per-column loop grows
# faster than linearly with the number of columns). bib_bench_peaks runs this itself; by hand:
#
#   Rscript bench/peaks_peers.R MATRIX_FILE      (one row per week, one column per series, spaces)
suppressMessages(library(surveillance))
counts <- as.matrix(read.table(commandArgs(trailingOnly = TRUE)[1]))
s <- sts(observed = counts, start = c(2023, 1), frequency = 52)
for (method in c("C1", "C2", "C3")) {
    seconds <- system.time(result <- earsC(s, control = list(method = method)))[["elapsed"]]
    cat(sprintf("R earsC %s %.3f s (%d alarms)\n", method, seconds, sum(alarms(result), na.rm = TRUE)))
    flush(stdout())
}
