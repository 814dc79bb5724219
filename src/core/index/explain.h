// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"
#include "index/compositeindex.h"

#include <string>
#include <vector>

namespace bib::core {

/// Contribution of each indicator to one area's index: effective weight × normalised value, so
/// that in arithmetic aggregation the contributions add up to the index exactly. In geometric
/// aggregation they are effective weight × ln(normalised value) and add up to ln(index). NaN for
/// an indicator that is missing in the area or takes no part.
std::vector<double> contributions(const PreparedIndex& prepared, const IndexWeights& weights, std::size_t area);

/// One indicator that drives an area's index.
struct Driver
{
    std::size_t indicator = 0;
    double standardised = 0.0; ///< (x − mean) / sd of the transformed value, direction applied
    double weighted = 0.0;     ///< effective weight × standardised: what orders the drivers
};

/// The indicators that push the area's index up most, strongest first (at most `count`, only
/// those above the mean of all areas).
std::vector<Driver> topDrivers(const PreparedIndex& prepared, const IndexWeights& weights, std::size_t area,
                               std::size_t count = 3);

/// The drivers in words, e.g. "vooral hoog: schoolverzuim (+1,8 sd), bijstand (+1,2 sd)".
/// Labels are the recipe's; for a negative indicator the sentence says "laag" for it.
std::string driverSentence(const PreparedIndex& prepared, const std::vector<Driver>& drivers, Language language);

/// A number with a fixed number of decimals and the language's decimal separator, signed when asked.
std::string formatDecimal(double value, int decimals, Language language, bool showPlus = false);

} // namespace bib::core
