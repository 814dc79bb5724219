// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maptransform.h"
#include "model/geometry.h"

#include <QImage>
#include <QPainterPath>
#include <QRgb>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace bib::core {
class AreaSet;
}

namespace bib::render {
class MapPainter;
}

namespace bib::app {

/// Paints the interactive map fast, for the canvas; exports and prints keep using
/// render::MapPainter, whose picture this one follows (fills, hatches, outlines, highlights,
/// legend, scale bar, north arrow).
///
/// Per view (transform and size) it rasterises every visible area once, without antialiasing,
/// into an image of area numbers — vertices closer than half a pixel to the previous one are
/// dropped, areas outside the view skipped — and marks the pixels where the area changes as
/// outline pixels. A new colouring (a weight, column or class change) is then one pass over the
/// pixels through a table of row colours, independent of the number of vertices. A view that only
/// moved is shown from the last frame, shifted or scaled, until rerender() (the canvas calls it
/// when the gesture rests).
///
/// Wijken: when the areas carry a wk_code column, borders between wijken are drawn darker and the
/// wijk names (wk_naam, else the code) are written on the map, at scales of a municipality or
/// closer (at most kWijkScale metres per pixel) and only where a name fits inside its wijk.
///
/// Not thread-safe; GUI thread only (it draws on worker threads internally and waits for them).
class CanvasRenderer
{
public:
    /// What a paint() did, for benchmarks and the status bar.
    struct Work
    {
        bool rasterised = false; ///< the area-number image was made again (new view)
        bool recoloured = false; ///< the colours were applied again
        bool preview = false;    ///< the last frame was shown moved (no new picture)
    };

    /// Metres per pixel from which wijk borders and names are shown.
    static constexpr double kWijkScale = 40.0;

    /// Forget everything cached (new areas).
    void reset();
    /// Whether the last rasterisation drew wijk borders.
    bool showsWijken() const { return mShowWijken; }
    /// Paints the map for `transform` into `target` (device pixels of `painter`). With `allowPreview`
    /// a view that differs from the rasterised one by a move or zoom only is shown from the
    /// last frame (fast, slightly blurred when zoomed) instead of rasterising again.
    Work paint(QPainter& painter, const render::MapPainter& map, const render::MapTransform& transform,
               const QRectF& target, bool allowPreview = false);
    /// Vertices drawn in the last rasterisation (after dropping those under half a pixel apart).
    std::size_t drawnVertices() const { return mDrawnVertices; }

private:
    void rasterise(const core::AreaSet& areas, const render::MapTransform& transform, QSize pixels,
                   double ratio);
    /// A view moved by whole pixels: moves the area numbers and draws only the uncovered strips.
    /// False when the view changed otherwise (the caller rasterises all).
    bool scroll(const core::AreaSet& areas, const render::MapTransform& transform);
    /// Draws the area numbers of the areas inside `region` (image pixels) for mTransform.
    void drawAreas(const core::AreaSet& areas, const QRect& region);
    /// One band of drawAreas() (`band` in image pixels, `rows` its rows); returns the vertices drawn.
    std::size_t drawBand(const core::AreaSet& areas, QImage& rows, const QRect& band) const;
    void findEdges();
    /// The row colours (premultiplied ARGB) and hatch kinds the map wants now.
    void rowColours(const render::MapPainter& map, std::vector<QRgb>& colours,
                    std::vector<std::uint8_t>& hatches) const;
    void recolour();
    void paintOverlay(QPainter& painter, const render::MapPainter& map, const render::MapTransform& transform,
                      const QRectF& target) const;
    bool sameView(const render::MapTransform& transform, QSize pixels, double ratio) const;
    /// The wijk of every row and each wijk's name and extent, from the areas' text columns.
    void readWijken(const core::AreaSet& areas);
    void paintWijkNames(QPainter& painter, const render::MapTransform& transform, const QRectF& target) const;

    const core::AreaSet* mAreas = nullptr;
    render::MapTransform mTransform;
    QSize mPixels;
    double mRatio = 0.0;
    bool mValid = false;
    QImage mIds; ///< row + 1 per pixel, 0 for background (RGB32 as plain numbers)
    std::vector<std::uint8_t>
        mEdge;     ///< 1 where the pixel's area differs from its right or lower neighbour, 2 its wijk
    QImage mFrame; ///< fills and outlines for the current colours
    std::vector<QRgb> mColours;
    std::vector<std::uint8_t> mHatches;
    std::size_t mDrawnVertices = 0;
    std::vector<int> mWijkOfRow; ///< index into mWijken, -1 without a wijk; empty: no wijken
    std::vector<std::pair<QString, core::Envelope>> mWijken; ///< name and extent
    bool mShowWijken = false;
};

} // namespace bib::app
