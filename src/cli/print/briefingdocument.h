// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"
#include "util/feedback.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bib::print {

/// What `bib briefing` prints.
struct BriefingRequest
{
    std::string recipe;
    std::vector<std::string> areas; ///< area codes, in this order
    bool all = false;               ///< every area, in the order of the area layer
    core::Language language = core::Language::Dutch;
    QString sources; ///< footer sources; empty: the input files and years
    std::optional<std::size_t>
        draws;          ///< robustness draws for the rank interval; nullopt: recipe's, else 1000
    std::string output; ///< .pdf
};

struct BriefingSummary
{
    std::size_t pages = 0;
    std::size_t areaPages = 0;
    std::size_t withheldAreas = 0; ///< area pages whose index is printed "onderdrukt"
};

/// Runs the recipe and writes an A4 portrait PDF (vector maps and charts, text as text): a cover
/// with the overview map and the contents (continued on further pages when long), then per area a
/// page with a locator map, a zoomed map with its neighbours, index, rank and rank interval, the
/// profile chart against the municipality, the top drivers in sentences and the indicator
/// table. Every value the disclosure rules withhold prints "onderdrukt"; the municipality figures
/// are computed from published values only, so no total can be differenced back to a withheld
/// cell. Page numbers, recipe and data vintage and the rule applied are in every footer.
/// Throws core::InputError for an unknown area code (naming it) or an output that is no .pdf.
BriefingSummary writeBriefing(const BriefingRequest& request, core::Feedback& feedback);

} // namespace bib::print
