// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "index/recipe.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

/// What a composite-index run did, for the summary a user sees.
struct IndexRunSummary
{
    std::size_t areas = 0;
    std::size_t withIndex = 0;
    std::vector<std::pair<std::string, std::string>> excluded; ///< (area id, reason)
    std::vector<std::pair<std::string, std::string>> leftOut;  ///< (indicator field, reason)
    std::vector<double> breaks;                                ///< class breaks of the index
};

/// Runs the recipe's composite index on areas that already carry its indicator columns and adds
/// the result columns: n_<field> (normalised, after direction), c_<field> (contribution),
/// d_<domain> (domain score, only with domains), index, rank, and text columns class and drivers
/// (top drivers in Dutch). Existing columns of those names are replaced.
IndexRunSummary runCompositeIndex(AreaSet& areas, const Recipe& recipe, Feedback& feedback);

} // namespace bib::core
