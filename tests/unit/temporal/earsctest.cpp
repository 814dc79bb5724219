// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/earsc.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace {

using namespace bib::core;

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> cells;
    std::stringstream in(line);
    for (std::string cell; std::getline(in, cell, ',');)
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

/// The weekly series of tests/data/peaks/series.csv (built by make_series.py from the Assen Signalen
/// meldingen and the politie woninginbraak pc4 events), keyed by "area|category".
std::map<std::string, std::vector<double>> referenceSeries()
{
    std::ifstream in(bib::test::testData("peaks/series.csv"));
    std::map<std::string, std::vector<double>> series;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        const auto cells = splitCsvLine(line);
        series[cells[0] + "|" + cells[2]].push_back(std::stod(cells[3]));
    }
    return series;
}

double parseNumber(const std::string& text)
{
    return text == "NaN" || text == "NA" ? std::nan("") : std::stod(text);
}

/// |ours − R| ≤ 1e-9 · max(1, |R|), in counts: relative, with an absolute floor of 1e-9 counts near 0.
void expectSame(double ours, double r, const std::string& where)
{
    if (std::isnan(r)) {
        EXPECT_TRUE(std::isnan(ours)) << where << ": R gives NaN, ours " << ours;
        return;
    }
    EXPECT_LE(std::abs(ours - r), 1e-9 * std::max(1.0, std::abs(r)))
        << where << ": ours " << ours << ", R " << r;
}

TEST(EarsC, matchesSurveillanceEarsCOnRealWeeklySeries)
{
    // Reference: tests/data/peaks/reference.csv from make_reference.R, surveillance 1.20.3 earsC (R 4.2.2,
    // Debian 12) with control = list(method, baseline, alpha, minSigma) for six configurations on nine
    // weekly series; upperbound and alarm from earsC, expected as R's mean over earsC's window.
    const auto series = referenceSeries();
    std::ifstream in(bib::test::testData("peaks/reference.csv"));
    ASSERT_TRUE(in) << "no reference.csv";
    std::string line;
    std::getline(in, line);
    std::map<std::string, PeakResult> cache;
    std::size_t rows = 0, alarms = 0, undetermined = 0;
    std::map<std::string, std::size_t> position;
    std::map<std::string, std::string> seriesOf;
    while (std::getline(in, line)) {
        const auto c = splitCsvLine(line); // method,baseline,alpha,min_sigma,area,category,period_start,…
        const std::string key = c[4] + "|" + c[5];
        const std::string run = c[0] + "," + c[1] + "," + c[2] + "," + c[3] + "," + key;
        if (!cache.count(run)) {
            PeakOptions options;
            options.baseline = std::stoul(c[1]);
            if (c[0] != "C3" || c[2] != "0.025")
                options.alpha = std::stod(c[2]);
            options.minimumSigma = std::stod(c[3]);
            options.minimumCount = 0; // earsC has no minimum-count rule
            const PeakMethod method = c[0] == "C1"   ? PeakMethod::EarsC1
                                      : c[0] == "C2" ? PeakMethod::EarsC2
                                                     : PeakMethod::EarsC3;
            cache[run] = createPeakDetector(method, options)->detect(series.at(key));
            position[run] = cache[run].firstJudged;
            seriesOf[run] = key;
        }
        const PeakResult& result = cache[run];
        const std::size_t t = position[run]++;
        ASSERT_LT(t, series.at(key).size()) << run;
        EXPECT_EQ(series.at(key)[t], std::stod(c[7])) << run << " " << c[6];
        const std::string where = run + " " + c[6];
        expectSame(result.expected[t], parseNumber(c[8]), where + " expected");
        expectSame(result.upper[t], parseNumber(c[9]), where + " upper");
        if (c[10] == "NA") {
            EXPECT_FALSE(result.alarm[t]) << where; // earsC's NA (upper NaN) is no alarm here
            ++undetermined;
        } else {
            EXPECT_EQ(result.alarm[t], c[10] == "1") << where;
            alarms += c[10] == "1" ? 1 : 0;
        }
        ++rows;
    }
    for (const auto& [run, t] : position)
        EXPECT_EQ(t, series.at(seriesOf[run]).size()) << run << ": earsC's range runs to the last period";
    EXPECT_EQ(rows, 2910u);
    EXPECT_EQ(alarms, 359u);
    EXPECT_EQ(undetermined, 3u);
}

TEST(EarsC, c1UsesTheSevenPeriodsBeforeWithoutGuardBand)
{
    // Window 1 … 7: mean 4, sample sd √(28/6); upper = 4 + qnorm(0.999)·√(28/6) = 10.675738…
    PeakOptions options;
    options.minimumCount = 0;
    const auto r = createPeakDetector(PeakMethod::EarsC1, options)->detect({1, 2, 3, 4, 5, 6, 7, 11});
    EXPECT_EQ(r.firstJudged, 7u);
    EXPECT_DOUBLE_EQ(r.expected[7], 4.0);
    EXPECT_NEAR(r.upper[7], 4.0 + 3.0902323061678132 * std::sqrt(28.0 / 6.0), 1e-13);
    EXPECT_NEAR(r.score[7], 7.0 / std::sqrt(28.0 / 6.0), 1e-13);
    EXPECT_TRUE(r.alarm[7]); // 11 > 10.68
    EXPECT_TRUE(std::isnan(r.upper[6]));
}

TEST(EarsC, c2SkipsTheTwoPeriodsBefore)
{
    // Window y0 … y6 (all 2, sd 0): the 100s in the guard band do not count; upper = mean = 2.
    PeakOptions options;
    options.minimumCount = 0;
    const auto r =
        createPeakDetector(PeakMethod::EarsC2, options)->detect({2, 2, 2, 2, 2, 2, 2, 100, 100, 3});
    EXPECT_EQ(r.firstJudged, 9u);
    EXPECT_DOUBLE_EQ(r.expected[9], 2.0);
    EXPECT_DOUBLE_EQ(r.upper[9], 2.0);
    EXPECT_TRUE(std::isinf(r.score[9]));
    EXPECT_TRUE(r.alarm[9]);
}

TEST(EarsC, c3AlarmsOnTheTwoPreviousC2StatisticsAsEarsCDoes)
{
    // Baseline 3 (so C3 judges t ≥ 7), alpha 0.025 (z = 1.959964). Windows of the C2 statistic at
    // t = 5, 6, 7 are y0…y2, y1…y3, y2…y4 = {1, 3, 1, 3, 1}: mean 5/3 or 7/3, sd 2/√3 = 1.1547.
    // C2_5 = (9 − 5/3)/1.1547 = 6.3509, C2_6 = (9 − 7/3)/1.1547 = 5.7735, so S_7 = 5.3509 + 4.7735 = 10.1244
    // and earsC's upper = max(0, y7 + 1.1547·(1.959964 − 10.1244)) = max(0, 2 − 9.4275) = 0 → alarm.
    PeakOptions options;
    options.baseline = 3;
    options.minimumCount = 0;
    const auto detector = createPeakDetector(PeakMethod::EarsC3, options);
    EXPECT_EQ(detector->history(), 7u);
    const auto r = detector->detect({1, 3, 1, 3, 1, 9, 9, 2});
    const double sd = 2.0 / std::sqrt(3.0);
    const double lagged = (9 - 5.0 / 3) / sd - 1 + (9 - 7.0 / 3) / sd - 1;
    EXPECT_NEAR(r.expected[7], 5.0 / 3, 1e-15);
    EXPECT_EQ(r.upper[7], 0.0);
    EXPECT_NEAR(r.score[7], lagged, 1e-13); // C2_7 = (2 − 5/3)/sd < 1 adds nothing
    EXPECT_TRUE(r.alarm[7]);
}

TEST(EarsC, c3DefaultsToAlphaOf0025)
{
    EXPECT_DOUBLE_EQ(EarsC(PeakMethod::EarsC3, {}).alpha(), 0.025);
    EXPECT_DOUBLE_EQ(EarsC(PeakMethod::EarsC2, {}).alpha(), 0.001);
    PeakOptions options;
    options.alpha = 0.01;
    EXPECT_DOUBLE_EQ(EarsC(PeakMethod::EarsC3, options).alpha(), 0.01);
}

} // namespace
