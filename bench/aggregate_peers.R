# SPDX-License-Identifier: GPL-3.0-or-later
# Peer timing for bench/aggregate_peers.sh: sf st_join (st_intersects) + ISO-week count of EVENTS.csv
# into the buurten. Usage: Rscript aggregate_peers.R BUURTEN.gpkg LAYER EVENTS.csv
suppressMessages(library(sf))
args <- commandArgs(trailingOnly = TRUE)
start <- Sys.time()
buurten <- st_read(args[1], layer = args[2], quiet = TRUE)[, "bu_code"]
events <- read.csv(args[3])
points <- st_as_sf(events, coords = c("x", "y"), crs = 28992)
joined <- st_join(points, buurten, join = st_intersects, left = FALSE)
local <- as.POSIXlt(as.POSIXct(joined$time, format = "%Y-%m-%dT%H:%M:%SZ", tz = "UTC"), tz = "Europe/Amsterdam")
week <- as.Date(local, tz = "Europe/Amsterdam") - (local$wday + 6) %% 7
counts <- table(joined$bu_code, week)
cat(sprintf("sf: %d events, %d joined, %.2f s\n", nrow(events), sum(counts),
            as.numeric(difftime(Sys.time(), start, units = "secs"))))
