// SPDX-License-Identifier: GPL-3.0-or-later
// Every normalisation and direction against the worked example x = 2, 4, 4, 6, 9 (n = 5):
//   mean = 25 / 5 = 5; deviations −3, −1, −1, 1, 4; Σd² = 28; sample variance 28 / 4 = 7; sd = √7.
//   min = 2, max = 9 (range 7); average ranks 1, 2.5, 2.5, 4, 5.
#include "index/normalisation.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core;

const std::vector<double> kX{2, 4, 4, 6, 9};

Normalisation parse(const std::string& text)
{
    return *parseNormalisation(text);
}

void expectValues(const std::vector<double>& actual, const std::vector<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(actual[i])) << "at " << i;
        else
            EXPECT_NEAR(actual[i], expected[i], 1e-15) << "at " << i;
    }
}

TEST(Normalisation, statisticsUseSampleStandardDeviation)
{
    const ValueStatistics s = statistics({2, 4, std::nan(""), 4, 6, 9});
    EXPECT_EQ(s.count, 5u);
    EXPECT_DOUBLE_EQ(s.mean, 5.0);
    EXPECT_DOUBLE_EQ(s.sd, std::sqrt(7.0));
}

TEST(Normalisation, zscoreIsDeviationOverSampleSd)
{
    // (x − 5) / √7: −3/√7 = −1.1338934190276817, −1/√7 = −0.3779644730092272, 4/√7 = 1.5118578920369088.
    expectValues(normalise(kX, parse("zscore"), Direction::Positive),
                 {-1.1338934190276817, -0.3779644730092272, -0.3779644730092272, 0.3779644730092272, 1.5118578920369088});
}

TEST(Normalisation, negativeZscoreIsNegated)
{
    expectValues(normalise(kX, parse("zscore"), Direction::Negative),
                 {1.1338934190276817, 0.3779644730092272, 0.3779644730092272, -0.3779644730092272, -1.5118578920369088});
}

TEST(Normalisation, minmaxAndItsReverse)
{
    // (x − 2) / 7
    expectValues(normalise(kX, parse("minmax"), Direction::Positive), {0, 2.0 / 7, 2.0 / 7, 4.0 / 7, 1});
    expectValues(normalise(kX, parse("minmax"), Direction::Negative), {1, 5.0 / 7, 5.0 / 7, 3.0 / 7, 0});
}

TEST(Normalisation, rankAveragesTiesAndReversesAsNPlusOneMinusR)
{
    expectValues(normalise(kX, parse("rank"), Direction::Positive), {1, 2.5, 2.5, 4, 5});
    // n + 1 − r = 6 − r
    expectValues(normalise(kX, parse("rank"), Direction::Negative), {5, 3.5, 3.5, 2, 1});
}

TEST(Normalisation, percentileIsRankMinusOneOverNMinusOne)
{
    // (r − 1) / 4
    expectValues(normalise(kX, parse("percentile"), Direction::Positive), {0, 0.375, 0.375, 0.75, 1});
    expectValues(normalise(kX, parse("percentile"), Direction::Negative), {1, 0.625, 0.625, 0.25, 0});
}

TEST(Normalisation, goalpostsClampToUnitInterval)
{
    // (x − 0) / 8, and 9 / 8 clamped to 1
    expectValues(normalise(kX, parse("goalposts:0:8"), Direction::Positive), {0.25, 0.5, 0.5, 0.75, 1});
    expectValues(normalise(kX, parse("goalposts:0:8"), Direction::Negative), {0.75, 0.5, 0.5, 0.25, 0});
}

TEST(Normalisation, thresholdIsStrictAndFlipsWithDirection)
{
    expectValues(normalise(kX, parse("threshold:4"), Direction::Positive), {0, 0, 0, 1, 1});
    expectValues(normalise(kX, parse("threshold:4"), Direction::Negative), {1, 0, 0, 0, 0});
}

TEST(Normalisation, missingValuesStayMissingAndDoNotCount)
{
    // Without the NaN the statistics are those of 2, 4, 6: min 2, max 6.
    expectValues(normalise({2, std::nan(""), 4, 6}, parse("minmax"), Direction::Positive), {0, std::nan(""), 0.5, 1});
}

TEST(Normalisation, parsesNegativeGoalpostsAndRejectsEqualOnes)
{
    const auto n = parseNormalisation("goalposts:-5:5");
    ASSERT_TRUE(n.has_value());
    EXPECT_EQ(n->low, -5);
    EXPECT_EQ(n->high, 5);
    EXPECT_FALSE(parseNormalisation("goalposts:3:3").has_value());
    EXPECT_FALSE(parseNormalisation("goalposts:1").has_value());
    EXPECT_FALSE(parseNormalisation("zscores").has_value());
}

TEST(Transform, per1000DividesByDenominatorAndSkipsZero)
{
    const std::vector<double> denominator{2000, 0, std::nan(""), 500};
    // 10 / 2000 × 1000 = 5; 10 / 500 × 1000 = 20.
    expectValues(applyTransform({10, 10, 10, 10}, *parseTransform("per1000:inwoners"), &denominator, "x"),
                 {5, std::nan(""), std::nan(""), 20});
}

TEST(Transform, logIsLog1pAndRefusesValuesAtOrBelowMinusOne)
{
    expectValues(applyTransform({0, std::exp(1.0) - 1}, *parseTransform("log"), nullptr, "x"), {0, 1});
    EXPECT_THROW(applyTransform({-1}, *parseTransform("log"), nullptr, "x"), InputError);
}

TEST(Impute, meanAndMedianFillMissing)
{
    std::vector<double> v{1, std::nan(""), 3, 4};
    impute(v, MissingRule::Mean); // (1 + 3 + 4) / 3
    EXPECT_DOUBLE_EQ(v[1], 8.0 / 3.0);
    std::vector<double> m{1, std::nan(""), 3, 4, 10};
    impute(m, MissingRule::Median); // median of 1, 3, 4, 10 = (3 + 4) / 2
    EXPECT_DOUBLE_EQ(m[1], 3.5);
    std::vector<double> e{1, std::nan("")};
    impute(e, MissingRule::Exclude);
    EXPECT_TRUE(std::isnan(e[1]));
}

TEST(Outliers, shapeStatisticsByHand)
{
    // 0, 0, 0, 4: mean 1; deviations −1, −1, −1, 3; m2 = 12/4 = 3; m3 = (−3 + 27)/4 = 6; m4 = (3 + 81)/4 = 21.
    // skewness = 6 / 3^1.5 = 1.1547005383792515; excess kurtosis = 21 / 9 − 3 = −0.6666666666666667.
    double skew = 0, kurt = 0;
    shapeStatistics({0, 0, 0, 4}, skew, kurt);
    EXPECT_NEAR(skew, 1.1547005383792515, 1e-15);
    EXPECT_NEAR(kurt, -2.0 / 3.0, 1e-15);
}

TEST(Outliers, winsorisesOneExtremeValue)
{
    // Twenty values 1…20 and one at 1000: skewness 4.24, excess kurtosis 16.0 (numpy, population
    // moments) — an outlier by the rule. Clamping 1000 to the next value inward (20) leaves 1…20, 20:
    // skewness −0.04, so exactly one clamp.
    std::vector<double> v;
    for (int i = 1; i <= 20; ++i)
        v.push_back(i);
    v.push_back(1000);
    const OutlierReport r = treatOutliers(v);
    EXPECT_EQ(r.winsorised, 1);
    EXPECT_FALSE(r.logged);
    EXPECT_EQ(v.back(), 20);
}

TEST(Outliers, leavesSymmetricDataAlone)
{
    std::vector<double> v{1, 2, 3, 4, 5, 6, 7};
    const OutlierReport r = treatOutliers(v);
    EXPECT_EQ(r.winsorised, 0);
    EXPECT_FALSE(r.logged);
}

} // namespace
