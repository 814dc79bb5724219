// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"
#include "spatial/completecases.h"
#include "spatial/multipletesting.h"
#include "spatial/permutation.h"
#include "spatial/weightsbuilder.h"
#include "weightsoptions.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace bib::cli {

/// What every spatial statistics command (moran, lisa, gistar, ebrate) shares: the areas, the weights
/// (`--weights --snap --style --islands`, see WeightsCliOptions), and the test options
/// `--permutations N --seed N --alpha A --fdr --bonferroni`.
struct StatisticsCliOptions
{
    AreaOptions areas;
    WeightsCliOptions weights;
    std::size_t permutations = 999;
    std::uint64_t seed = core::PermutationOptions{}.seed;
    double alpha = 0.05;
    bool fdr = false;
    bool bonferroni = false;

    /// `significance`: also --alpha --fdr --bonferroni; `permutation`: also --permutations --seed.
    void addTo(CLI::App& command, bool permutation, bool significance);
    core::PermutationOptions permutationOptions() const;
    core::PValueAdjustment adjustment() const;
};

/// The areas, their weights and the complete cases of the fields a statistic needs.
struct PreparedStatistics
{
    core::AreaSet areas;
    core::WeightsReport weightsReport;
    core::CompleteCases cases; ///< columns in the order of `fields`
};

/// Loads the areas, then core::prepareCases (the same code as the QGIS algorithms): builds the
/// weights with the shared weights options and leaves out areas where a field is missing,
/// recomputing the neighbours without them. `invalid(f, value)` may mark more values as missing (e.g.
/// a population of 0). Throws InputError for an unknown or text field (listing the numeric fields)
/// and when fewer than 3 areas remain, CrsError for distance weights in a geographic CRS. Without
/// `needWeights` no neighbours are built (every row is empty).
PreparedStatistics prepareStatistics(const StatisticsCliOptions& options,
                                     const std::vector<std::string>& fields, bool needWeights,
                                     Context& context,
                                     bool (*invalid)(std::size_t field, double value) = nullptr);

/// With --json, one warning on stderr naming the areas left out (and the areas that lost their last
/// neighbour); the text reports list them on stdout instead.
void warnLeftOut(const PreparedStatistics& prepared, const std::string& what, Context& context);

/// The analysed areas (ids and shapes, no other columns) for writing results; `idField` as read.
core::AreaSet resultAreas(const PreparedStatistics& prepared);

/// Writes results with core::writeAreas (.gpkg or .csv), never over the inputs.
void writeResults(const core::AreaSet& results, const StatisticsCliOptions& options,
                  const std::string& output, const std::string& layerName, Context& context);

/// "a b c … (N)" with at most `shown` items, for one report line.
std::string listLine(const std::vector<std::string>& items, std::size_t shown = 20);
/// A JSON array of strings.
std::string jsonList(const std::vector<std::string>& items);
/// A JSON number, or null for NaN.
std::string jsonNumber(double value);

} // namespace bib::cli
