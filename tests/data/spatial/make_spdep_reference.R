# SPDX-License-Identifier: GPL-3.0-or-later
# Reference neighbour lists from spdep for tests/unit/spatial (a cross-check, not a product
# dependency). Made with Debian 12's r-cran-spdep 1.2-7 and r-cran-sf 1.0-9 (GEOS 3.11.1):
#
#   Rscript tests/data/spatial/make_spdep_reference.R \
#     ../shared/data/real/utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg tests/data/spatial
#
# Writes GeoDa GAL files with the buurt codes as ids (write.nb.gal, new style) and prints the
# link counts that contiguityweightstest.cpp and nearestneighbourweightstest.cpp record. poly2nb
# ignores row.names for an sf object (it takes row.names(x)), so region.id is set afterwards:
# write.nb.gal writes region.id as the ids.
suppressPackageStartupMessages({
  library(sf)
  library(spdep)
})
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2)
areas <- st_read(args[1], layer = "buurten", quiet = TRUE)
out <- args[2]
ids <- as.character(areas$bu_code)
centroids <- st_centroid(st_geometry(areas))

lists <- list(
  queen = poly2nb(areas, queen = TRUE),
  rook = poly2nb(areas, queen = FALSE),
  queen_snap1 = poly2nb(areas, queen = TRUE, snap = 1),
  knn4 = knn2nb(knearneigh(centroids, k = 4)),
  dnn1000 = dnearneigh(centroids, 0, 1000)
)
for (name in names(lists)) {
  nb <- lists[[name]]
  attr(nb, "region.id") <- ids
  file <- file.path(out, paste0("utrecht_rotterdam_", name, "_spdep.gal"))
  write.nb.gal(nb, file, oldstyle = FALSE, shpfile = "utrecht_rotterdam_buurten", ind = "bu_code")
  cat(sprintf("%-12s links %5d, islands %d, symmetric %s\n", name, sum(card(nb)), sum(card(nb) == 0),
              is.symmetric.nb(nb, verbose = FALSE, force = TRUE)))
}
cat("spdep", as.character(packageVersion("spdep")), "sf", as.character(packageVersion("sf")), "\n")
