// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

class QStatusBar;
class QWidget;

namespace bib::core {
class AreaSet;
}

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
    /// The printable page of `painter` as PNG. The worker paints a copy (no hover or selection),
    /// so the canvas may go on changing its own painter meanwhile.
    static void exportMap(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                          const render::MapPainter& painter);
    /// The area table with all columns as CSV or GeoPackage.
    static void exportTable(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                            std::shared_ptr<const core::AreaSet> areas);
};

} // namespace bib::app
