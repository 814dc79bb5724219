// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/peakdetector.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <functional>

namespace {

using namespace bib::core;

std::string errorOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(PeakDetector, ignoresSingleSpikeBelowMinimumCount)
{
    // A baseline of 1s (sd 0, upper 1) then 3: the statistic alarms, the minimum-count rule (5) does not.
    const std::vector<double> counts{1, 1, 1, 1, 1, 1, 1, 3};
    PeakOptions options;
    EXPECT_FALSE(createPeakDetector(PeakMethod::EarsC1, options)->detect(counts).alarm[7]);
    options.minimumCount = 0;
    EXPECT_TRUE(createPeakDetector(PeakMethod::EarsC1, options)->detect(counts).alarm[7]);
    options.minimumCount = 3; // 3 events reach a minimum count of 3
    EXPECT_TRUE(createPeakDetector(PeakMethod::EarsC1, options)->detect(counts).alarm[7]);
}

TEST(PeakDetector, saysHowMuchHistoryAShortSeriesNeeds)
{
    const auto detector = createPeakDetector(PeakMethod::EarsC3, {});
    EXPECT_EQ(detector->minimumPeriods(), 12u);
    const std::string message = errorOf([&] { detector->detect(std::vector<double>(11, 1.0)); });
    EXPECT_NE(message.find("needs 11 periods of history"), std::string::npos) << message;
    EXPECT_NE(message.find("at least 12 periods"), std::string::npos) << message;
    EXPECT_NE(message.find("there are 11 periods"), std::string::npos) << message;
    EXPECT_NO_THROW(detector->detect(std::vector<double>(12, 1.0)));

    CountTable table;
    table.idField = "bu_code";
    table.periods = {"2024-01-01", "2024-01-08", "2024-01-15"};
    table.series = {{"A", "", {1, 2, 3}, {}}};
    SilentFeedback feedback;
    const std::string tableMessage = errorOf(
        [&] { detectPeaks(table, *createPeakDetector(PeakMethod::EarsC1, {}), "counts.csv", feedback); });
    EXPECT_NE(tableMessage.find(
                  "counts.csv: ears-c1 (baseline 7, alpha 0.001, min-count 5) needs 7 weeks of history"),
              std::string::npos)
        << tableMessage;
    EXPECT_NE(tableMessage.find("at least 8 weeks; there are 3 weeks"), std::string::npos) << tableMessage;
}

TEST(PeakDetector, rejectsBadOptionsAndNames)
{
    PeakOptions options;
    options.baseline = 2;
    EXPECT_THROW(createPeakDetector(PeakMethod::EarsC1, options), InputError);
    options = {};
    options.alpha = 1.5;
    EXPECT_THROW(createPeakDetector(PeakMethod::EarsC2, options), InputError);
    options = {};
    options.decisionInterval = 0;
    EXPECT_THROW(createPeakDetector(PeakMethod::PoissonCusum, options), InputError);
    EXPECT_EQ(peakMethodFromString("ears-c3"), PeakMethod::EarsC3);
    EXPECT_EQ(toString(PeakMethod::PoissonCusum), "cusum");
    EXPECT_THROW(peakMethodFromString("farrington"), InputError);
    EXPECT_THROW(createPeakDetector(PeakMethod::EarsC1, {})->detect({1, 2, 3, 4, 5, 6, 7, -1}), InputError);
}

TEST(PeakDetector, labelsIsoWeeksInDutch)
{
    EXPECT_EQ(dutchPeriodLabel("2024-11-18", Period::Week), "week 47");
    EXPECT_EQ(dutchPeriodLabel("2024-12-30", Period::Week), "week 1");  // ISO week 1 of 2025
    EXPECT_EQ(dutchPeriodLabel("2020-12-28", Period::Week), "week 53"); // 2020 has 53 ISO weeks
    EXPECT_EQ(dutchPeriodLabel("2021-01-04", Period::Week), "week 1");
    EXPECT_EQ(dutchPeriodLabel("2024-04-01", Period::Quarter), "kwartaal 2024-K2");
    EXPECT_EQ(dutchPeriodLabel("2024-03-01", Period::Month), "maand 2024-03");
}

TEST(PeakDetector, writesTheDocumentedColumnsAndCurrentAlarms)
{
    CountTable table;
    table.idField = "wijk";
    table.period = Period::Week;
    for (const char* d : {"2024-09-30", "2024-10-07", "2024-10-14", "2024-10-21", "2024-10-28", "2024-11-04",
                          "2024-11-11", "2024-11-18"})
        table.periods.emplace_back(d);
    table.series = {{"Overvecht-Noord", "", {10, 12, 14, 10, 12, 14, 12, 46}, {}},
                    {"Zuilen", "afval", {3, 3, 3, 3, 3, 3, 3, 4}, {}}};
    SilentFeedback feedback;
    const auto results = detectPeaks(table, *createPeakDetector(PeakMethod::EarsC1, {}), "c.csv", feedback);
    const auto alarms = currentAlarms(table, results);
    ASSERT_EQ(alarms.size(), 1u); // Zuilen's 4 > upper 3, but 4 < min-count 5
    EXPECT_EQ(alarmSentence(table, alarms[0], "meldingen"),
              "Overvecht-Noord, week 47: 46 meldingen, verwacht 12");
    EXPECT_EQ(alarmSentence(table, {1, 4, 3, 3, 0}, "meldingen"),
              "Zuilen (afval), week 47: 4 meldingen, verwacht 3");

    bib::test::TempDir dir;
    writePeakTable(dir.file("p.csv"), table, results, {});
    const std::string text = bib::test::readFile(dir.file("p.csv"));
    EXPECT_EQ(text.substr(0, text.find('\n')), "wijk,period_start,count,expected,upper,alarm,category,score");
    EXPECT_NE(text.find("\nOvervecht-Noord,2024-09-30,10,,,,,\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\nZuilen,2024-11-18,4,3,3,0,afval,\n"), std::string::npos)
        << text; // score +inf: empty
}

} // namespace
