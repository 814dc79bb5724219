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

/// The level of the pages of an atlas (`--all`): one page per area, or one per wijk of the areas.
enum class BriefingLevel
{
    Buurt,
    Wijk,
};

/// What `bib briefing` prints.
struct BriefingRequest
{
    std::string recipe;
    std::vector<std::string> areas;             ///< area codes, in this order
    bool all = false;                           ///< every area, in the order of the area layer
    BriefingLevel level = BriefingLevel::Buurt; ///< with `all`: Wijk prints one page per wijk
    core::Language language = core::Language::Dutch;
    QString sources; ///< footer sources; empty: the input files and years
    std::optional<std::size_t>
        draws;          ///< robustness draws for the rank interval; nullopt: recipe's, else 1000
    std::string output; ///< .pdf
};

struct BriefingSummary
{
    std::size_t pages = 0; ///< all pages, continuation pages included
    /// Areas printed (continuation pages not counted), or wijken with BriefingLevel::Wijk.
    std::size_t areaPages = 0;
    /// Area pages whose index is printed "onderdrukt"; with BriefingLevel::Wijk, wijk pages
    /// without a buurt with a published index.
    std::size_t withheldAreas = 0;
};

/// Runs the recipe and writes an A4 portrait PDF (vector maps and charts, text as text): a cover
/// with the overview map and the contents (continued on further pages when long), then per area a
/// page with a locator map, a zoomed map with its neighbours, index, rank and rank interval, the
/// profile chart against the municipality, the top drivers in sentences and the indicator
/// table. Every value the disclosure rules withhold prints "onderdrukt"; the municipality figures
/// are computed from published values only, so no total can be differenced back to a withheld
/// cell. Page numbers, recipe and data vintage and the rule applied are in every footer.
/// With BriefingLevel::Wijk the areas are grouped by wijk: the text field wk_code of the areas where
/// it is filled in, else the wijk WKggggww of a CBS buurt code BUggggwwbb. A wijk page has a map
/// of the wijk's buurten (the neighbours in grey), the buurten with published index, rank and
/// class, the wijk's mean index over its published buurten and the drivers of its highest-ranked
/// buurt. When the recipe derives signal or alarm columns from events, each area page states the
/// alarm of the reference period ("Signalen") and draws a chart of the published series per events
/// source (seriespainter.h). When the charts do not fit above the indicator table (a chart needs at
/// least 26 mm; with about six indicators or more it does not), the Signalen block and the charts go
/// to a continuation page "<name> (vervolg)" right after the area page, which points to it; the page
/// plan is made before painting, so the contents, the page count and every footer count it.
/// Throws core::InputError for an unknown area code (naming it), an area without a wijk (naming
/// it) or an output that is no .pdf.
BriefingSummary writeBriefing(const BriefingRequest& request, core::Feedback& feedback);

} // namespace bib::print
