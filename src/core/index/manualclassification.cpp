// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/manualclassification.h"

#include "util/error.h"

#include <cmath>

namespace bib::core {

ManualClassification::ManualClassification(std::vector<double> cuts) : mCuts(std::move(cuts))
{
    if (mCuts.empty() || mCuts.size() >= static_cast<std::size_t>(maximumClassCount)) {
        throw InputError("manual classification needs 1 to " + std::to_string(maximumClassCount - 1) +
                         " breaks (giving 2 to " + std::to_string(maximumClassCount) + " classes), got " +
                         std::to_string(mCuts.size()));
    }
    for (std::size_t i = 0; i < mCuts.size(); ++i) {
        if (!std::isfinite(mCuts[i]))
            throw InputError("manual break " + std::to_string(i + 1) + " is not a finite number");
        if (i > 0 && !(mCuts[i - 1] < mCuts[i])) {
            throw InputError("manual breaks must be strictly increasing, but break " + std::to_string(i + 1) +
                             " is not above break " + std::to_string(i));
        }
    }
}

std::vector<double> ManualClassification::calculateBreaks(const std::vector<double>& /*sorted*/,
                                                          int /*classCount*/) const
{
    return mCuts;
}

} // namespace bib::core
