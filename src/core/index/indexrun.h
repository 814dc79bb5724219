// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "index/recipe.h"
#include "index/robustness.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <optional>
#include <string>
#include <vector>

namespace bib::core {

/// What the uncertainty analysis of a run did (see robustness.h).
struct RobustnessSummary
{
    UncertaintyOptions options;     ///< as used: draws, seed, weights, normalisations, aggregations
    unsigned threads = 1;
    std::size_t geometricDraws = 0;
    std::size_t nominalOutside = 0; ///< areas whose interval was widened to contain the nominal rank
    std::vector<std::string> notes;
    std::vector<std::pair<std::string, double>> dropShift; ///< (field, mean |rank change| when left out)
};

/// What a composite-index run did, for the summary a user sees.
struct IndexRunSummary
{
    std::size_t areas = 0;
    std::size_t withIndex = 0;
    std::vector<std::pair<std::string, std::string>> excluded; ///< (area id, reason)
    std::vector<std::pair<std::string, std::string>> leftOut;  ///< (indicator field, reason)
    std::vector<double> breaks;                                ///< class breaks of the index
    std::optional<RobustnessSummary> robustness;               ///< with IndexRunOptions::uncertainty
};

struct IndexRunOptions
{
    /// When set, also runs the uncertainty analysis and adds rank_median, rank_p05 and rank_p95
    /// (R type 7 percentiles of the draws' ranks, the interval widened to contain the nominal rank).
    std::optional<UncertaintyOptions> uncertainty;
};

/// The run options a recipe asks for: its "robustness" section with the recipe's seed, the
/// number of draws replaced by `draws` when given (0: no uncertainty analysis).
IndexRunOptions indexRunOptions(const Recipe& recipe, std::optional<std::size_t> draws = std::nullopt);

/// Runs the recipe's composite index on areas that already carry its indicator columns and adds
/// the result columns: n_<field> (normalised, after direction), c_<field> (contribution),
/// d_<domain> (domain score, only with domains), index, rank, and text columns class and drivers
/// (top drivers in Dutch). Existing columns of those names are replaced.
IndexRunSummary runCompositeIndex(AreaSet& areas, const Recipe& recipe, Feedback& feedback);

/// As above, with options; the columns and summary without options are the same as above.
IndexRunSummary runCompositeIndex(AreaSet& areas, const Recipe& recipe, const IndexRunOptions& options,
                                  Feedback& feedback);

} // namespace bib::core
