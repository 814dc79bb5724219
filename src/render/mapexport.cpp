// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexport.h"

#include "mappainter.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>

namespace bib::render {

namespace {

QSize pixelSize(const PageSpec& page)
{
    const double pixelsPerMillimetre = page.dotsPerInch / 25.4;
    return {static_cast<int>(std::lround(page.sizeMillimetres.width() * pixelsPerMillimetre)),
            static_cast<int>(std::lround(page.sizeMillimetres.height() * pixelsPerMillimetre))};
}

/// A white page of the spec's size in pixels, its resolution stored so point sizes print right.
QImage blankPage(const PageSpec& page)
{
    QImage image(pixelSize(page), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = static_cast<int>(std::lround(page.dotsPerInch / 25.4 * 1000.0));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    return image;
}

void checkOpened(QFile& file, const std::string& path)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw core::InputError("cannot write the map to '" + path + "': " + file.errorString().toStdString());
}

} // namespace

PageSpec paperPage(PaperSize paper, bool landscape, int dotsPerInch)
{
    QSizeF size = paper == PaperSize::A3 ? QSizeF(297.0, 420.0) : QSizeF(210.0, 297.0);
    if (landscape)
        size.transpose();
    return {size, dotsPerInch};
}

std::optional<PageFormat> pageFormatOf(const std::string& path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png")
        return PageFormat::Png;
    if (extension == ".pdf")
        return PageFormat::Pdf;
    if (extension == ".svg")
        return PageFormat::Svg;
    return std::nullopt;
}

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

void writePagePng(const MapPainter& map, const std::string& path, const PageSpec& page,
                  const std::vector<std::string>& inputs)
{
    const QImage image = renderPage(map, page);
    core::AtomicFile target(path, inputs);
    QFile file(QString::fromStdString(target.temporaryPath().string()));
    checkOpened(file, path);
    if (!image.save(&file, "PNG"))
        throw core::InputError("cannot write the map to '" + path + "': " + file.errorString().toStdString());
    file.close();
    target.commit();
}

void writePagePdf(const MapPainter& map, const std::string& path, const PageSpec& page,
                  const std::vector<std::string>& inputs)
{
    core::AtomicFile target(path, inputs);
    {
        QPdfWriter writer(QString::fromStdString(target.temporaryPath().string()));
        writer.setResolution(page.dotsPerInch);
        writer.setPageSize(QPageSize(page.sizeMillimetres, QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(map.title());
        writer.setCreator(QStringLiteral("Buurt in Beeld"));
        QPainter painter;
        if (!painter.begin(&writer))
            throw core::InputError("cannot write the map to '" + path + "'");
        map.paintPage(painter, QRectF(0.0, 0.0, writer.width(), writer.height()));
        painter.end();
    }
    target.commit();
}

void writePageSvg(const MapPainter& map, const std::string& path, const PageSpec& page,
                  const std::vector<std::string>& inputs)
{
    core::AtomicFile target(path, inputs);
    const QSize size = pixelSize(page);
    {
        QSvgGenerator generator;
        generator.setFileName(QString::fromStdString(target.temporaryPath().string()));
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(page.dotsPerInch);
        generator.setTitle(map.title());
        QPainter painter;
        if (!painter.begin(&generator))
            throw core::InputError("cannot write the map to '" + path + "'");
        map.paintPage(painter, QRectF(QPointF(0.0, 0.0), QSizeF(size)));
        painter.end();
    }
    target.commit();
}

void writePage(const MapPainter& map, const std::string& path, const PageSpec& page,
               const std::vector<std::string>& inputs)
{
    const std::optional<PageFormat> format = pageFormatOf(path);
    if (!format)
        throw core::InputError(path +
                               ": unknown map format; use .pdf (vector, for print), .svg (vector) or .png");
    switch (*format) {
    case PageFormat::Png:
        return writePagePng(map, path, page, inputs);
    case PageFormat::Pdf:
        return writePagePdf(map, path, page, inputs);
    case PageFormat::Svg:
        return writePageSvg(map, path, page, inputs);
    }
}

} // namespace bib::render
