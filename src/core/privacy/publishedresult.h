// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"
#include "index/recipe.h"
#include "model/areaset.h"
#include "privacy/disclosure.h"

#include <string>
#include <vector>

namespace bib::core {

/// The result of an index run as it may be shown outside the program (maps, briefings, files).
struct PublishedResult
{
    /// All columns of the run; every withheld numeric cell is NaN and every withheld text cell
    /// reads "onderdrukt". `rank` is ranked again among the published index values and `class`
    /// holds the 1-based class of `classes` (or "geen gegevens").
    AreaSet areas;
    SuppressionMask mask;
    /// The recipe's classification over the published index values only, so no class bound
    /// reveals a withheld index. Labels with two decimals, as compose writes them.
    ClassificationResult classes;

    /// True when the cell was withheld (and is NaN / "onderdrukt" in `areas`).
    bool isWithheld(const std::string& column, std::size_t row) const
    {
        return mask.isSuppressed(column, row);
    }
};

/// The recipe's classification of the index column over the cells `mask` lets out.
ClassificationResult publishedClasses(const AreaSet& areas, const Recipe& recipe,
                                      const SuppressionMask& mask);

/// Replaces `rank` by competition ranks (1 = highest index) among the areas whose index is
/// published, and `class` by the 1-based class in `classes`: a gap in the ranks or a class bound
/// would otherwise tell where a withheld index lay. O(n log n).
void rerankPublished(AreaSet& areas, const SuppressionMask& mask, const ClassificationResult& classes);

/// Applies the recipe's disclosure rules to the result of runCompositeIndex (see
/// findSuppressions) and withholds the cells: the one entry point for everything that draws or
/// prints a result.
PublishedResult publishResult(const AreaSet& areas, const Recipe& recipe);

/// The rule applied, in words, as every printed page states it, e.g. "Onderdrukt: aantallen
/// kleiner dan 5 en cijfers over minder dan 50 inwoners" / "Withheld: counts below 5 and figures
/// on fewer than 50 inhabitants".
std::string disclosureRuleText(const PrivacySpec& privacy, Language language);

} // namespace bib::core
