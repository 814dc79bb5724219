// SPDX-License-Identifier: GPL-3.0-or-later
#include "choropleth.h"
#include "colorramp.h"
#include "guitestsupport.h"
#include "mapdecorations.h"
#include "model/areaset.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <limits>
#include <string_view>

using namespace bib;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

TEST(RampCatalogue, builtInRampsHaveFiveToSevenClassPalettes)
{
    const auto& catalogue = render::RampCatalogue::builtIn();
    ASSERT_FALSE(catalogue.ramps().empty());
    for (const render::ColorRamp& ramp : catalogue.ramps()) {
        EXPECT_TRUE(ramp.colourBlindSafe) << ramp.name.toStdString();
        for (int count = 5; count <= 7; ++count)
            EXPECT_EQ(ramp.colours(count).size(), static_cast<std::size_t>(count)) << ramp.name.toStdString();
    }
    // ColorBrewer 2.0 YlOrRd, 5 classes: first and last colour.
    const auto ylOrRd = catalogue.ramp(QStringLiteral("YlOrRd"))->colours(5);
    EXPECT_EQ(ylOrRd.front(), QColor(0xff, 0xff, 0xb2));
    EXPECT_EQ(ylOrRd.back(), QColor(0xbd, 0x00, 0x26));
}

TEST(RampCatalogue, fewerClassesSpreadOverTheSmallestLargerPalette)
{
    const auto colours = render::RampCatalogue::builtIn().ramp(QStringLiteral("Blues"))->colours(2);
    ASSERT_EQ(colours.size(), 2u);
    EXPECT_EQ(colours.front(), QColor(0xef, 0xf3, 0xff)); // lightest of the 5-class palette
    EXPECT_EQ(colours.back(), QColor(0x08, 0x51, 0x9c));  // darkest of the 5-class palette
}

// The breaks themselves come from the core's classification family, tested in
// tests/unit/index/classificationtest.cpp; these tests cover what the renderer adds: decimals,
// colours per class, legend lines and counts.

TEST(Choropleth, legendShowsTheCoresLabelsInEitherLanguageWithCounts)
{
    core::Column column{"aandeel", {0.5, 1.5, 2.5, 3.5, kNaN}, {}};
    // Equal intervals over 0.5 … 3.5 in 2 classes: cut at 2.0. Range 3 → 2 decimals.
    render::Choropleth map(column, {"equal-interval", 2, {}, QStringLiteral("YlOrRd")});
    const auto dutch = map.legend(core::Language::Dutch);
    ASSERT_EQ(dutch.size(), 3u);
    EXPECT_EQ(dutch[0].label, QStringLiteral("0,50 \u2013 2,00"));
    EXPECT_EQ(dutch[0].count, 2u);
    EXPECT_EQ(dutch[1].label, QStringLiteral("2,00 \u2013 3,50"));
    EXPECT_EQ(dutch[1].count, 2u);
    EXPECT_TRUE(dutch[2].noData);
    EXPECT_EQ(dutch[2].label, QStringLiteral("geen gegevens"));
    EXPECT_EQ(dutch[2].count, 1u);
    EXPECT_EQ(dutch[2].colour, map.noDataFill());
    const auto english = map.legend(core::Language::English);
    EXPECT_EQ(english[0].label, QStringLiteral("0.50 \u2013 2.00"));
    EXPECT_EQ(english[2].label, QStringLiteral("no data"));
}

TEST(Choropleth, everyClassGetsItsRampColourLightToDark)
{
    core::Column column{"waarde", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, kNaN}, {}};
    render::Choropleth map(column, {"quantile", 5, {}, QStringLiteral("Blues")});
    ASSERT_EQ(map.classification().classCount(), 5);
    const auto ramp = render::RampCatalogue::builtIn().ramp(QStringLiteral("Blues"))->colours(5);
    EXPECT_EQ(map.classColours(), ramp);
    for (std::size_t row = 0; row < column.values.size(); ++row) {
        const int c = map.classOfRow(row);
        EXPECT_EQ(c, map.classification().classOfValue[row]);
        EXPECT_EQ(map.fillOfRow(row), c < 0 ? map.noDataFill() : ramp[static_cast<std::size_t>(c)]);
    }
    const auto legend = map.legend(core::Language::Dutch);
    ASSERT_EQ(legend.size(), 6u);
    for (std::size_t c = 0; c < 5; ++c) {
        EXPECT_EQ(legend[c].colour, ramp[c]);
        EXPECT_EQ(legend[c].count, map.classification().counts[c]);
    }
    EXPECT_EQ(map.classOfRow(99), -1); // beyond the column: no data
}

TEST(Choropleth, offersEveryMethodOfTheCore)
{
    core::Column column{"index", {-1.2, -0.8, -0.4, -0.1, 0.0, 0.3, 0.9, 1.5, 2.2, 3.8, kNaN}, {}};
    for (std::string_view key : core::classificationMethodKeys()) {
        render::ChoroplethStyle style;
        style.method = std::string(key);
        style.classCount = 4;
        if (key == "manual")
            style.manualBreaks = {-0.5, 0.0, 1.0};
        const render::Choropleth map(column, style);
        EXPECT_EQ(map.classification().method, key);
        EXPECT_GE(map.classification().classCount(), 2) << key;
        EXPECT_EQ(map.classColours().size(), static_cast<std::size_t>(map.classification().classCount()));
        std::size_t total = 0;
        for (const render::LegendEntry& entry : map.legend(core::Language::Dutch))
            total += entry.count;
        EXPECT_EQ(total, column.values.size()) << key;
    }
    // Manual breaks fix the classes: (min, -0.5], (-0.5, 0], (0, 1], (1, max].
    render::ChoroplethStyle manual{"manual", 5, {-0.5, 0.0, 1.0}, QStringLiteral("YlOrRd")};
    EXPECT_EQ(render::Choropleth(column, manual).classification().counts,
              (std::vector<std::size_t>{2, 3, 2, 3}));
}

TEST(Choropleth, unknownMethodOrManualWithoutBreaksIsAnInputError)
{
    core::Column column{"waarde", {1.0, 2.0, 3.0}, {}};
    EXPECT_THROW(render::Choropleth(column, {"natural", 5, {}, QStringLiteral("YlOrRd")}), core::InputError);
    EXPECT_THROW(render::Choropleth(column, {"manual", 5, {}, QStringLiteral("YlOrRd")}), core::InputError);
}

TEST(Choropleth, classCountIsClampedToTwoToTwelve)
{
    core::Column column{"waarde", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {}};
    EXPECT_EQ(render::Choropleth(column, {"equal-interval", 1, {}, QStringLiteral("YlOrRd")})
                  .classification()
                  .classCount(),
              2);
    EXPECT_EQ(render::Choropleth(column, {"equal-interval", 40, {}, QStringLiteral("YlOrRd")})
                  .classification()
                  .classCount(),
              12);
}

TEST(LegendDecimals, followTheRangeOfTheData)
{
    // A z-score index around -1…4: two decimals.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{-1.19, 0.03, 3.82}, {}), 2);
    // Percentages 0…100: one decimal.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{0.0, 12.5, 99.7}, {}), 1);
    // Counts: none, however wide.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{0.0, 3.0, 7.0, kNaN}, {}), 0);
    EXPECT_EQ(render::legendDecimals(std::vector<double>{120.0, 4500.0}, {}), 0);
    // Euros in thousands, 1,000 wide and more: none.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{180.5, 1250.25}, {}), 0);
    // Shares 0.1…0.6 (0.5 wide): three.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{0.1, 0.35, 0.6}, {}), 3);
    // Nothing to go by: none.
    EXPECT_EQ(render::legendDecimals(std::vector<double>{kNaN}, {}), 0);
}

TEST(LegendDecimals, growUntilNeighbouringBreaksReadApart)
{
    // Percentages, but two breaks 0.04 apart: one decimal prints both as 12,3.
    const std::vector<double> values{0.0, 12.5, 99.7};
    EXPECT_EQ(render::legendDecimals(values, {0.0, 12.30, 12.34, 99.7}), 2);
    // Equal breaks (a class of one value) are not a reason for more decimals.
    EXPECT_EQ(render::legendDecimals(values, {0.0, 0.0, 50.0, 99.7}), 1);
}

TEST(Choropleth, legendNeverShowsANegativeZero)
{
    // Manual cut just below zero: "-0,00" would be wrong-looking; the core's formatter prints 0,00.
    ASSERT_TRUE(QStringLiteral("-0,4 \u2013 -0,0").contains(test::negativeZero()));
    ASSERT_FALSE(QStringLiteral("-0,38 \u2013 -0,03").contains(test::negativeZero()));
    core::Column column{"index", {-0.4, -0.3, -0.0001, 0.2, 0.8}, {}};
    render::Choropleth map(column, {"manual", 5, {-0.0001}, QStringLiteral("YlOrRd")});
    for (const render::LegendEntry& entry : map.legend(core::Language::Dutch)) {
        EXPECT_FALSE(entry.label.contains(test::negativeZero())) << entry.label.toStdString();
    }
    EXPECT_EQ(map.legend(core::Language::Dutch)[1].label, QStringLiteral("0,00 \u2013 0,80"));
}

TEST(ScaleBar, picksRoundLengths)
{
    // 10 m/px and at most 250 px: 2500 m fits, the round length below it is 2 km = 200 px.
    const render::ScaleBar bar = render::niceScaleBar(10.0, 250.0);
    EXPECT_DOUBLE_EQ(bar.metres, 2000.0);
    EXPECT_DOUBLE_EQ(bar.pixels, 200.0);
    EXPECT_EQ(bar.label, QStringLiteral("2 km"));
    EXPECT_DOUBLE_EQ(render::niceScaleBar(1.0, 600.0).metres, 500.0);
    EXPECT_DOUBLE_EQ(render::niceScaleBar(1.0, 150.0).metres, 100.0);
}
