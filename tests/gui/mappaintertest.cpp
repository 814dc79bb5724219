// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"
#include "guitestsupport.h"
#include "mapexport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <limits>

using namespace bib;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Font metrics on a page image of the default PageSpec (150 dpi), as renderPage() measures.
QFontMetricsF pageMetrics(const QFont& font)
{
    static QImage device = [] {
        QImage image(10, 10, QImage::Format_ARGB32);
        image.setDotsPerMeterX(5906);
        image.setDotsPerMeterY(5906);
        return image;
    }();
    return QFontMetricsF(font, &device);
}

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
    // Two areas, 1 and 10, in 5 quantile classes: two distinct values give one class each (the
    // core's few-distinct-values rule), coloured with YlOrRd's lightest and darkest.
    render::MapPainter map(test::squares({1.0, 10.0}));
    map.setColumn("waarde");
    ASSERT_EQ(map.choropleth().classification().classCount(), 2);
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

TEST(MapPainter, pageTextsStayOnThePage)
{
    render::MapPainter map(test::squares({1.0, 10.0, kNaN}));
    map.setColumn("waarde");
    map.setTitle(QStringLiteral("Samengestelde index \u2014 ") + QString(QLatin1Char('x')).repeated(200));
    map.setSubtitle(QStringLiteral("Hogere index = meer aandacht nodig \u00b7 ") +
                    QString(QLatin1Char('y')).repeated(300));
    map.setSources({QStringLiteral("voorbeeldstad.gpkg"), QStringLiteral("indicatoren.csv")});
    map.setProvenance(QStringLiteral("Recept: ") + QString(QLatin1Char('z')).repeated(150) +
                      QStringLiteral(", sha256 d2a0d10f2ac7"));
    const render::PageLayout layout = render::renderPageLayout(map);
    const QRectF page(0.0, 0.0, 1754.0, 1240.0);
    ASSERT_TRUE(page.contains(layout.body));

    EXPECT_TRUE(layout.subtitle.endsWith(QChar(0x2026))) << "a subtitle too long is shortened";
    EXPECT_LE(pageMetrics(layout.subtitleFont).horizontalAdvance(layout.subtitle), layout.body.width());
    EXPECT_LE(layout.subtitleRect.right(), layout.body.right());
    EXPECT_LE(pageMetrics(layout.titleFont).horizontalAdvance(layout.title), layout.body.width());
    EXPECT_GE(layout.subtitleRect.top(), layout.titleRect.bottom());
    EXPECT_GE(layout.frame.top(), layout.subtitleRect.bottom());

    ASSERT_FALSE(layout.footerLines.isEmpty());
    EXPECT_LE(layout.footerLines.size(), 2);
    for (const QString& line : layout.footerLines)
        EXPECT_LE(pageMetrics(layout.footerFont).horizontalAdvance(line), layout.body.width())
            << line.toStdString();
    EXPECT_TRUE(layout.footerLines.front().contains(QStringLiteral("voorbeeldstad.gpkg, indicatoren.csv")));
    EXPECT_GE(layout.footerRect.top(), layout.frame.bottom());
    EXPECT_LE(layout.legendRect.right(), layout.body.right());
}

TEST(MapPainter, shortSubtitleIsKeptWhole)
{
    render::MapPainter map(test::squares({1.0, 10.0}));
    map.setColumn("waarde");
    map.setTitle(QStringLiteral("Test"));
    map.setSubtitle(QStringLiteral("recept sha256 d2a0d10f2ac7"));
    const render::PageLayout layout = render::renderPageLayout(map);
    EXPECT_EQ(layout.subtitle, map.subtitle());
    EXPECT_EQ(layout.title, QStringLiteral("Test"));
    // Without provenance the footer still names the areas' file and the classification.
    EXPECT_TRUE(layout.footerLines.join(QLatin1Char(' ')).contains(QStringLiteral("squares.gpkg")));
}
