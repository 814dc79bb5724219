// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "spatialanalysis.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <vector>

namespace bib::render {
class MapPainter;
}

namespace bib::app {

/// The map and table the workstation shows, written without a window; and the texts and style of
/// a map that the window and the export share.
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::HeadlessExport)

public:
    /// Loads `request` (the demo when empty), creates `folder` when needed and writes
    /// folder/kaart.png (A4 landscape, 150 dpi: title, map, legend, scale bar, north arrow) and
    /// folder/tabel.csv (the area table with all columns). With `analysis` the statistic runs first
    /// on the mapped column with the dialog's defaults (SpatialAnalysis::defaultSettings), the
    /// table gets its columns and the map shows its classes (the global statistic: the summary
    /// only, as a warning). Returns the paths written. Needs a QGuiApplication (fonts); throws the
    /// core's errors.
    static std::vector<std::filesystem::path> run(const std::optional<LoadRequest>& request,
                                                  const std::string& field,
                                                  const std::filesystem::path& folder,
                                                  core::Feedback& feedback,
                                                  std::optional<AnalysisKind> analysis = std::nullopt);

    /// The map painter the workstation and the export share for a loaded workspace: its mapped
    /// column in mapStyle(workspace, column, base), with titles and footer as set by showColumn().
    static render::MapPainter mapPainterFor(const Workspace& workspace,
                                            const render::ChoroplethStyle& base = {});
    /// Maps `column` of the workspace on `painter` (a painter of the workspace's areas) and sets the
    /// texts that go with it: title, subtitle, legend heading, sources and recipe in the footer.
    /// Keeps the painter's style. Throws core::InputError for an unknown column.
    static void showColumn(render::MapPainter& painter, const Workspace& workspace,
                           const std::string& column);

    /// The style a column opens with: for a recipe's composite index the recipe's classification
    /// (method, classes, breaks); otherwise `base`, except that manual breaks (which belong to
    /// the index) fall back to quantiles. The ramp is always the base's.
    static render::ChoroplethStyle mapStyle(const Workspace& workspace, const std::string& column,
                                            const render::ChoroplethStyle& base = {});

    /// "Composite index — <recipe name>" for a recipe's index; else "column — areas".
    static QString mapTitle(const Workspace& workspace, const std::string& column);
    /// One short line under the title: what a higher index means, the recipe's short hash, and
    /// that the data are synthetic, as far as they apply; empty when none does.
    static QString mapSubtitle(const Workspace& workspace, const std::string& column);
    /// The window's title: the recipe's title when opened from a recipe, else the areas' file name.
    static QString windowTitle(const Workspace& workspace);
    /// "Recipe: <name>, sha256 <12 hex digits>"; empty without a recipe.
    static QString recipeProvenance(const Workspace& workspace);
    /// File names of the recipe's areas and tables; empty without a recipe.
    static QStringList recipeSources(const Workspace& workspace);
    /// The first 12 hex digits of the recipe's sha256, as printed on maps.
    static QString shortHash(const core::Recipe& recipe);
};

} // namespace bib::app
