// SPDX-License-Identifier: GPL-3.0-or-later
#include "headless.h"
#include "demodata.h"
#include "launchoptions.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <QImage>

#include <filesystem>

using namespace bib;

namespace {

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

TEST(LaunchOptions, noArgumentsMeansTheDemoInDutch)
{
    const auto parsed = app::LaunchOptionsParser::parse({QStringLiteral("buurtinbeeld")});
    EXPECT_FALSE(parsed.exitCode);
    EXPECT_FALSE(parsed.options.request);
    EXPECT_EQ(parsed.options.language, QStringLiteral("nl"));
}
