// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"

#include "demodata.h"
#include "io/areawriter.h"
#include "mapexport.h"
#include "mappainter.h"
#include "spatialanalysis.h"

namespace bib::app {

namespace fs = std::filesystem;

namespace {

bool isRecipeIndex(const Workspace& workspace, const std::string& column)
{
    return workspace.recipe && column == "index";
}

QString fileNameOf(const std::string& path)
{
    return QString::fromStdString(fs::path(path).filename().string());
}

} // namespace

QString HeadlessExport::shortHash(const core::Recipe& recipe)
{
    return QString::fromStdString(recipe.sha256.substr(0, 12));
}

QString HeadlessExport::mapTitle(const Workspace& workspace, const std::string& column)
{
    const QString source = QString::fromStdString(fs::path(workspace.areas->source).stem().string());
    if (isRecipeIndex(workspace, column))
        return tr("Composite index") + QStringLiteral(" \u2014 ") +
               QString::fromStdString(workspace.recipe->name);
    if (column.empty())
        return source;
    const QString heading = SpatialAnalysis::legendHeading(column);
    const core::TextColumn* classes = workspace.areas->textColumn(column);
    if (!heading.isEmpty() && classes)
        return tr("%1 of %2")
                   .arg(heading, isRecipeIndex(workspace, classes->provenance.field)
                                     ? tr("composite index")
                                     : QString::fromStdString(classes->provenance.field)) +
               QStringLiteral(" \u2014 ") + source;
    return QString::fromStdString(column) + QStringLiteral(" \u2014 ") + source;
}

QString HeadlessExport::mapSubtitle(const Workspace& workspace, const std::string& column)
{
    QStringList parts;
    if (isRecipeIndex(workspace, column))
        parts << tr("Higher index = more attention needed");
    if (workspace.recipe)
        parts << (workspace.recipeModified ? tr("recipe sha256 %1, weights changed (not saved)")
                                           : tr("recipe sha256 %1"))
                     .arg(shortHash(*workspace.recipe));
    if (workspace.request.synthetic)
        parts << (parts.isEmpty() ? tr("Synthetic demo data: not a real place, not real figures")
                                  : tr("synthetic demo data"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString HeadlessExport::windowTitle(const Workspace& workspace)
{
    if (workspace.recipe)
        return mapTitle(workspace, "index");
    return QString::fromStdString(displayName(workspace.areas->source));
}

QString HeadlessExport::recipeProvenance(const Workspace& workspace)
{
    if (!workspace.recipe)
        return {};
    return (workspace.recipeModified ? tr("Recipe: %1, sha256 %2, weights changed (not saved)")
                                     : tr("Recipe: %1, sha256 %2"))
        .arg(QString::fromStdString(workspace.recipe->name), shortHash(*workspace.recipe));
}

QStringList HeadlessExport::recipeSources(const Workspace& workspace)
{
    QStringList sources;
    if (!workspace.recipe)
        return sources;
    sources << fileNameOf(workspace.recipe->areas.path);
    for (const core::TableSpec& table : workspace.recipe->tables) {
        const QString name = fileNameOf(table.path);
        if (!sources.contains(name))
            sources << name;
    }
    return sources;
}

render::ChoroplethStyle HeadlessExport::mapStyle(const Workspace& workspace, const std::string& column,
                                                 const render::ChoroplethStyle& base)
{
    render::ChoroplethStyle style = base;
    if (isRecipeIndex(workspace, column)) {
        const core::ClassificationSpec& spec = workspace.recipe->classification;
        style.method = spec.method;
        style.classCount = spec.classes;
        style.manualBreaks = spec.method == "manual" ? spec.breaks : std::vector<double>{};
    } else if (style.method == "manual") {
        style.method = "quantile";
        style.manualBreaks.clear();
    }
    return style;
}

void HeadlessExport::showColumn(render::MapPainter& painter, const Workspace& workspace,
                                const std::string& column)
{
    if (column.empty())
        painter.clearColumn();
    else
        painter.setColumn(column);
    painter.setTitle(mapTitle(workspace, column));
    painter.setSubtitle(mapSubtitle(workspace, column));
    painter.setLegendHeading(isRecipeIndex(workspace, column) ? tr("Composite index")
                                                              : SpatialAnalysis::legendHeading(column));
    painter.setSources(recipeSources(workspace));
    QStringList provenance;
    if (const QString recipe = recipeProvenance(workspace); !recipe.isEmpty())
        provenance << recipe;
    if (const auto note = workspace.columnNotes.find(column); note != workspace.columnNotes.end())
        provenance << QString::fromStdString(note->second);
    painter.setProvenance(provenance.join(QStringLiteral("  \u00b7  ")));
}

render::MapPainter HeadlessExport::mapPainterFor(const Workspace& workspace,
                                                 const render::ChoroplethStyle& base)
{
    render::MapPainter painter(workspace.areas);
    painter.setStyle(mapStyle(workspace, workspace.mappedColumn, base));
    showColumn(painter, workspace, workspace.mappedColumn);
    return painter;
}

std::vector<fs::path> HeadlessExport::run(const std::optional<LoadRequest>& request, const std::string& field,
                                          const fs::path& folder, core::Feedback& feedback,
                                          std::optional<AnalysisKind> analysis)
{
    LoadRequest load = request ? *request : demoRequest(findDemoFolder());
    if (!field.empty())
        load.field = field;
    Workspace workspace = loadWorkspace(load, feedback);
    if (analysis) {
        const AnalysisOutcome outcome =
            SpatialAnalysis::run(*analysis, *workspace.areas, workspace.mappedColumn,
                                 SpatialAnalysis::defaultSettings(workspace), feedback);
        workspace = SpatialAnalysis::withOutcome(workspace, outcome);
    }
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
