# SPDX-License-Identifier: GPL-3.0-or-later
# Peer timings for bench/spatialstats.cpp: spdep 1.2-7 (Debian 12 r-cran-spdep) localmoran_perm and
# localG_perm with 999 permutations on the same data — the national buurt layer 2019, bev_dichth
# (areas with a value), queen contiguity, row-standardised — sequentially and with 2 cores
# (spdep's mc.cores option, forked workers).
#
#   Rscript bench/spatialstats_peers.R [REAL_DATA_DIR]
suppressMessages({
    library(sf)
    library(spdep)
})
args <- commandArgs(trailingOnly = TRUE)
real <- if (length(args) >= 1) args[1] else "../shared/data/real"
areas <- st_read(file.path(real, "cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg"), "buurten_2019",
                 quiet = TRUE)
x <- as.numeric(areas$bev_dichth)
keep <- !is.na(x)
nb <- subset(poly2nb(areas, queen = TRUE), keep)
x <- x[keep]
lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
lwSelf <- nb2listw(include.self(nb), style = "W", zero.policy = TRUE)
cat(sprintf("areas %d\n", length(x)))
time <- function(label, expr) {
    t <- system.time(expr)[["elapsed"]]
    cat(sprintf("%-40s %8.2f s\n", label, t))
}
for (cores in c(1L, 2L)) {
    invisible(set.coresOption(if (cores > 1L) cores else NULL))
    time(sprintf("spdep localmoran_perm 999, %d core(s)", cores),
         localmoran_perm(x, lw, nsim = 999, zero.policy = TRUE, iseed = 1))
    time(sprintf("spdep localG_perm Gi* 999, %d core(s)", cores),
         localG_perm(x, lwSelf, nsim = 999, zero.policy = TRUE, iseed = 1))
}
invisible(set.coresOption(NULL))
time("spdep localmoran (analytical)", localmoran(x, lw, zero.policy = TRUE))
time("spdep moran.mc 999", moran.mc(x, lw, nsim = 999, zero.policy = TRUE))
