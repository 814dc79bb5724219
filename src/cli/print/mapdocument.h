// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapexport.h"
#include "mappainter.h"
#include "printjob.h"

#include <QString>

#include <memory>
#include <string>

namespace bib::print {

/// What `bib map` prints.
struct MapRequest
{
    std::string recipe;
    std::string field = "index"; ///< a result or indicator column of the recipe
    render::PaperSize paper = render::PaperSize::A4;
    bool landscape = false;
    int dotsPerInch = 300;
    std::string output; ///< .pdf, .svg or .png
    core::Language language = core::Language::Dutch;
    QString title;    ///< empty: the recipe's name
    QString subtitle; ///< empty: what the field is
    QString sources;  ///< for "Bron: …"; empty: the input files and years
};

/// What was printed, for the command's summary.
struct MapSummary
{
    std::string field;
    std::size_t areas = 0;
    std::size_t withheld = 0; ///< areas drawn "onderdrukt"
    std::vector<double> breaks;
    render::PageSpec page;
};

/// A painter of one column of the published result: classes and colours as the workstation
/// draws them (the recipe's classification for the index, quantiles otherwise), withheld areas
/// cross-hatched as "onderdrukt", the legend listing "geen gegevens" and "onderdrukt", the
/// disclosure rule as the page's note and the source line as its footer. An indicator with the
/// transform per1000 is mapped as its rate. Throws core::InputError for a field that is not a
/// numeric result or indicator column of the recipe, naming those that are.
std::unique_ptr<render::MapPainter> printMapPainter(const PrintData& data, const std::string& field,
                                                    core::Language language, const QString& sources = {});

/// Legend heading of a field: "Index (hoger = meer aandacht)" or the indicator's label and unit.
QString fieldHeading(const PrintData& data, const std::string& field, core::Language language);

/// The painter of the page writeMap() prints for `request` (title and subtitle set).
std::unique_ptr<render::MapPainter> mapPagePainter(const PrintData& data, const MapRequest& request);

/// Runs the recipe and writes the page (atomically; inputs are never overwritten).
MapSummary writeMap(const MapRequest& request, core::Feedback& feedback);

} // namespace bib::print
