// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/normalisation.h"
#include "index/recipe.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

/// One indicator after transform, outlier treatment, imputation and normalisation.
struct PreparedIndicator
{
    IndicatorSpec spec;
    std::vector<double> values;     ///< transformed and treated, before normalising (NaN = missing)
    std::vector<double> normalised; ///< after normalising and direction (NaN = missing)
    ValueStatistics stats;          ///< of `values`, for explanations in standard deviations
    OutlierReport outliers;
    bool leftOut = false;           ///< constant, or fewer than 3 values
    std::string leftOutReason;
    std::size_t domain = 0;         ///< index into PreparedIndex::domains
};

/// Everything about an index that does not depend on the weights: computed once per recipe, then
/// computeIndex() runs for each weight change (the interactive loop).
struct PreparedIndex
{
    std::vector<PreparedIndicator> indicators;
    std::vector<DomainSpec> domains; ///< one unnamed domain when the recipe has none
    bool hasDomains = false;
    Aggregation aggregation = Aggregation::Arithmetic;
    MissingRule missing = MissingRule::Exclude;
    std::size_t areaCount = 0;
};

/// Transforms, treats outliers, imputes and normalises each indicator of the recipe over the
/// areas in the analysis. Throws InputError naming the recipe key path for a field that is not a
/// numeric column of the areas (listing the columns that are). Left-out indicators are reported
/// through feedback.
PreparedIndex prepareIndex(const AreaSet& areas, const Recipe& recipe, Feedback& feedback);

/// Prepares indicator `i` of the recipe again after its direction, transform, normalisation or
/// outlier treatment changed, replacing prepared.indicators[i]; the result equals that of a full
/// prepareIndex() over the same areas and recipe. `prepared` must come from prepareIndex() with
/// the same areas, indicators (in the same order), domains and missing rule; only the recipe's
/// indicator `i` (and the weights, which preparation ignores) may differ. O(areas) for the one
/// indicator, or O(areas log areas) for rank-based normalisations. Throws InternalError for an
/// index outside the recipe, and what prepareIndex() throws (also when every indicator is then
/// left out, in which case `prepared` is unchanged).
void reprepareIndicator(PreparedIndex& prepared, const AreaSet& areas, const Recipe& recipe, std::size_t i,
                        Feedback& feedback);

/// Weights as they are now (the sliders): one per indicator and one per domain, ≥ 0.
struct IndexWeights
{
    std::vector<double> indicators;
    std::vector<double> domains;
};

/// The recipe's weights for a prepared index.
IndexWeights recipeWeights(const PreparedIndex& prepared);

struct IndexResult
{
    std::vector<double> index;                     ///< NaN where the area has no index
    std::vector<double> rank;                      ///< 1 = highest index, ties share the lowest number; NaN without index
    std::vector<std::vector<double>> domainScores; ///< [domain][area]
    std::vector<std::string> noIndexReason;        ///< "" where the area has an index
    std::size_t withIndex = 0;
};

/// Aggregates the normalised indicators with the given weights.
///
/// Domain score = weighted mean of its indicators; index = weighted mean of the domain scores
/// (arithmetic), or Π vᵢ^(wᵢ/Σw) at both levels (geometric, which needs every value > 0 and throws
/// InputError naming the indicator otherwise). Missing values: Exclude gives no index to an area
/// with any missing indicator; Reweight averages over the indicators present when they carry at
/// least two thirds of the effective weight (domain share × share within the domain). Indicators
/// with weight 0 and left-out indicators take no part. O(areas × indicators); no allocation
/// beyond the result.
IndexResult computeIndex(const PreparedIndex& prepared, const IndexWeights& weights);

/// Competition ranks of values, highest first: 1 = highest, ties share the lowest number
/// (10, 8, 8, 5 → 1, 2, 2, 4); NaN gets NaN.
std::vector<double> descendingRanks(const std::vector<double>& values);

/// Effective weight of each indicator in the index: domain weight share × weight share within its
/// domain; 0 for left-out indicators. Sums to 1 when any weight is positive.
std::vector<double> effectiveWeights(const PreparedIndex& prepared, const IndexWeights& weights);

} // namespace bib::core
