# SPDX-License-Identifier: GPL-3.0-or-later
# Reference values for the EARS C1/C2/C3 tests: surveillance::earsC (surveillance 1.20.3, R 4.2.2,
# Debian 12 r-cran-surveillance) on the weekly series in series.csv (built by make_series.py from the
# Assen Signalen meldingen and the politie woninginbraak pc4 events).
#
#   Rscript tests/data/peaks/make_reference.R      (from the repository root; writes reference.csv)
#
# earsC returns upperbound and alarm but not the baseline mean, so `expected` is computed here with
# R's mean() over the same window earsC uses: the `baseline` periods before t for C1, and the
# `baseline` periods ending 3 before t (guard band of 2) for C2 and C3.
# Numbers are written with 17 significant digits; NaN/NA are written as NaN/NA.
suppressMessages(library(surveillance))
here <- "tests/data/peaks"
series <- read.csv(file.path(here, "series.csv"), colClasses = c("character", "character", "character", "numeric"),
                   na.strings = character(0))
configurations <- list(
    list(method = "C1"),                      # earsC defaults: baseline 7, alpha 0.001, minSigma 0
    list(method = "C2"),                      # baseline 7, guard band 2, alpha 0.001
    list(method = "C3"),                      # baseline 7, guard band 2, alpha 0.025 (earsC's C3 default)
    list(method = "C1", baseline = 10, alpha = 0.01),
    list(method = "C2", baseline = 5, alpha = 0.05, minSigma = 1),
    list(method = "C3", baseline = 12, alpha = 0.001, minSigma = 0.5))
number <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", sprintf("%.17g", x))
rows <- list()
for (configuration in configurations) {
    baseline <- if (is.null(configuration$baseline)) 7 else configuration$baseline
    alpha <- if (!is.null(configuration$alpha)) configuration$alpha else if (configuration$method == "C3") 0.025 else 0.001
    minSigma <- if (is.null(configuration$minSigma)) 0 else configuration$minSigma
    guard <- if (configuration$method == "C1") 0 else 2
    for (key in unique(paste(series$area, series$category, sep = "\t"))) {
        part <- series[paste(series$area, series$category, sep = "\t") == key, ]
        y <- part$count
        s <- sts(observed = matrix(y, ncol = 1), start = c(2000, 1), frequency = 52)
        result <- earsC(s, control = configuration)
        range <- result@control$range
        expected <- sapply(range, function(t) mean(y[(t - guard - baseline):(t - guard - 1)]))
        rows[[length(rows) + 1]] <- data.frame(
            method = configuration$method, baseline = baseline, alpha = alpha, min_sigma = minSigma,
            area = part$area[range], category = part$category[range], period_start = part$period_start[range],
            observed = y[range], expected = number(expected), upper = number(as.vector(upperbound(result))),
            alarm = ifelse(is.na(as.vector(alarms(result))), "NA", as.integer(as.vector(alarms(result)))))
    }
}
out <- do.call(rbind, rows)
write.csv(out, file.path(here, "reference.csv"), row.names = FALSE, quote = FALSE)
cat(nrow(out), "rows;", sum(out$alarm == "1"), "alarms;", sum(out$upper %in% c("NaN", "NA")), "NaN upper bounds\n")
