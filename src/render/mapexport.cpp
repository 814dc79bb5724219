// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "mappainter.h"
#include "util/error.h"

#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace bib::render {

namespace {

/// A white page of the spec's size in pixels, its resolution stored so point sizes print right.
QImage blankPage(const PageSpec& page)
{
    const double pixelsPerMillimetre = page.dotsPerInch / 25.4;
    const QSize size(static_cast<int>(std::lround(page.sizeMillimetres.width() * pixelsPerMillimetre)),
                     static_cast<int>(std::lround(page.sizeMillimetres.height() * pixelsPerMillimetre)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(pixelsPerMillimetre * 1000.0));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    return image;
}

} // namespace

QImage renderPage(const MapPainter& map, const PageSpec& page)
{
    QImage image = blankPage(page);
    const QSizeF size = image.size();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    map.paintPage(painter, QRectF(QPointF(0.0, 0.0), size));
    painter.end();
    return image;
}

PageLayout renderPageLayout(const MapPainter& map, const PageSpec& page)
{
    QImage image = blankPage(page);
    const QSizeF size = image.size();
    QPainter painter(&image);
    return map.pageLayout(painter, QRectF(QPointF(0.0, 0.0), size));
}

void writePagePng(const MapPainter& map, const std::string& path, const PageSpec& page)
{
    const QImage image = renderPage(map, page);
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw core::InputError("cannot write the map to '" + path + "': " + file.errorString().toStdString());
}

} // namespace bib::render
