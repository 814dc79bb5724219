// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "io/areawriter.h"
#include "mapexport.h"
#include "mappainter.h"
#include "model/areaset.h"
#include "taskrunner.h"

#include <QFileDialog>
#include <QPointer>
#include <QStatusBar>

namespace bib::app {

void ExportActions::exportMap(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                              const render::MapPainter& painter)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export map"), QStringLiteral("kaart.png"),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    auto copy = std::make_shared<render::MapPainter>(painter);
    copy->setSelectedRow(std::nullopt);
    copy->setHoveredRow(std::nullopt);
    runner.run<std::string>(
        tr("Exporting the map…"),
        [copy, file = path.toStdString()](core::Feedback&) {
            render::writePagePng(*copy, file);
            return file;
        },
        [status = QPointer<QStatusBar>(statusBar)](std::string& file) {
            if (status)
                status->showMessage(tr("Map written to %1").arg(QString::fromStdString(file)));
        });
}

void ExportActions::exportTable(QWidget* parent, TaskRunner& runner, QStatusBar* statusBar,
                                std::shared_ptr<const core::AreaSet> areas)
{
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export table"), QStringLiteral("tabel.csv"),
                                                      tr("CSV table (*.csv);;GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    core::AreaWriteOptions options;
    options.layerName = areas->layer.empty() ? "areas" : areas->layer;
    options.inputs = {areas->source};
    runner.run<std::string>(
        tr("Exporting the table…"),
        [areas, options, file = path.toStdString()](core::Feedback& feedback) {
            core::writeAreas(*areas, file, options, feedback);
            return file;
        },
        [status = QPointer<QStatusBar>(statusBar)](std::string& file) {
            if (status)
                status->showMessage(tr("Table written to %1").arg(QString::fromStdString(file)));
        });
}

} // namespace bib::app
