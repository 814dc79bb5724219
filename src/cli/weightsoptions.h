// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/weightsbuilder.h"

#include <CLI/CLI.hpp>

#include <string>

namespace bib::cli {

/// The spatial weights options every statistics command shares:
/// `--weights queen|rook|knn:K|distance:METRES|inverse:METRES[:POWER]|FILE.gal|FILE.gwt` (default
/// queen), `--snap METRES` (queen/rook), `--style W|B` (default W), `--islands leave|nearest`.
/// Bad values are usage errors at parse time.
struct WeightsCliOptions
{
    std::string weights = "queen";
    double snap = 0.0;
    std::string style = "W";
    std::string islands = "leave";

    void addTo(CLI::App& command);
    /// The typed options (throws core::InputError, which addTo's checks already rule out).
    core::WeightsOptions options() const;
};

/// "areas N, links L, neighbours min/mean/max a/b/c, islands K (ids…)" — at most 20 ids shown.
std::string weightsSummaryLine(const core::WeightsSummary& summary);
/// The report as lines of text: description, summary, snapping, island links, asymmetry.
std::string weightsReportText(const core::WeightsReport& report);
/// The report as one JSON object (no trailing newline).
std::string weightsReportJson(const core::WeightsReport& report);

} // namespace bib::cli
