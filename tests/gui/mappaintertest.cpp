// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"
#include "guitestsupport.h"
#include "mapexport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

#include <limits>

using namespace bib;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Paints only the areas into a white image, fitted to their extent.
QImage paintAreas(const render::MapPainter& map, render::MapTransform& transform)
{
    QImage image(700, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    transform = render::MapTransform::fit(map.extent(), QRectF(image.rect()), 0.02);
    map.paintAreas(painter, transform, QRectF(image.rect()));
    painter.end();
    return image;
}

} // namespace

TEST(MapPainter, fillsEachAreaWithItsClassColour)
{
    // Two areas: 1 and 10 in 5 quantile classes. Breaks 1, 2.8, 4.6, 6.4, 8.2, 10 (h = 1·j/5), so
    // 1 is in the lowest class and 10 in the highest: YlOrRd's lightest and darkest.
    render::MapPainter map(test::squares({1.0, 10.0}));
    map.setColumn("waarde");
    ASSERT_EQ(map.choropleth().classification().classCount(), 5);
    render::MapTransform transform;
    const QImage image = paintAreas(map, transform);

    const QColor lowest = map.choropleth().classColours().front();
    const QColor highest = map.choropleth().classColours().back();
    EXPECT_EQ(lowest, QColor(0xff, 0xff, 0xb2));
    EXPECT_EQ(highest, QColor(0xbd, 0x00, 0x26));
    EXPECT_TRUE(test::sameColour(image.pixelColor(transform.toDevice({50.0, 50.0}).toPoint()), lowest));
    EXPECT_TRUE(test::sameColour(image.pixelColor(transform.toDevice({250.0, 50.0}).toPoint()), highest));
    // The gap between the squares stays white.
    EXPECT_TRUE(test::sameColour(image.pixelColor(transform.toDevice({150.0, 50.0}).toPoint()), Qt::white));
}

TEST(MapPainter, missingValueGetsTheHatchedNoDataColour)
{
    render::MapPainter map(test::squares({1.0, 10.0, kNaN}));
    map.setColumn("waarde");
    render::MapTransform transform;
    const QImage image = paintAreas(map, transform);

    // The no-data square is the fill colour with hatch lines over it: sample a block in its middle
    // and expect mostly fill, some hatch, nothing else.
    const QColor fill = map.choropleth().noDataFill();
    const QColor hatch = map.choropleth().noDataHatch();
    const QPoint centre = transform.toDevice({450.0, 50.0}).toPoint();
    int fillCount = 0;
    int hatchCount = 0;
    for (int dy = -8; dy < 8; ++dy) {
        for (int dx = -8; dx < 8; ++dx) {
            const QColor c = image.pixelColor(centre + QPoint(dx, dy));
            fillCount += test::sameColour(c, fill, 4) ? 1 : 0;
            hatchCount += test::sameColour(c, hatch, 4) ? 1 : 0;
        }
    }
    EXPECT_GT(fillCount, 128);
    EXPECT_GT(hatchCount, 0);
    EXPECT_EQ(fillCount + hatchCount, 256);
    EXPECT_EQ(map.legend().back().noData, true);
}

TEST(MapPainter, holesStayOpen)
{
    auto areas = std::make_shared<core::AreaSet>();
    core::MultiPolygon ring = test::square(0.0, 0.0, 300.0);
    ring.polygons[0].rings.push_back(test::square(100.0, 100.0, 100.0).polygons[0].rings[0]);
    areas->addArea("BU1", "Ring", ring);
    areas->setColumn({"waarde", {5.0}, {}});
    render::MapPainter map(areas);
    map.setColumn("waarde");
    render::MapTransform transform;
    const QImage image = paintAreas(map, transform);
    EXPECT_TRUE(test::sameColour(image.pixelColor(transform.toDevice({150.0, 150.0}).toPoint()), Qt::white));
    EXPECT_FALSE(test::sameColour(image.pixelColor(transform.toDevice({50.0, 50.0}).toPoint()), Qt::white));
}

TEST(MapPainter, findsTheAreaUnderAPoint)
{
    render::MapPainter map(test::squares({1.0, 2.0}));
    EXPECT_EQ(map.areaAt({250.0, 50.0}), std::optional<std::size_t>(1));
    EXPECT_EQ(map.areaAt({150.0, 50.0}), std::nullopt);
}

TEST(MapPainter, unknownColumnIsAnInputError)
{
    render::MapPainter map(test::squares({1.0}));
    EXPECT_THROW(map.setColumn("bestaat_niet"), core::InputError);
}

TEST(MapPainter, pageIsA4LandscapeAt150Dpi)
{
    render::MapPainter map(test::squares({1.0, 10.0, kNaN}));
    map.setColumn("waarde");
    map.setTitle(QStringLiteral("Test"));
    const QImage page = render::renderPage(map);
    EXPECT_EQ(page.size(), QSize(1754, 1240)); // 297 × 210 mm at 150 dpi
    EXPECT_EQ(page.dotsPerMeterX(), 5906);
}
