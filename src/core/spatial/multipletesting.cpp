// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/multipletesting.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bib::core {

std::optional<PValueAdjustment> parsePValueAdjustment(const std::string& text)
{
    if (text == "none")
        return PValueAdjustment::None;
    if (text == "bonferroni")
        return PValueAdjustment::Bonferroni;
    if (text == "fdr" || text == "bh")
        return PValueAdjustment::BenjaminiHochberg;
    return std::nullopt;
}

std::string toString(PValueAdjustment adjustment)
{
    switch (adjustment) {
    case PValueAdjustment::Bonferroni:
        return "bonferroni";
    case PValueAdjustment::BenjaminiHochberg:
        return "fdr";
    case PValueAdjustment::None:
        break;
    }
    return "none";
}

std::vector<double> adjustPValues(std::span<const double> pValues, PValueAdjustment adjustment)
{
    std::vector<double> out(pValues.begin(), pValues.end());
    std::vector<std::size_t> tested;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!std::isnan(out[i]))
            tested.push_back(i);
    const auto m = static_cast<double>(tested.size());
    if (adjustment == PValueAdjustment::Bonferroni) {
        for (std::size_t i : tested)
            out[i] = std::min(1.0, m * out[i]);
    } else if (adjustment == PValueAdjustment::BenjaminiHochberg) {
        // Walk from the largest p down, keeping the running minimum of m·p/rank (R's cummin).
        std::stable_sort(tested.begin(), tested.end(),
                         [&](std::size_t a, std::size_t b) { return pValues[a] > pValues[b]; });
        double running = 1.0;
        for (std::size_t k = 0; k < tested.size(); ++k) {
            const double rank = m - static_cast<double>(k);
            running = std::min(running, m * pValues[tested[k]] / rank);
            out[tested[k]] = running;
        }
    }
    return out;
}

std::vector<bool> significantAt(std::span<const double> pValues, double alpha, PValueAdjustment adjustment)
{
    const std::vector<double> adjusted = adjustPValues(pValues, adjustment);
    std::vector<bool> out(adjusted.size());
    for (std::size_t i = 0; i < adjusted.size(); ++i)
        out[i] = adjusted[i] <= alpha; // false for NaN
    return out;
}

} // namespace bib::core
