# SPDX-License-Identifier: GPL-3.0-or-later
# spdep's times on the same layer and tasks as bib_bench_spatial, for bench/spatial.sh.
#   Rscript bench/spatial_peers.R LAYER_FILE LAYER RUNS
# Prints one line per task: "spdep TASK median_ms links". The layer is read once, untimed.
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})
args <- commandArgs(trailingOnly = TRUE)
areas <- st_read(args[1], layer = args[2], quiet = TRUE)
runs <- as.integer(args[3])
timed <- function(name, work) {
  result <- work()
  times <- sapply(seq_len(runs), function(i) system.time(result <<- work())[["elapsed"]])
  cat(sprintf("spdep %s %.1f %d\n", name, median(times) * 1000, sum(card(result))))
}
timed("queen", function() poly2nb(areas, queen = TRUE))
timed("rook", function() poly2nb(areas, queen = FALSE))
timed("queenSnap1m", function() poly2nb(areas, queen = TRUE, snap = 1))
centroids <- st_centroid(st_geometry(areas))
timed("knn6", function() knn2nb(knearneigh(centroids, k = 6)))
timed("distance2000m", function() dnearneigh(centroids, 0, 2000))
cat("spdep version", as.character(packageVersion("spdep")), "\n")
