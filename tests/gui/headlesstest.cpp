// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "launchoptions.h"
#include "mapexport.h"
#include "mappainter.h"
#include "model/geometry.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace bib;

namespace {

bool demoPresent()
{
    try {
        app::findDemoFolder();
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

/// Font metrics on a page of the default PageSpec (150 dpi), as the export measures.
QFontMetricsF pageMetrics(const QFont& font)
{
    QImage device(10, 10, QImage::Format_ARGB32);
    device.setDotsPerMeterX(5906);
    device.setDotsPerMeterY(5906);
    return QFontMetricsF(font, &device);
}

void expectMapAndTable(const std::vector<std::filesystem::path>& written, std::size_t areaCount)
{
    ASSERT_EQ(written.size(), 2u);
    EXPECT_EQ(written[0].filename(), "kaart.png");
    EXPECT_EQ(written[1].filename(), "tabel.csv");
    const QImage map(QString::fromStdString(written[0].string()));
    EXPECT_EQ(map.size(), QSize(1754, 1240));
    const std::string table = test::readFile(written[1].string());
    // Header plus one line per area.
    EXPECT_EQ(static_cast<std::size_t>(std::count(table.begin(), table.end(), '\n')), areaCount + 1);
}

} // namespace

TEST(HeadlessExport, writesMapAndTableOfRealAreas)
{
    const std::string areas = test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (areas.empty())
        GTEST_SKIP() << "real data not available";
    test::TempDir folder;
    app::LoadRequest request;
    request.areas = {areas, "buurten", "bu_code", "bu_naam", "", "", "EPSG:28992"};
    core::SilentFeedback feedback;
    const auto written = app::HeadlessExport::run(request, "g_ink_pi", folder.path() / "uit", feedback);
    expectMapAndTable(written, 203);
}

TEST(HeadlessExport, writesTheDemo)
{
    try {
        app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo data is not there yet";
    }
    test::TempDir folder;
    core::SilentFeedback feedback;
    const auto written = app::HeadlessExport::run(std::nullopt, "", folder.path(), feedback);
    ASSERT_EQ(written.size(), 2u);
    EXPECT_GT(std::filesystem::file_size(written[0]), 10000u);
    EXPECT_GT(std::filesystem::file_size(written[1]), 0u);
}

TEST(HeadlessExport, demoPageShowsTheHighestIndexInTheTopClassColour)
{
    if (!demoPresent())
        GTEST_SKIP() << "the demo data is not there yet";
    test::TempDir folder;
    core::SilentFeedback feedback;
    const auto written = app::HeadlessExport::run(std::nullopt, "", folder.path(), feedback);
    const QImage page(QString::fromStdString(written.at(0).string()));
    ASSERT_FALSE(page.isNull());

    // The same map as the export painted, and where it put it on the page.
    const app::Workspace workspace = app::loadWorkspace(app::demoRequest(app::findDemoFolder()), feedback);
    const render::MapPainter map = app::HeadlessExport::mapPainterFor(workspace);
    ASSERT_EQ(map.column(), "index");
    const render::PageLayout layout = render::renderPageLayout(map);
    const core::Column& index = *workspace.areas->column("index");
    const auto highest = static_cast<std::size_t>(
        std::max_element(index.values.begin(), index.values.end(),
                         [](double a, double b) { return std::isnan(a) || (!std::isnan(b) && a < b); }) -
        index.values.begin());
    const QPointF inside = layout.transform.toDevice(core::pointOnSurface(workspace.areas->shape(highest)));
    ASSERT_TRUE(layout.frame.contains(inside));
    const QColor top = map.choropleth().classColours().back();
    EXPECT_EQ(map.choropleth().classOfRow(highest), map.choropleth().classification().classCount() - 1);
    EXPECT_TRUE(test::sameColour(page.pixelColor(inside.toPoint()), top, 3))
        << page.pixelColor(inside.toPoint()).name().toStdString() << " instead of "
        << top.name().toStdString();
}

TEST(HeadlessExport, demoTitleSubtitleAndFooterNameTheRecipeAndFitThePage)
{
    if (!demoPresent())
        GTEST_SKIP() << "the demo data is not there yet";
    core::SilentFeedback feedback;
    const app::Workspace workspace = app::loadWorkspace(app::demoRequest(app::findDemoFolder()), feedback);
    ASSERT_TRUE(workspace.recipe);
    const QString name = QString::fromStdString(workspace.recipe->name);
    const QString hash = QString::fromStdString(workspace.recipe->sha256.substr(0, 12));
    const auto check = [&](const QString& title, const QString& subtitle, const QString& recipeWord) {
        const render::MapPainter map = app::HeadlessExport::mapPainterFor(workspace);
        EXPECT_EQ(map.title(), title + QStringLiteral(" \u2014 ") + name);
        EXPECT_EQ(map.subtitle(), subtitle.arg(hash));
        const render::PageLayout layout = render::renderPageLayout(map);
        EXPECT_EQ(layout.subtitle, map.subtitle()) << "the subtitle fits without shortening";
        EXPECT_EQ(layout.title, map.title());
        EXPECT_LE(pageMetrics(layout.subtitleFont).boundingRect(layout.subtitle).width(),
                  layout.body.width());
        EXPECT_LE(layout.body.right(), 1754.0);
        const QString footer = layout.footerLines.join(QLatin1Char(' '));
        EXPECT_TRUE(footer.contains(QStringLiteral("voorbeeldstad.gpkg, indicatoren.csv")))
            << footer.toStdString();
        EXPECT_TRUE(
            footer.contains(recipeWord + QStringLiteral(": ") + name + QStringLiteral(", sha256 ") + hash))
            << footer.toStdString();
        for (const QString& line : layout.footerLines)
            EXPECT_LE(pageMetrics(layout.footerFont).horizontalAdvance(line), layout.body.width());
    };
    check(QStringLiteral("Composite index"),
          QStringLiteral(
              "Higher index = more attention needed \u00b7 recipe sha256 %1 \u00b7 synthetic demo data"),
          QStringLiteral("Recipe"));
    const test::DutchInterface dutch;
    ASSERT_TRUE(dutch.loaded());
    check(QStringLiteral("Samengestelde index"),
          QStringLiteral(
              "Hogere index = meer aandacht nodig \u00b7 recept sha256 %1 \u00b7 synthetische demogegevens"),
          QStringLiteral("Recept"));
}

TEST(HeadlessExport, unknownFieldIsAnInputError)
{
    const std::string areas = test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (areas.empty())
        GTEST_SKIP() << "real data not available";
    test::TempDir folder;
    app::LoadRequest request;
    request.areas = {areas, "buurten", "bu_code", "bu_naam", "", "", "EPSG:28992"};
    core::SilentFeedback feedback;
    EXPECT_THROW(app::HeadlessExport::run(request, "bestaat_niet", folder.path(), feedback),
                 core::InputError);
}

TEST(LaunchOptions, parsesAreasTableAndField)
{
    const auto parsed = app::LaunchOptionsParser::parse(
        {QStringLiteral("buurtinbeeld"), QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("--headless"), QStringLiteral("/tmp/uit"), QStringLiteral("a.gpkg"),
         QStringLiteral("--id"), QStringLiteral("bu_code"), QStringLiteral("--table"),
         QStringLiteral("t.csv"), QStringLiteral("--table-id"), QStringLiteral("code"),
         QStringLiteral("--field"), QStringLiteral("x")});
    ASSERT_FALSE(parsed.exitCode) << parsed.message.toStdString();
    EXPECT_EQ(parsed.options.language, QStringLiteral("en"));
    EXPECT_EQ(parsed.options.headlessFolder, QStringLiteral("/tmp/uit"));
    ASSERT_TRUE(parsed.options.request);
    EXPECT_EQ(parsed.options.request->areas.idField, "bu_code");
    ASSERT_TRUE(parsed.options.request->table);
    EXPECT_EQ(parsed.options.request->table->idField, "code");
    EXPECT_EQ(parsed.options.request->field, "x");
}

TEST(LaunchOptions, areasWithoutIdIsAnError)
{
    const auto parsed =
        app::LaunchOptionsParser::parse({QStringLiteral("buurtinbeeld"), QStringLiteral("a.gpkg")});
    EXPECT_EQ(parsed.exitCode, 2);
}

TEST(LaunchOptions, noArgumentsMeansTheDemoInTheLocaleLanguage)
{
    const auto parsed = app::LaunchOptionsParser::parse({QStringLiteral("buurtinbeeld")});
    EXPECT_FALSE(parsed.exitCode);
    EXPECT_FALSE(parsed.options.request);
    EXPECT_EQ(parsed.options.language, app::LaunchOptionsParser::defaultLanguage(QLocale::system()));
}

TEST(LaunchOptions, dutchForADutchLocaleEnglishOtherwise)
{
    EXPECT_EQ(app::LaunchOptionsParser::defaultLanguage(QLocale(QStringLiteral("nl_NL"))),
              QStringLiteral("nl"));
    EXPECT_EQ(app::LaunchOptionsParser::defaultLanguage(QLocale(QStringLiteral("nl_BE"))),
              QStringLiteral("nl"));
    EXPECT_EQ(app::LaunchOptionsParser::defaultLanguage(QLocale(QStringLiteral("en_GB"))),
              QStringLiteral("en"));
    EXPECT_EQ(app::LaunchOptionsParser::defaultLanguage(QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("en"));
    EXPECT_EQ(app::LaunchOptionsParser::defaultLanguage(QLocale::c()), QStringLiteral("en"));
    // An explicit --lang wins over the locale.
    EXPECT_EQ(app::LaunchOptionsParser::language(
                  {QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("nl")}),
              QStringLiteral("nl"));
    EXPECT_EQ(app::LaunchOptionsParser::language({QStringLiteral("x"), QStringLiteral("--lang=en")}),
              QStringLiteral("en"));
}
