// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "privacy/protectedexport.h"

#include "io/areawriter.h"
#include "mapexport.h"
#include "mappainter.h"
#include "model/areaset.h"
#include "taskrunner.h"

#include "privacy/publishedresult.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPointer>
#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace bib::app {

namespace {

/// The painter's map of the published result: the same column, style and texts, drawn from the
/// areas as the recipe's disclosure rules let them out, withheld areas marked and the rule stated.
std::shared_ptr<render::MapPainter> publishedPainter(const render::MapPainter& painter,
                                                     const core::Recipe& recipe)
{
    const core::PublishedResult published = core::publishResult(painter.areas(), recipe);
    auto copy = std::make_shared<render::MapPainter>(std::make_shared<const core::AreaSet>(published.areas));
    copy->setLanguage(painter.language());
    copy->setStyle(painter.style());
    if (painter.hasColumn()) {
        copy->setColumn(painter.column());
        std::vector<bool> withheld(published.areas.size(), false);
        for (std::size_t row = 0; row < withheld.size(); ++row)
            withheld[row] = published.isWithheld(painter.column(), row);
        copy->setWithheldRows(std::move(withheld));
        copy->setListMissingClasses(true);
    }
    copy->setTitle(painter.title());
    copy->setSubtitle(painter.subtitle());
    copy->setLegendHeading(painter.legendHeading());
    copy->setProvenance(painter.provenance());
    copy->setNote(QString::fromStdString(core::disclosureRuleText(recipe.privacy, painter.language())));
    return copy;
}

} // namespace

void ExportActions::exportMap(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                              const render::MapPainter& painter, const core::Recipe* recipe)
{
    if (const std::optional<MapExportChoice> choice = askMapExport(parent))
        startMapExport(runner, statusBar, painter, recipe, *choice);
}

QStringList ExportActions::paperSizes()
{
    return {tr("A4 landscape"), tr("A4 portrait"), tr("A3 landscape"), tr("A3 portrait")};
}

QString ExportActions::withPageExtension(const QString& path, const QString& nameFilter)
{
    if (render::pageFormatOf(path.toStdString()))
        return path;
    for (const QString& extension : {QStringLiteral("svg"), QStringLiteral("png")})
        if (nameFilter.contains(QStringLiteral("*.") + extension))
            return path + QLatin1Char('.') + extension;
    return path + QStringLiteral(".pdf");
}

std::optional<MapExportChoice> ExportActions::askMapExport(QWidget* parent)
{
    QString nameFilter;
    const QString typed = QFileDialog::getSaveFileName(
        parent, tr("Export map"), QStringLiteral("kaart.pdf"),
        tr("PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)"), &nameFilter);
    if (typed.isEmpty())
        return std::nullopt;
    const QString path = withPageExtension(typed, nameFilter);
    const QStringList sizes = paperSizes();
    bool chosen = false;
    const QString size =
        QInputDialog::getItem(parent, tr("Export map"), tr("Paper size:"), sizes, 0, false, &chosen);
    if (!chosen)
        return std::nullopt;
    const auto index = std::max<qsizetype>(0, sizes.indexOf(size));
    const bool png = render::pageFormatOf(path.toStdString()) == render::PageFormat::Png;
    return MapExportChoice{path, render::paperPage(index >= 2 ? render::PaperSize::A3 : render::PaperSize::A4,
                                                   index % 2 == 0, png ? 150 : 300)};
}

bool ExportActions::startMapExport(TaskRunner& runner, QStatusBar* statusBar,
                                   const render::MapPainter& painter, const core::Recipe* recipe,
                                   const MapExportChoice& choice)
{
    auto copy = std::make_shared<render::MapPainter>(painter);
    copy->setSelectedRow(std::nullopt);
    copy->setHoveredRow(std::nullopt);
    std::optional<core::Recipe> rules;
    if (recipe)
        rules = *recipe;
    return runner.run<std::string>(
        tr("Exporting the map…"),
        [copy, rules, page = choice.page, file = choice.path.toStdString()](core::Feedback&) {
            const auto drawn = rules ? publishedPainter(*copy, *rules) : copy;
            render::writePage(*drawn, file, page);
            return file;
        },
        [status = QPointer<QStatusBar>(statusBar)](std::string& file) {
            if (status)
                status->showMessage(tr("Map written to %1").arg(QString::fromStdString(file)));
        });
}

void ExportActions::exportTable(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                                std::shared_ptr<const core::AreaSet> areas,
                                std::optional<core::Recipe> recipe)
{
    const QString filter = recipe ? tr("CSV table (*.csv);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx)")
                                  : tr("CSV table (*.csv);;GeoPackage (*.gpkg)");
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export table"), QStringLiteral("tabel.csv"), filter);
    if (path.isEmpty())
        return;
    runner.run<std::string>(
        tr("Exporting the table…"),
        [areas, recipe = std::move(recipe), file = path.toStdString()](core::Feedback& feedback) {
            if (recipe) {
                core::ProtectedExportOptions options;
                options.inputs = {areas->source, recipe->sourcePath, recipe->areas.path};
                for (const auto& table : recipe->tables)
                    options.inputs.push_back(table.path);
                options.title = recipe->name;
                core::writeProtectedAreas(*areas, *recipe, file, options, feedback);
                return file;
            }
            core::AreaWriteOptions options;
            options.layerName = areas->layer.empty() ? "areas" : areas->layer;
            options.inputs = {areas->source};
            core::writeAreas(*areas, file, options, feedback);
            return file;
        },
        [status = QPointer<QStatusBar>(statusBar)](std::string& file) {
            if (status)
                status->showMessage(tr("Table written to %1").arg(QString::fromStdString(file)));
        });
}

} // namespace bib::app
