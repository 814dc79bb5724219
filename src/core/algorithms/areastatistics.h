// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "spatial/completecases.h"
#include "spatial/empiricalbayes.h"
#include "spatial/getisord.h"
#include "spatial/moran.h"
#include "spatial/weightsbuilder.h"
#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

/// The complete cases of the fields a statistic needs, with their weights.
struct PreparedCases
{
    WeightsReport weightsReport;
    CompleteCases cases; ///< columns in the order of the fields asked for
};

/// Builds the weights of `areas` and leaves out areas where a field is missing, recomputing the
/// neighbours without them — what the `bib` statistics commands do after reading their areas.
/// `invalid(f, value)` may mark more values as missing (a population of 0). Throws InputError for
/// an unknown or non-numeric field (listing the numeric fields), when fewer than 3 areas remain,
/// and (through requireMetricCrs) for distance-based weights in a geographic CRS. Without
/// `needWeights` no neighbours are built (every row is empty).
PreparedCases prepareCases(const AreaSet& areas, const std::vector<std::string>& fields,
                           const WeightsOptions& weights, bool needWeights, Feedback& feedback,
                           bool (*invalid)(std::size_t field, double value) = nullptr);

/// Throws CrsError when `crs` is geographic (degrees) and the weights measure distances between
/// centroids (knn, distance band, inverse distance): metres are meant, degrees would give wrong
/// neighbours without any sign. Contiguity and file weights do not measure distances.
void requireMetricCrs(const std::string& crs, const WeightsOptions& weights);

/// The analysed areas (ids, names and shapes, no columns) for the result columns below.
AreaSet resultAreas(const AreaSet& areas, const CompleteCases& cases);

/// Adds I, E_I, Var_I, Z_I, p_norm, p_sim and the text column cluster (HH/LL/HL/LH/ns).
void addLocalMoranColumns(AreaSet& results, const LocalMoranResult& r);
/// Adds Z, p_norm, p_sim and the text column cluster (hot/cold/ns).
void addLocalGColumns(AreaSet& results, const LocalGResult& r);
/// Adds raw and eb, each multiplied by `per`.
void addRateColumns(AreaSet& results, const EmpiricalBayesRates& rates, double per);

/// true for a count below 0 (field 0) or a population of 0 or less (field 1): no rate.
bool invalidRateInput(std::size_t field, double value);

} // namespace bib::core
