# SPDX-License-Identifier: GPL-3.0-or-later
# Reference values for tests/unit/spatial/{moran,getisord,empiricalbayes}test.cpp, computed with R's spdep
# 1.2-7 and sf 1.0-9 as packaged by Debian 12 (r-cran-spdep, r-cran-sf). R is a cross-check tool only.
#
#   cd tests/data/spatial && Rscript make_reference.R [REAL_DATA_DIR]
#
# REAL_DATA_DIR defaults to ../../../../shared/data/real (the folder realData() reads). Writes, per layer:
#   <layer>_queen.gal[.gz]       poly2nb(queen = TRUE) neighbours of every area (before leaving any out)
#   <layer>_local.csv[.gz]       localmoran, localG (Gi) and localG (Gi*) of the field, areas with a value
#   <layer>_eb.csv[.gz]          EBest and EBlocal of misdr_2024 per aant_inw, areas with both and aant_inw > 0
#   <layer>_global.csv           moran.test (W and B), EBImoran.mc statistic, permutation shares
# Numbers are written with 15 significant digits (relative rounding error < 5e-16 · 10 ≈ 5e-15).
suppressMessages({
    library(sf)
    library(spdep)
})
args <- commandArgs(trailingOnly = TRUE)
real <- if (length(args) >= 1) args[1] else "../../../../shared/data/real"

num <- function(v) ifelse(is.na(v), "", sprintf("%.15g", v))

write_rows <- function(df, file, gz) {
    con <- if (gz) gzfile(file, "w") else file(file, "w")
    writeLines(paste(names(df), collapse = ","), con)
    cols <- lapply(df, function(col) if (is.numeric(col)) num(col) else as.character(col))
    writeLines(do.call(paste, c(cols, sep = ",")), con)
    close(con)
}

reference <- function(name, path, layer, field, gz) {
    areas <- st_read(path, layer, quiet = TRUE)
    ids <- areas$bu_code
    nb <- poly2nb(areas, queen = TRUE)
    attr(nb, "region.id") <- ids
    gal <- paste0(name, "_queen.gal", if (gz) ".gz" else "")
    if (gz) {
        tmp <- tempfile(fileext = ".gal")
        write.nb.gal(nb, tmp, oldstyle = FALSE, shpfile = basename(path), ind = "bu_code")
        con <- gzfile(gal, "w")
        writeLines(readLines(tmp), con)
        close(con)
    } else {
        write.nb.gal(nb, gal, oldstyle = FALSE, shpfile = basename(path), ind = "bu_code")
    }

    # The field: areas with a missing value are left out and their links dropped (subset.nb), as bib does.
    x <- as.numeric(areas[[field]])
    keep <- !is.na(x)
    sub <- subset(nb, keep)
    xs <- x[keep]
    lwW <- nb2listw(sub, style = "W", zero.policy = TRUE)
    lwB <- nb2listw(sub, style = "B", zero.policy = TRUE)
    lm <- localmoran(xs, lwW, zero.policy = TRUE)
    gi <- localG(xs, lwW, zero.policy = TRUE)
    gstar <- localG(xs, nb2listw(include.self(sub), style = "W", zero.policy = TRUE), zero.policy = TRUE)
    write_rows(data.frame(bu_code = ids[keep], x = xs, Ii = lm[, "Ii"], E.Ii = lm[, "E.Ii"],
                          Var.Ii = lm[, "Var.Ii"], Z.Ii = lm[, "Z.Ii"], Gi = as.numeric(gi),
                          Gistar = as.numeric(gstar)),
               paste0(name, "_local.csv", if (gz) ".gz" else ""), gz)

    # Rates: misdr_2024 registered crimes per aant_inw inhabitants.
    events <- as.numeric(areas$misdr_2024)
    population <- as.numeric(areas$aant_inw)
    keepEb <- !is.na(events) & !is.na(population) & population > 0
    subEb <- subset(nb, keepEb)
    global <- EBest(events[keepEb], population[keepEb])
    local <- EBlocal(events[keepEb], population[keepEb], subEb, zero.policy = TRUE)
    write_rows(data.frame(bu_code = ids[keepEb], events = events[keepEb], population = population[keepEb],
                          raw = global$raw, EBest = global$estmm, EBlocal = local$est),
               paste0(name, "_eb.csv", if (gz) ".gz" else ""), gz)
    ebi <- suppressMessages(EBImoran.mc(events[keepEb], population[keepEb],
                                        nb2listw(subEb, style = "W", zero.policy = TRUE), nsim = 1,
                                        zero.policy = TRUE))

    # Permutation p-values: the share of areas with Pr(folded) Sim < 0.05 (999 permutations, seed 1).
    lmp <- localmoran_perm(xs, lwW, nsim = 999, zero.policy = TRUE, iseed = 1)
    gstarp <- attr(localG_perm(xs, nb2listw(include.self(sub), style = "W", zero.policy = TRUE), nsim = 999,
                               zero.policy = TRUE, iseed = 1), "internals")
    # Only areas with at least one neighbour: bib gives islands no p-value (spdep's localG_perm does,
    # from random draws for the self-link).
    linked <- card(sub) > 0
    share <- function(p) mean(p[linked] < 0.05)
    withLinks <- function(p) sum(linked & !is.na(p))

    rows <- list()
    for (style in c("W", "B")) {
        mt <- moran.test(xs, if (style == "W") lwW else lwB, zero.policy = TRUE, randomisation = TRUE)
        rows[[length(rows) + 1]] <- data.frame(
            statistic = paste0("moran_", style, c("_I", "_E_I", "_Var_I", "_Z_I")),
            value = c(mt$estimate, mt$statistic))
    }
    rows[[length(rows) + 1]] <- data.frame(
        statistic = c("ebimoran_W_I", "n", "n_islands", "localmoran_perm_share_p_lt_0.05",
                      "localmoran_perm_areas", "localG_perm_star_share_p_lt_0.05", "localG_perm_star_areas"),
        value = c(ebi$statistic, length(xs), sum(card(sub) == 0), share(lmp[, "Pr(folded) Sim"]),
                  withLinks(lmp[, "Pr(folded) Sim"]), share(gstarp[, "Pr(folded) Sim"]),
                  withLinks(gstarp[, "Pr(folded) Sim"])))
    write_rows(do.call(rbind, rows), paste0(name, "_global.csv"), FALSE)
}

reference("utrecht_rotterdam", file.path(real, "utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg"),
          "buurten", "misdr_p1000", FALSE)
reference("nl_buurten_2019", file.path(real, "cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg"),
          "buurten_2019", "bev_dichth", TRUE)
