// SPDX-License-Identifier: GPL-3.0-or-later
#include "choropleth.h"
#include "colorramp.h"
#include "mapdecorations.h"
#include "model/areaset.h"

#include <gtest/gtest.h>

#include <limits>

using namespace bib;

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

TEST(Choropleth, legendUsesTheLocaleDecimalSeparatorAndCounts)
{
    core::Column column{"aandeel", {0.5, 1.5, 2.5, 3.5, std::numeric_limits<double>::quiet_NaN()}, {}};
    // Equal intervals of 1.5 / 2 = 1.5 wide → one decimal: 0,5 – 2,0 and 2,0 – 3,5.
    render::Choropleth map(column,
                           {render::ClassificationMethod::EqualInterval, 2, QStringLiteral("YlOrRd")});
    const auto legend = map.legend(QLocale(QLocale::Dutch, QLocale::Netherlands));
    ASSERT_EQ(legend.size(), 3u);
    EXPECT_EQ(legend[0].label, QStringLiteral("0,5 \u2013 2,0"));
    EXPECT_EQ(legend[0].count, 2u);
    EXPECT_EQ(legend[1].label, QStringLiteral("2,0 \u2013 3,5"));
    EXPECT_TRUE(legend[2].noData);
    EXPECT_EQ(legend[2].count, 1u);
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
