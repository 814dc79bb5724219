// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas renderer fills areas with its own scanline filler: holes, areas of two parts and the
// pixel-centre rule. Expected pixels are worked out by hand from the coordinates below (1 m per
// pixel, the view's top-left corner at world (-300, 210), so world (x, y) is pixel (x + 300, 210 - y),
// clear of the legend at the top left and the scale bar at the bottom left).
#include "canvasrenderer.h"
#include "guitestsupport.h"
#include "mappainter.h"
#include "maptransform.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <memory>

using namespace bib;

namespace {

constexpr QRgb kBackground = 0xfff4f6f8; // the canvas' background

/// Area 1: a 100 m square (0..100) with a 20 m hole (40..60). Area 2: two 10 m squares at
/// x 120..130 and 150..160, y 0..10.
std::shared_ptr<core::AreaSet> holeAndParts()
{
    auto areas = std::make_shared<core::AreaSet>();
    core::MultiPolygon withHole;
    withHole.polygons.push_back({{{{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}},
                                  {{40, 40}, {40, 60}, {60, 60}, {60, 40}, {40, 40}}}});
    withHole.updateEnvelope();
    core::MultiPolygon twoParts = test::square(120, 0, 10);
    twoParts.polygons.push_back(test::square(150, 0, 10).polygons.front());
    twoParts.updateEnvelope();
    areas->addArea("BU1", "Gat", withHole);
    areas->addArea("BU2", "Twee delen", twoParts);
    areas->setColumn({"waarde", {1.0, 2.0}, {}});
    return areas;
}

} // namespace

TEST(CanvasFill, holesStayEmptyAndBothPartsOfAnAreaAreFilled)
{
    auto areas = holeAndParts();
    render::MapPainter map(areas);
    map.setColumn("waarde");
    const QSize size(600, 400);
    // 1 m per pixel with world (-300, 210) at the top-left corner: the centre (300, 200) is world (0, 10).
    const render::MapTransform transform({0.0, 10.0}, 1.0, QPointF(300.0, 200.0));
    QImage image(size, QImage::Format_RGB32);
    app::CanvasRenderer renderer;
    {
        QPainter painter(&image);
        renderer.paint(painter, map, transform, QRectF(image.rect()));
    }
    const auto pixel = [&](double x, double y) {
        return image.pixelColor(transform.toDevice({x, y}).toPoint());
    };
    // Inside the square, away from the hole and outlines: area 1's fill.
    EXPECT_TRUE(test::sameColour(pixel(20.5, 20.5), map.fillOfRow(0)));
    EXPECT_TRUE(test::sameColour(pixel(80.5, 80.5), map.fillOfRow(0)));
    // The middle of the hole (50, 50): the background.
    EXPECT_TRUE(test::sameColour(pixel(50.5, 50.5), QColor::fromRgb(kBackground)))
        << pixel(50.5, 50.5).name().toStdString();
    // Both parts of area 2 have its fill; the gap between them (x 130..150) the background.
    EXPECT_TRUE(test::sameColour(pixel(125.5, 5.5), map.fillOfRow(1)));
    EXPECT_TRUE(test::sameColour(pixel(155.5, 5.5), map.fillOfRow(1)));
    EXPECT_TRUE(test::sameColour(pixel(140.5, 5.5), QColor::fromRgb(kBackground)));
}
