// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "privacy/publishedresult.h"
#include "temporal/eventcolumns.h"
#include "util/feedback.h"

#include <QString>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::print {

/// A language-dependent text of a printed page: Dutch unless English is asked for. Print texts
/// follow the document's language, not the interface's, so they are chosen here, not by tr().
inline QString say(core::Language language, const char* dutch, const char* english)
{
    return QString::fromUtf8(language == core::Language::English ? english : dutch);
}

/// What maps and briefings of a recipe print from: its run, published through the disclosure
/// rules. Nothing else of the run leaves through print.
struct PrintData
{
    core::Recipe recipe;
    core::AreaSet raw; ///< the run's areas with every value (for explanations only, never printed)
    core::IndexRunSummary run;
    core::PublishedResult published;
    std::shared_ptr<const core::AreaSet> publishedAreas; ///< published.areas, shared with painters
    std::vector<std::string> inputs;                     ///< recipe, areas, tables, events: never overwritten
    std::vector<core::EventColumnsReport> events;        ///< one per events source, in recipe order
    /// One per events source, parallel to `events`, rows as `raw` (unpublished: print through
    /// core::publishAreaSeries only).
    std::vector<core::AreaEventSeries> series;
};

/// Reads the recipe, loads and joins its data, runs the index (with `draws` robustness draws when
/// given, else as the recipe says) and applies the disclosure rules.
PrintData preparePrint(const std::string& recipePath, std::optional<std::size_t> draws,
                       core::Feedback& feedback);

/// "Bron: <sources>; recept '<name>' (sha <12>); gemaakt dd-mm-jjjj" (English: "Source: …; recipe
/// …; made yyyy-mm-dd"). `sources` empty: the file names of the areas and tables with their year
/// where it is known.
QString sourceLine(const PrintData& data, const QString& sources, core::Language language);

/// The data vintage for a footer: the input file names, with the years of their columns.
QString dataVintage(const PrintData& data);

/// The disclosure rule applied, with how many cells it withheld.
QString disclosureNote(const PrintData& data, core::Language language);

/// A number as printed: `decimals` digits with the language's decimal separator.
QString number(double value, int decimals, core::Language language);

} // namespace bib::print
