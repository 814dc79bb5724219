// SPDX-License-Identifier: GPL-3.0-or-later
#include "styles.h"

#include "util/error.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsreadwritecontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFileInfo>

namespace bib::qgis {

namespace {

/// Sets the renderer on the layer QGIS adds to the project after the run.
class RendererPostProcessor : public QgsProcessingLayerPostProcessorInterface
{
public:
    explicit RendererPostProcessor(std::unique_ptr<QgsFeatureRenderer> renderer)
        : mRenderer(std::move(renderer))
    {
    }

    void postProcessLayer(QgsMapLayer* layer, QgsProcessingContext&, QgsProcessingFeedback*) override
    {
        if (auto* vectorLayer = qobject_cast<QgsVectorLayer*>(layer))
            vectorLayer->setRenderer(mRenderer->clone());
    }

private:
    std::unique_ptr<QgsFeatureRenderer> mRenderer;
};

QString geoPackagePath(const QString& destination)
{
    const QString path = destination.section(QLatin1Char('|'), 0, 0);
    return path.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive) && QFileInfo::exists(path) ? path
                                                                                                 : QString();
}

} // namespace

std::unique_ptr<QgsFeatureRenderer>
categoryRenderer(const QString& field, const std::vector<core::CategoryStyle>& categories, bool dutch)
{
    QgsCategoryList list;
    for (const auto& c : categories) {
        QgsFillSymbol* symbol =
            QgsFillSymbol::createSimple({{QStringLiteral("color"), QString::fromStdString(c.colour)},
                                         {QStringLiteral("outline_color"), QStringLiteral("#646464")},
                                         {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
        list.append(QgsRendererCategory(QString::fromStdString(c.value), symbol,
                                        QString::fromStdString(dutch ? c.labelDutch : c.labelEnglish)));
    }
    return std::make_unique<QgsCategorizedSymbolRenderer>(field, list);
}

std::unique_ptr<QgsFeatureRenderer> rendererFromQml(const std::string& qml)
{
    QDomDocument document;
    if (!document.setContent(QString::fromStdString(qml)))
        throw core::InternalError("the core's QML style is not XML");
    QDomElement element = document.documentElement().firstChildElement(QStringLiteral("renderer-v2"));
    std::unique_ptr<QgsFeatureRenderer> renderer(QgsFeatureRenderer::load(element, QgsReadWriteContext()));
    if (!renderer)
        throw core::InternalError("QGIS cannot read the core's QML style");
    return renderer;
}

void applyStyle(const QString& destination, const QgsFeatureRenderer& renderer, const QString& styleName,
                QgsProcessingContext& context, QgsProcessingFeedback* feedback)
{
    if (context.willLoadLayerOnCompletion(destination))
        context.layerToLoadOnCompletionDetails(destination)
            .setPostProcessor(
                new RendererPostProcessor(std::unique_ptr<QgsFeatureRenderer>(renderer.clone())));
    const QString path = geoPackagePath(destination);
    if (path.isEmpty())
        return;
    QgsVectorLayer layer(destination, styleName, QStringLiteral("ogr"));
    if (!layer.isValid()) {
        if (feedback)
            feedback->pushWarning(QStringLiteral("cannot reopen %1 to store its style").arg(destination));
        return;
    }
    layer.setRenderer(renderer.clone());
    QString error;
    layer.saveStyleToDatabase(styleName, QStringLiteral("Buurt in Beeld"), true, QString(), error);
    if (!error.isEmpty() && feedback)
        feedback->pushWarning(QStringLiteral("the style was not stored in %1: %2").arg(path, error));
}

} // namespace bib::qgis
