// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "mapexport.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QStatusBar;
class QWidget;

namespace bib::core {
class AreaSet;
} // namespace bib::core

namespace bib::render {
class MapPainter;
}

namespace bib::app {

class TaskRunner;

/// What the Export map dialogs asked for: the file and its page.
struct MapExportChoice
{
    QString path;
    render::PageSpec page;
};

/// The window's File ▸ Export entries: each asks for a file, then writes it on the task runner's
/// worker and says where in the status bar.
class ExportActions
{
    // The strings were the window's before they moved here; they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(bib::app::MainWindow)

public:
    /// The printable page of `painter` as PDF or SVG (vector) or PNG, on A4 or A3, landscape or
    /// portrait: the drawing `bib map` prints. The worker paints a copy (no hover or selection),
    /// so the canvas may go on changing its own painter meanwhile. With the `recipe` whose result
    /// the painter shows, its disclosure rules are applied first: withheld areas are drawn
    /// "onderdrukt" and the page states the rule.
    static void exportMap(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                          const render::MapPainter& painter, const core::Recipe* recipe = nullptr);
    /// The two dialogs of exportMap: the file (with its type) and the paper size. Nothing when
    /// either is cancelled.
    static std::optional<MapExportChoice> askMapExport(QWidget* parent);
    /// Starts writing the page on the runner's worker; false when the runner is busy.
    static bool startMapExport(TaskRunner& runner, QStatusBar* statusBar, const render::MapPainter& painter,
                               const core::Recipe* recipe, const MapExportChoice& choice);
    /// `path` as typed, or, when it has none of the extensions .pdf, .svg, .png, with the extension
    /// of the file type chosen in the dialog (`nameFilter`, e.g. "PNG image (*.png)"; PDF when it
    /// names none of them).
    static QString withPageExtension(const QString& path, const QString& nameFilter);
    /// The paper sizes offered, in the order of the dialog's list: A4 landscape, A4 portrait, A3
    /// landscape, A3 portrait.
    static QStringList paperSizes();
    /// The area table as CSV, GeoPackage or (with a recipe) XLSX. With the `recipe` whose result
    /// the areas hold, exactly what `bib export` writes: the recipe's columns with its disclosure
    /// rules applied and, in a GeoPackage, the QGIS default style. Without one (areas opened on
    /// their own) every column as read.
    static void exportTable(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                            std::shared_ptr<const core::AreaSet> areas,
                            std::optional<core::Recipe> recipe = std::nullopt);
};

} // namespace bib::app
