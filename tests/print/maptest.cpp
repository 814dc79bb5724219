// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/classification.h"
#include "io/stylewriter.h"
#include "mapdocument.h"
#include "printsupport.h"
#include "testsupport.h"

#include <geos_c.h>
#include <gtest/gtest.h>

#include <QColor>
#include <QFile>
#include <QImage>
#include <QXmlStreamReader>

#include <cmath>
#include <regex>

namespace {

using bib::test::pdfText;
using bib::test::runBib;
using bib::test::TempDir;

std::string ringWkt(const bib::core::Ring& ring)
{
    std::string wkt = "(";
    for (std::size_t i = 0; i < ring.size(); ++i)
        wkt += (i ? "," : "") + std::to_string(ring[i].x) + " " + std::to_string(ring[i].y);
    return wkt + ")";
}

/// The centre and radius (metres) of the largest circle inside the area's first polygon, by GEOS's
/// MaximumInscribedCircle: a point well inside the area, away from its outline.
std::pair<bib::core::Point, double> interiorPoint(GEOSContextHandle_t geos,
                                                  const bib::core::MultiPolygon& shape)
{
    std::string wkt = "POLYGON(";
    const auto& rings = shape.polygons.front().rings;
    for (std::size_t i = 0; i < rings.size(); ++i)
        wkt += (i ? "," : "") + ringWkt(rings[i]);
    wkt += ")";
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos);
    GEOSGeometry* polygon = GEOSWKTReader_read_r(geos, reader, wkt.c_str());
    GEOSGeometry* line = GEOSMaximumInscribedCircle_r(geos, polygon, 1.0);
    double x = 0, y = 0, length = 0;
    const GEOSCoordSequence* coords = GEOSGeom_getCoordSeq_r(geos, line);
    GEOSCoordSeq_getXY_r(geos, coords, 0, &x, &y);
    GEOSGeomGetLength_r(geos, line, &length);
    GEOSGeom_destroy_r(geos, line);
    GEOSGeom_destroy_r(geos, polygon);
    GEOSWKTReader_destroy_r(geos, reader);
    return {{x, y}, length};
}

TEST(PrintMap, pdfStatesTitleSourceLineRuleAndMissingClasses)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "map", recipe, "--source", "CBS Kerncijfers wijken en buurten 2024; Politie",
                           "-o", dir.file("kaart.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(bib::test::pdfPages(dir.file("kaart.pdf")), 1);
    const std::string text = pdfText(dir.file("kaart.pdf"));
    EXPECT_NE(text.find("Jeugd en veiligheid Utrecht 2024 (golden test)"), std::string::npos) << text;
    EXPECT_NE(text.find("Bron: CBS Kerncijfers wijken en buurten 2024; Politie; recept"), std::string::npos)
        << text;
    EXPECT_TRUE(std::regex_search(text, std::regex(R"(gemaakt\s+\d\d-\d\d-\d{4})"))) << "date as dd-mm-jjjj";
    EXPECT_NE(text.find("Onderdrukt: aantallen kleiner dan 5 en cijfers over minder dan 50 inwoners"),
              std::string::npos);
    EXPECT_NE(text.find("geen gegevens"), std::string::npos);
    EXPECT_NE(text.find("onderdrukt"), std::string::npos);
    EXPECT_NE(text.find("km"), std::string::npos) << "scale bar";
}

TEST(PrintMap, pixelInsideABuurtHasTheColourOfItsCoreClass)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "map", recipe, "--dpi", "300", "-o", dir.file("kaart.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string out;
    ASSERT_EQ(bib::test::runTool("pdftoppm -r 100 -png -singlefile '" + dir.file("kaart.pdf") + "' '" +
                                     dir.file("page") + "'",
                                 out),
              0);
    QImage page(QString::fromStdString(dir.file("page.png")));
    ASSERT_FALSE(page.isNull());

    bib::core::Feedback feedback;
    const bib::print::PrintData data = bib::print::preparePrint(recipe, std::size_t{0}, feedback);
    bib::print::MapRequest request;
    request.recipe = recipe;
    const auto painter = bib::print::mapPagePainter(data, request);
    const auto layout = bib::render::renderPageLayout(
        *painter, bib::render::paperPage(bib::render::PaperSize::A4, false, 300));

    // Expected: the core's quantile classification (5 classes) of the published index values and
    // the ramp colour the exported QGIS style uses for that class.
    const bib::core::Column* index = data.publishedAreas->column("index");
    const auto method = bib::core::createClassificationMethod("quantile", {});
    const auto classes = method->classes(index->values, 5);
    const auto colours = bib::core::rampColours("YlOrRd", classes.classCount());

    GEOSContextHandle_t geos = GEOS_init_r();
    std::size_t checked = 0;
    for (std::size_t row = 0; row < data.publishedAreas->size(); ++row) {
        if (classes.classOfValue[row] < 0)
            continue;
        const auto [centre, radius] = interiorPoint(geos, data.publishedAreas->shape(row));
        // The page is laid out at 300 dpi; pdftoppm drew it at 100 dpi: a third.
        const double radiusPixels = radius / layout.transform.metresPerPixel() / 3.0;
        if (radiusPixels < 4.0)
            continue;
        const QPointF onPage = layout.transform.toDevice(centre);
        // The north arrow (top right) and the scale bar (bottom left) are drawn over the map.
        const double mm = 300.0 / 25.4;
        const QRectF& frame = layout.frame;
        if (QRectF(frame.right() - 16 * mm, frame.top(), 16 * mm, 22 * mm).contains(onPage) ||
            QRectF(frame.left(), frame.bottom() - 16 * mm, frame.width() / 3.0 + 12 * mm, 16 * mm)
                .contains(onPage))
            continue;
        const QPointF device = onPage / 3.0;
        const QColor actual = page.pixelColor(static_cast<int>(device.x()), static_cast<int>(device.y()));
        const QColor expected(
            QString::fromStdString(colours[static_cast<std::size_t>(classes.classOfValue[row])]));
        // Tolerance 2 per channel (8-bit): poppler's rasteriser rounds colours.
        EXPECT_NEAR(actual.red(), expected.red(), 2) << data.publishedAreas->id(row);
        EXPECT_NEAR(actual.green(), expected.green(), 2) << data.publishedAreas->id(row);
        EXPECT_NEAR(actual.blue(), expected.blue(), 2) << data.publishedAreas->id(row);
        ++checked;
    }
    GEOS_finish_r(geos);
    EXPECT_GE(checked, 20u) << "too few buurten large enough to test";
}

TEST(PrintMap, svgParsesAndHasPathsAndText)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "map", recipe, "--size", "A3", "--landscape", "-o", dir.file("kaart.svg")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QFile file(QString::fromStdString(dir.file("kaart.svg")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("path"))
            ++paths;
        if (xml.isCharacters())
            text += xml.text();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GE(paths, 111); // at least one per buurt
    EXPECT_TRUE(text.contains(QStringLiteral("Bron:")));
    EXPECT_TRUE(text.contains(QStringLiteral("onderdrukt")));
}

TEST(PrintMap, pngSizeFollowsPaperAndDpi)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    ASSERT_EQ(runBib({"-q", "map", recipe, "--dpi", "100", "-o", dir.file("a4.png")}).exitCode, 0);
    ASSERT_EQ(
        runBib({"-q", "map", recipe, "--size", "A3", "--landscape", "--dpi", "72", "-o", dir.file("a3.png")})
            .exitCode,
        0);
    // A4 portrait 210 × 297 mm at 100 dpi: 826.8 × 1169.3 px; A3 landscape 420 × 297 mm at 72 dpi:
    // 1190.6 × 842.0 px (mm / 25.4 × dpi, rounded).
    const QImage a4(QString::fromStdString(dir.file("a4.png")));
    EXPECT_EQ(a4.size(), QSize(827, 1169));
    const QImage a3(QString::fromStdString(dir.file("a3.png")));
    EXPECT_EQ(a3.size(), QSize(1191, 842));
}

TEST(PrintMap, unknownFieldAndFormatAreRefusedWithTheChoices)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    auto r = runBib({"map", recipe, "--field", "aant_inw", "-o", dir.file("k.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("choose one of"), std::string::npos) << r.err;
    r = runBib({"map", recipe, "-o", dir.file("k.jpg")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(".pdf"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("k.pdf")));
}

} // namespace
