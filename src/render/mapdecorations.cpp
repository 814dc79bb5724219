// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdecorations.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bib::render {

namespace {

const QColor kInk(0x26, 0x26, 0x26);
const QColor kPanel(255, 255, 255, 225);
const QColor kPanelBorder(0xb4, 0xb4, 0xb4);

struct LegendMetrics
{
    double padding;
    double swatchWidth;
    double swatchHeight;
    double gap;
    double lineHeight;
    double headingHeight;
    double labelWidth;
    double countWidth;
};

QString countText(std::size_t count)
{
    return QLatin1Char('(') + QString::number(count) + QLatin1Char(')');
}

LegendMetrics legendMetrics(const QPainter& painter, const QString& heading,
                            const std::vector<LegendEntry>& entries)
{
    const double mm = millimetre(painter);
    const QFontMetricsF body(MapDecorations::mapFont(8.0), painter.device());
    const QFontMetricsF bold(MapDecorations::mapFont(8.5, true), painter.device());
    LegendMetrics m{2.5 * mm,
                    6.0 * mm,
                    3.6 * mm,
                    2.0 * mm,
                    std::max(body.height(), 3.6 * mm) + 1.2 * mm,
                    heading.isEmpty() ? 0.0 : bold.height() + 1.5 * mm,
                    0.0,
                    0.0};
    m.labelWidth = heading.isEmpty() ? 0.0 : bold.horizontalAdvance(heading) - m.swatchWidth - m.gap;
    for (const LegendEntry& entry : entries) {
        m.labelWidth = std::max(m.labelWidth, body.horizontalAdvance(entry.label));
        m.countWidth = std::max(m.countWidth, body.horizontalAdvance(countText(entry.count)));
    }
    return m;
}

void paintSwatch(QPainter& painter, const QRectF& rect, const LegendEntry& entry, QColor noDataHatch)
{
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0.15 * millimetre(painter)));
    painter.setBrush(entry.colour);
    painter.drawRect(rect);
    if (entry.noData) {
        painter.setBrush(QBrush(noDataHatch, Qt::BDiagPattern));
        painter.drawRect(rect);
    } else if (entry.withheld) {
        painter.setBrush(QBrush(QColor(0x80, 0x80, 0x80), Qt::DiagCrossPattern));
        painter.drawRect(rect);
    }
}

} // namespace

double millimetre(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    return (device ? device->logicalDpiX() : 96) / 25.4;
}

ScaleBar niceScaleBar(double metresPerPixel, double maxPixels)
{
    const double maxMetres = metresPerPixel * maxPixels;
    if (!(maxMetres > 0.0) || !std::isfinite(maxMetres))
        return {};
    double length = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0}) {
        if (length * step <= maxMetres) {
            length *= step;
            break;
        }
    }
    ScaleBar bar;
    bar.metres = length;
    bar.pixels = length / metresPerPixel;
    const QLocale locale;
    bar.label = length >= 1000.0 ? locale.toString(length / 1000.0, 'g', 6) + QStringLiteral(" km")
                                 : locale.toString(length, 'g', 6) + QStringLiteral(" m");
    return bar;
}

QFont MapDecorations::mapFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QSizeF MapDecorations::legendSize(const QPainter& painter, const QString& heading,
                                  const std::vector<LegendEntry>& entries)
{
    const LegendMetrics m = legendMetrics(painter, heading, entries);
    const double width = 2 * m.padding + m.swatchWidth + m.gap + m.labelWidth + m.gap + m.countWidth;
    const double height =
        2 * m.padding + m.headingHeight + static_cast<double>(entries.size()) * m.lineHeight;
    return {width, height};
}

void MapDecorations::paintLegend(QPainter& painter, QPointF topLeft, const QString& heading,
                                 const std::vector<LegendEntry>& entries, QColor noDataHatch)
{
    painter.save();
    const LegendMetrics m = legendMetrics(painter, heading, entries);
    const QRectF box(topLeft, legendSize(painter, heading, entries));
    painter.setPen(QPen(kPanelBorder, 0.2 * millimetre(painter)));
    painter.setBrush(kPanel);
    painter.drawRect(box);

    double y = box.top() + m.padding;
    const double x = box.left() + m.padding;
    if (!heading.isEmpty()) {
        painter.setFont(mapFont(8.5, true));
        painter.setPen(kInk);
        painter.drawText(QRectF(x, y, box.width() - 2 * m.padding, m.headingHeight),
                         Qt::AlignLeft | Qt::AlignTop, heading);
        y += m.headingHeight;
    }
    painter.setFont(mapFont(8.0));
    for (const LegendEntry& entry : entries) {
        const QRectF swatch(x, y + (m.lineHeight - m.swatchHeight) / 2.0, m.swatchWidth, m.swatchHeight);
        paintSwatch(painter, swatch, entry, noDataHatch);
        painter.setPen(kInk);
        const double labelX = swatch.right() + m.gap;
        painter.drawText(QRectF(labelX, y, m.labelWidth, m.lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.label);
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(QRectF(labelX + m.labelWidth + m.gap, y, m.countWidth, m.lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, countText(entry.count));
        y += m.lineHeight;
    }
    painter.restore();
}

void MapDecorations::paintScaleBar(QPainter& painter, QPointF bottomLeft, const MapTransform& transform,
                                   double maxWidth)
{
    const ScaleBar bar = niceScaleBar(transform.metresPerPixel(), maxWidth);
    if (bar.pixels <= 0.0)
        return;
    painter.save();
    const double mm = millimetre(painter);
    const QFont font = mapFont(7.5);
    const QFontMetricsF metrics(font, painter.device());
    const double barHeight = 1.4 * mm;
    const double labelWidth = metrics.horizontalAdvance(bar.label);
    const QRectF panel(bottomLeft.x(), bottomLeft.y() - barHeight - metrics.height() - 3.0 * mm,
                       bar.pixels + labelWidth + 5.0 * mm, barHeight + metrics.height() + 3.0 * mm);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRect(panel);

    const double left = panel.left() + 1.5 * mm;
    const double top = panel.bottom() - 1.5 * mm - barHeight;
    const double half = bar.pixels / 2.0;
    painter.setPen(QPen(kInk, 0.2 * mm));
    painter.setBrush(kInk);
    painter.drawRect(QRectF(left, top, half, barHeight));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(left + half, top, half, barHeight));

    painter.setFont(font);
    painter.setPen(kInk);
    const double textTop = panel.top() + 0.7 * mm;
    painter.drawText(QRectF(left - 2.0 * mm, textTop, 4.0 * mm, metrics.height()), Qt::AlignCenter,
                     QStringLiteral("0"));
    painter.drawText(
        QRectF(left + bar.pixels - labelWidth / 2.0, textTop, labelWidth + 2.0 * mm, metrics.height()),
        Qt::AlignLeft, bar.label);
    painter.restore();
}

void MapDecorations::paintNorthArrow(QPainter& painter, const QRectF& box)
{
    painter.save();
    const double mm = millimetre(painter);
    const QFont font = mapFont(9.0, true);
    const QFontMetricsF metrics(font, painter.device());
    const double letterHeight = metrics.height();
    const double arrowHeight = box.height() - letterHeight;
    const double cx = box.center().x();
    const double tipY = box.top() + letterHeight;
    const double baseY = tipY + arrowHeight;
    const double halfWidth = std::min(box.width() / 2.0, arrowHeight / 3.0);

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kPanel);
    painter.drawRoundedRect(box.adjusted(-1.0 * mm, -0.5 * mm, 1.0 * mm, 1.0 * mm), 1.0 * mm, 1.0 * mm);

    QPainterPath left;
    left.moveTo(cx, tipY);
    left.lineTo(cx - halfWidth, baseY);
    left.lineTo(cx, baseY - arrowHeight * 0.28);
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(cx, tipY);
    right.lineTo(cx + halfWidth, baseY);
    right.lineTo(cx, baseY - arrowHeight * 0.28);
    right.closeSubpath();
    painter.setPen(QPen(kInk, 0.2 * mm, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(kInk);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);

    painter.setFont(font);
    painter.setPen(kInk);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), letterHeight), Qt::AlignCenter,
                     tr("N", "north arrow letter"));
    painter.restore();
}

} // namespace bib::render
