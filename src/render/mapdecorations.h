// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"
#include "maptransform.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace bib::render {

/// Millimetres to device pixels for the painter's device (screen, 150 dpi image, PDF).
double millimetre(const QPainter& painter);

/// A scale bar of a round length.
struct ScaleBar
{
    double metres = 0.0; ///< 1, 2 or 5 × 10ⁿ m
    double pixels = 0.0; ///< its length on the device
    QString label;       ///< "500 m", "2 km"
};

/// The longest round length (1, 2, 5 × 10ⁿ m) that fits in `maxPixels` at this scale; lengths of a
/// kilometre and more are labelled in km. {0, 0, ""} when nothing fits.
ScaleBar niceScaleBar(double metresPerPixel, double maxPixels);

/// The map's furniture: legend, scale bar, north arrow, painted with QPainter only. Sizes are in
/// millimetres on the target device, so the same call looks right on screen and on a 150 dpi page.
class MapDecorations
{
    Q_DECLARE_TR_FUNCTIONS(bib::render::MapDecorations)

public:
    /// Size of the legend box for these entries (heading, one line per class with its count).
    static QSizeF legendSize(const QPainter& painter, const QString& heading,
                             const std::vector<LegendEntry>& entries);
    /// Paints the legend box with its top-left corner at `topLeft`; a white, slightly transparent
    /// background keeps it readable over the map.
    static void paintLegend(QPainter& painter, QPointF topLeft, const QString& heading,
                            const std::vector<LegendEntry>& entries, QColor noDataHatch);
    /// Paints a scale bar whose left end sits at `bottomLeft`, at most `maxWidth` pixels long.
    static void paintScaleBar(QPainter& painter, QPointF bottomLeft, const MapTransform& transform,
                              double maxWidth);
    /// Paints a north arrow (grid north of the working CRS) inside `box`.
    static void paintNorthArrow(QPainter& painter, const QRectF& box);
    /// A font of `points` size, the same family everywhere on the map.
    static QFont mapFont(double points, bool bold = false);
};

} // namespace bib::render
