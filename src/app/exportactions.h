// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"

#include <QCoreApplication>

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
    /// The area table as CSV, GeoPackage or (with a recipe) XLSX. With the `recipe` whose result
    /// the areas hold, exactly what `bib export` writes: the recipe's columns with its disclosure
    /// rules applied and, in a GeoPackage, the QGIS default style. Without one (areas opened on
    /// their own) every column as read.
    static void exportTable(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                            std::shared_ptr<const core::AreaSet> areas,
                            std::optional<core::Recipe> recipe = std::nullopt);
};

} // namespace bib::app
