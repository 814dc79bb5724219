// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "demodata.h"
#include "io/areawriter.h"
#include "mapexport.h"
#include "mappainter.h"

namespace bib::app {

namespace fs = std::filesystem;

QString HeadlessExport::mapTitle(const Workspace& workspace, const std::string& column)
{
    const QString source = QString::fromStdString(fs::path(workspace.areas->source).stem().string());
    if (workspace.recipe && column == "index")
        return tr("Composite index") + QStringLiteral(" \u2014 ") + QString::fromStdString(workspace.recipe->name);
    if (column.empty())
        return source;
    return QString::fromStdString(column) + QStringLiteral(" \u2014 ") + source;
}

render::MapPainter HeadlessExport::mapPainterFor(const Workspace& workspace)
{
    render::MapPainter painter(workspace.areas);
    if (!workspace.mappedColumn.empty())
        painter.setColumn(workspace.mappedColumn);
    painter.setTitle(mapTitle(workspace, workspace.mappedColumn));
    QString subtitle;
    if (workspace.recipe)
        subtitle = tr("Recipe '%1' (sha256 %2); higher index = more attention needed")
                       .arg(QString::fromStdString(workspace.recipe->name),
                            QString::fromStdString(workspace.recipe->sha256.substr(0, 12)));
    if (workspace.request.synthetic)
        subtitle += (subtitle.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) +
                    tr("Synthetic demo data: not a real place, not real figures");
    if (!subtitle.isEmpty())
        painter.setSubtitle(subtitle);
    return painter;
}

std::vector<fs::path> HeadlessExport::run(const std::optional<LoadRequest>& request, const std::string& field,
                                          const fs::path& folder, core::Feedback& feedback)
{
    LoadRequest load = request ? *request : demoRequest(findDemoFolder());
    if (!field.empty())
        load.field = field;
    const Workspace workspace = loadWorkspace(load, feedback);
    fs::create_directories(folder);

    const fs::path map = folder / "kaart.png";
    render::writePagePng(mapPainterFor(workspace), map.string());

    const fs::path table = folder / "tabel.csv";
    core::AreaWriteOptions options;
    options.inputs = {load.areas.path, load.recipePath};
    if (load.table)
        options.inputs.push_back(load.table->path);
    if (workspace.recipe) {
        options.inputs.push_back(workspace.recipe->areas.path);
        for (const auto& t : workspace.recipe->tables)
            options.inputs.push_back(t.path);
    }
    core::writeAreas(*workspace.areas, table.string(), options, feedback);
    return {map, table};
}

} // namespace bib::app
