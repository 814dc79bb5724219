// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QString>

#include <filesystem>
#include <vector>

namespace bib::render {
class MapPainter;
}

namespace bib::app {

/// The map and table the workstation shows, written without a window.
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::HeadlessExport)

public:
    /// Loads `request` (the demo when empty), creates `folder` when needed and writes
    /// folder/kaart.png (A4 landscape, 150 dpi: title, map, legend, scale bar, north arrow) and
    /// folder/tabel.csv (the area table with all columns). Returns the paths written. Needs a
    /// QGuiApplication (fonts); throws the core's errors.
    static std::vector<std::filesystem::path> run(const std::optional<LoadRequest>& request,
                                                  const std::string& field,
                                                  const std::filesystem::path& folder,
                                                  core::Feedback& feedback);

    /// The map painter the workstation and the export share for a loaded workspace: its mapped
    /// column, the default style, and a title "column — source".
    static render::MapPainter mapPainterFor(const Workspace& workspace);
    static QString mapTitle(const Workspace& workspace, const std::string& column);
};

} // namespace bib::app
