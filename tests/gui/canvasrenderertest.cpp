// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas' fast renderer against the reference: render::MapPainter::paintMap (the renderer of
// exports and prints, drawn with antialiased paths) on the same map. Inside the areas the two must
// agree; they may differ only along outlines (one pixel there, a 0.6 px antialiased line here).
#include "canvasrenderer.h"
#include "guitestsupport.h"
#include "mappainter.h"
#include "maptransform.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

using namespace bib;

namespace {

QImage reference(const render::MapPainter& map, const render::MapTransform& transform, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter painter(&image);
    map.paintMap(painter, transform, QRectF(image.rect()));
    return image;
}

QImage fast(app::CanvasRenderer& renderer, const render::MapPainter& map,
            const render::MapTransform& transform, QSize size, app::CanvasRenderer::Work* work = nullptr)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter painter(&image);
    const auto done = renderer.paint(painter, map, transform, QRectF(image.rect()));
    if (work)
        *work = done;
    return image;
}

/// Share of pixels whose colours differ by more than 40 in a channel.
double differingShare(const QImage& a, const QImage& b)
{
    std::size_t differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += test::sameColour(a.pixelColor(x, y), b.pixelColor(x, y), 40) ? 0 : 1;
    return static_cast<double>(differing) / (a.width() * a.height());
}

} // namespace

TEST(CanvasRenderer, drawsTheSamePictureAsTheMapPainter)
{
    // Ten 100 m squares with 100 m gaps; waarde 1 … 9 and one missing (hatched "geen gegevens").
    auto areas = test::squares({1, 2, 3, 4, std::nan(""), 6, 7, 8, 9, 10});
    render::MapPainter map(areas);
    map.setColumn("waarde");
    // Tall enough that the legend (top left) stays clear of the squares in the middle.
    const QSize size(800, 600);
    const auto transform = render::MapTransform::fit(map.extent(), QRectF(QPointF(0, 0), QSizeF(size)), 0.04);
    app::CanvasRenderer renderer;
    const QImage ours = fast(renderer, map, transform, size);
    const QImage theirs = reference(map, transform, size);
    EXPECT_LT(differingShare(ours, theirs), 0.02);
    // The centre of a square has the MapPainter's fill for its class.
    for (std::size_t row : {2u, 5u, 9u}) {
        const QPoint centre = transform.toDevice({200.0 * double(row) + 50.0, 50.0}).toPoint();
        EXPECT_TRUE(test::sameColour(ours.pixelColor(centre), map.fillOfRow(row)))
            << row << ": " << ours.pixelColor(centre).name().toStdString() << " vs "
            << map.fillOfRow(row).name().toStdString();
    }
}

TEST(CanvasRenderer, aNewColouringReusesTheViewAndAMoveRasterisesAgain)
{
    auto areas = test::squares({1, 2, 3, 4});
    render::MapPainter map(areas);
    map.setColumn("waarde");
    const QSize size(400, 200);
    auto transform = render::MapTransform::fit(map.extent(), QRectF(QPointF(0, 0), QSizeF(size)), 0.04);
    app::CanvasRenderer renderer;
    app::CanvasRenderer::Work work;
    fast(renderer, map, transform, size, &work);
    EXPECT_TRUE(work.rasterised);
    fast(renderer, map, transform, size, &work);
    EXPECT_FALSE(work.rasterised);
    EXPECT_FALSE(work.recoloured) << "nothing changed";

    // Values change in place (as the weights do): recoloured, same view.
    areas->column("waarde")->values = {4, 3, 2, 1};
    map.setColumn("waarde");
    const QImage recoloured = fast(renderer, map, transform, size, &work);
    EXPECT_FALSE(work.rasterised);
    EXPECT_TRUE(work.recoloured);
    EXPECT_LT(differingShare(recoloured, reference(map, transform, size)), 0.02);

    transform = transform.panned(QPointF(25, 0));
    const QImage moved = fast(renderer, map, transform, size, &work);
    EXPECT_TRUE(work.rasterised);
    EXPECT_LT(differingShare(moved, reference(map, transform, size)), 0.02);
}

TEST(CanvasRenderer, drawsWijkBordersDarkerAtMunicipalScale)
{
    // Four touching 100 m squares in a row: two in wijk WK01, two in WK02. At 1 m per pixel the
    // border at x = 200 m lies between wijken, the one at x = 100 m inside WK01.
    auto areas = std::make_shared<core::AreaSet>();
    for (int i = 0; i < 4; ++i)
        areas->addArea("BU" + std::to_string(i), "b" + std::to_string(i),
                       test::square(100.0 * i, 0.0, 100.0));
    areas->setColumn({"waarde", {1.0, 1.0, 1.0, 1.0}, {}});
    areas->setTextColumn({"wk_code", {"WK01", "WK01", "WK02", "WK02"}, {}});
    render::MapPainter map(areas);
    const QSize size(600, 300);
    const render::MapTransform transform({200.0, 50.0}, 1.0, QPointF(300.0, 150.0));
    app::CanvasRenderer renderer;
    const QImage image = fast(renderer, map, transform, size);
    ASSERT_TRUE(renderer.showsWijken());
    const auto darkness = [&](double worldX) {
        // The darkest pixel across the border, low in the squares (the wijk names are in the middle).
        int darkest = 255;
        const QPointF device = transform.toDevice({worldX, 15.0});
        for (int dx = -2; dx <= 2; ++dx)
            darkest = std::min(darkest, image.pixelColor(device.toPoint() + QPoint(dx, 0)).lightness());
        return darkest;
    };
    EXPECT_LT(darkness(200.0) + 40, darkness(100.0));

    // Zoomed out beyond the wijk scale: no wijk borders.
    const render::MapTransform far({200.0, 50.0}, app::CanvasRenderer::kWijkScale * 2.0,
                                   QPointF(300.0, 150.0));
    fast(renderer, map, far, size);
    EXPECT_FALSE(renderer.showsWijken());
}
