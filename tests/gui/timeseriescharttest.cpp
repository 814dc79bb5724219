// SPDX-License-Identifier: GPL-3.0-or-later
// The "Tijdreeks" view: the selected area's events per period, detector levels, alarms and forecast,
// drawn from the core's per-area series (core::AreaEventSeries, itself tested against an independent
// count in tests/unit/temporal) and never showing a withheld value. The recipe is the demo's areas and
// nuisance reports (data/demo, made by the project) counted per month.
#include "timeserieschart.h"
#include "chartviews.h"
#include "guitestsupport.h"
#include "linkedviews.h"
#include "mainwindow.h"
#include "privacy/publishedresult.h"
#include "recipeeditor.h"
#include "testsupport.h"
#include "weightspanel.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <map>
#include <span>

using namespace bib;

namespace {

/// The demo recipe's areas and table with two events sources over the demo's reports: all
/// categories per month (with EARS C2 and an ets forecast of 3 months), and youth nuisance only.
std::string writeEventsRecipe(const test::TempDir& dir)
{
    const std::string demo = BIB_DEMO_DATA_DIR;
    const std::string path = dir.file("meldingen.bib.json");
    test::writeFile(
        path, R"({"bib_recipe": 1, "name": "meldingen per maand", "seed": 7,
      "areas": {"path": ")" +
                  demo + R"(/voorbeeldstad.gpkg", "layer": "buurten", "id": "bu_code", "name": "bu_naam"},
      "tables": [{"path": ")" +
                  demo + R"(/indicatoren.csv", "id": "bu_code"}],
      "events": [
        {"path": ")" +
                  demo + R"(/meldingen.csv", "x": "x", "y": "y", "crs": "EPSG:28992", "time": "tijdstip",
         "period": "month", "end": "2025-12-15",
         "columns": [{"name": "meldingen_3m", "measure": "count", "periods": 3},
                     {"name": "alarm", "measure": "alarm", "method": "ears-c2", "baseline": 7},
                     {"name": "prognose", "measure": "forecast", "periods": 3, "method": "ets"}]},
        {"path": ")" +
                  demo + R"(/meldingen.csv", "x": "x", "y": "y", "crs": "EPSG:28992", "time": "tijdstip",
         "category": "categorie", "categories": ["jeugdoverlast"], "period": "month", "end": "2025-12-15",
         "columns": [{"name": "jeugd_3m", "measure": "count", "periods": 3}]}],
      "indicators": [{"field": "aandeel_bijstand"}, {"field": "meldingen_3m", "transform": "per1000:inwoners"}],
      "privacy": {"minimum_count": 5}})");
    return path;
}

double timeOf(const std::string& isoDate)
{
    return static_cast<double>(
        QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate).startOfDay().toMSecsSinceEpoch());
}

/// Every point of the chart's line series called `name` (all its segments), by time.
std::map<double, double> pointsOf(const QChart& chart, const QString& name)
{
    std::map<double, double> points;
    for (QAbstractSeries* series : chart.series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && line->name() == name)
            for (const QPointF& p : line->points())
                points[p.x()] = p.y();
    return points;
}

QScatterSeries* alarmsOf(const QChart& chart)
{
    for (QAbstractSeries* series : chart.series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(series))
            return scatter;
    return nullptr;
}

/// The row whose series of `source` has both a count ≥ 5 (shown) and a count below 5 (withheld), with
/// the most events; -1 when none has.
int busyAreaWithSmallPeriods(const core::AreaEventSeries& source)
{
    int best = -1;
    unsigned bestTotal = 0;
    for (std::size_t row = 0; row < source.areaCount(); ++row) {
        const auto counts = source.area(row).counts;
        unsigned total = 0;
        bool small = false;
        bool large = false;
        for (std::uint32_t c : counts) {
            total += c;
            (c < 5 ? small : large) = true;
        }
        if (small && large && total > bestTotal) {
            best = static_cast<int>(row);
            bestTotal = total;
        }
    }
    return best;
}

/// Which counts of an area the disclosure rules withhold, by hand from docs/recipe.md, Privacy, rule 7,
/// with minimum_count 5: a count below 5; and, when the source's window total over the last
/// `window` periods (the recipe's count column) is published for the area, every count of that
/// window as soon as one of them is withheld (the total minus the others would give it back).
std::vector<bool> withheldByHand(std::span<const std::uint32_t> counts, bool totalPublished,
                                 std::size_t window)
{
    std::vector<bool> withheld(counts.size(), false);
    bool smallInWindow = false;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        withheld[t] = counts[t] < 5;
        if (t + window >= counts.size())
            smallInWindow = smallInWindow || withheld[t];
    }
    if (totalPublished && smallInWindow)
        for (std::size_t t = counts.size() - window; t < counts.size(); ++t)
            withheld[t] = true;
    return withheld;
}

class TimeSeriesView : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::SilentFeedback feedback;
        app::LoadRequest request;
        request.recipePath = writeEventsRecipe(dir);
        window.resize(1200, 800);
        window.show();
        window.setWorkspace(app::loadWorkspace(request, feedback));
        chart = window.linkedViews()->timeSeries();
        ASSERT_TRUE(window.workspace()->eventSeries);
        ASSERT_EQ(window.workspace()->eventSeries->size(), 2u);
    }
    const core::AreaEventSeries& source(std::size_t i) const { return (*window.workspace()->eventSeries)[i]; }
    /// Whether the area's value of `column` is shown outside the program (core::publishResult).
    bool columnPublished(const std::string& column, int row) const
    {
        const core::PublishedResult published =
            core::publishResult(*window.workspace()->areas, *window.workspace()->recipe);
        return !published.isWithheld(column, static_cast<std::size_t>(row));
    }

    test::TempDir dir;
    app::MainWindow window;
    app::TimeSeriesChart* chart = nullptr;
};

} // namespace

TEST_F(TimeSeriesView, showsTheCoresCountsLevelsAlarmsAndForecastOfTheSelectedArea)
{
    EXPECT_EQ(chart->emptyText(), QStringLiteral("Select an area"));
    const core::AreaEventSeries& all = source(0);
    ASSERT_TRUE(all.hasPeaks());
    ASSERT_TRUE(all.hasForecast());
    const int row = busyAreaWithSmallPeriods(all);
    ASSERT_GE(row, 0) << "the demo has no area with both small and large monthly counts";
    window.tableView()->selectRow(row); // unsorted: table row = area row
    ASSERT_TRUE(chart->shown().has_value()) << chart->emptyText().toStdString();
    EXPECT_TRUE(chart->headingText().contains(
        QString::fromStdString(window.workspace()->areas->name(static_cast<std::size_t>(row)))));

    const core::AreaSeriesView view = all.area(static_cast<std::size_t>(row));
    const std::map<double, double> observed = pointsOf(*chart->chart(), QStringLiteral("observed"));
    const std::map<double, double> expected = pointsOf(*chart->chart(), QStringLiteral("expected"));
    const std::map<double, double> threshold = pointsOf(*chart->chart(), QStringLiteral("threshold"));
    QScatterSeries* alarms = alarmsOf(*chart->chart());
    ASSERT_NE(alarms, nullptr);
    std::map<double, double> alarmPoints;
    for (const QPointF& p : alarms->points())
        alarmPoints[p.x()] = p.y();

    // Every count that the rules let out is drawn as it is in the core's series, no other.
    const std::vector<bool> hidden =
        withheldByHand(view.counts, columnPublished("meldingen_3m", row), 3); // its "periods": 3
    std::size_t shownCounts = 0;
    std::size_t withheldCounts = 0;
    for (std::size_t t = 0; t < all.periodCount(); ++t) {
        const double x = timeOf(all.periodStarts()[t]);
        const std::uint32_t count = view.counts[t];
        const QString tip = chart->periodToolTip(static_cast<int>(t));
        if (!hidden[t]) {
            ++shownCounts;
            ASSERT_EQ(observed.count(x), 1u) << all.periodStarts()[t];
            EXPECT_EQ(observed.at(x), count) << all.periodStarts()[t];
            EXPECT_TRUE(tip.contains(QStringLiteral("observed: %1").arg(count))) << tip.toStdString();
            EXPECT_EQ(alarmPoints.count(x), view.alarm[t] ? 1u : 0u) << all.periodStarts()[t];
        } else {
            ++withheldCounts;
            EXPECT_EQ(observed.count(x), 0u) << all.periodStarts()[t];
            EXPECT_EQ(alarmPoints.count(x), 0u) << all.periodStarts()[t];
            EXPECT_TRUE(tip.contains(QStringLiteral("observed: withheld"))) << tip.toStdString();
        }
        // The detector's levels, where drawn, are the core's (stored as float).
        if (expected.count(x)) {
            EXPECT_DOUBLE_EQ(expected.at(x), static_cast<double>(view.expected[t]));
        }
        if (threshold.count(x)) {
            EXPECT_DOUBLE_EQ(threshold.at(x), static_cast<double>(view.upper[t]));
        }
    }
    EXPECT_GT(shownCounts, 0u);
    EXPECT_GT(withheldCounts, 0u);
    EXPECT_EQ(observed.size(), shownCounts); // no point anywhere else

    // The forecast mean: a mean below 5 is a small expected count and withheld too.
    const std::map<double, double> forecast = pointsOf(*chart->chart(), QStringLiteral("forecast"));
    for (std::size_t h = 0; h < all.horizon(); ++h) {
        const double x = timeOf(all.forecastStarts()[h]);
        if (view.mean[h] >= 5.0f) {
            ASSERT_EQ(forecast.count(x), 1u);
            EXPECT_DOUBLE_EQ(forecast.at(x), static_cast<double>(view.mean[h]));
        } else {
            EXPECT_EQ(forecast.count(x), 0u);
        }
    }
}

TEST_F(TimeSeriesView, aWithheldPeriodCarriesNoNumber)
{
    const core::AreaEventSeries& all = source(0);
    const int row = busyAreaWithSmallPeriods(all);
    ASSERT_GE(row, 0);
    window.tableView()->selectRow(row);
    const core::AreaSeriesView view = all.area(static_cast<std::size_t>(row));
    std::size_t small = all.periodCount();
    for (std::size_t t = 0; t < all.periodCount() && small == all.periodCount(); ++t)
        if (view.counts[t] < 5)
            small = t;
    ASSERT_LT(small, all.periodCount());
    // The observed line of the tooltip names no number, only the rule's word.
    const QStringList tip = chart->periodToolTip(static_cast<int>(small)).split(QLatin1Char('\n'));
    ASSERT_GE(tip.size(), 2);
    EXPECT_EQ(tip[1], QStringLiteral("observed: withheld"));
    // No drawn point of any line or marker lies at that period, except the detector's levels when
    // they rest on published counts only; the withheld column spans the whole height.
    const double x = timeOf(all.periodStarts()[small]);
    for (QAbstractSeries* series : chart->chart()->series()) {
        auto* xy = qobject_cast<QXYSeries*>(series);
        if (!xy || xy->name() == QStringLiteral("expected") || xy->name() == QStringLiteral("threshold"))
            continue;
        for (const QPointF& p : xy->points()) {
            EXPECT_NE(p.x(), x) << xy->name().toStdString();
        }
    }
    bool column = false;
    for (QAbstractSeries* series : chart->chart()->series())
        if (auto* area = qobject_cast<QAreaSeries*>(series);
            area && area->name() == QStringLiteral("withheld"))
            for (const QPointF& p : area->upperSeries()->points())
                column = column || std::abs(p.x() - x) < 20.0 * 24 * 3600 * 1000; // within the month
    EXPECT_TRUE(column);
}

TEST_F(TimeSeriesView, theSourceListShowsTheOtherSourcesSeries)
{
    QComboBox* sources = chart->findChild<QComboBox*>(QStringLiteral("timeSeriesSource"));
    ASSERT_NE(sources, nullptr);
    EXPECT_FALSE(sources->isHidden());
    ASSERT_EQ(sources->count(), 2);
    EXPECT_EQ(sources->itemText(1), QStringLiteral("meldingen.csv (jeugdoverlast)"));
    const core::AreaEventSeries& youth = source(1);
    const int row = busyAreaWithSmallPeriods(youth);
    ASSERT_GE(row, 0);
    window.tableView()->selectRow(row);
    sources->setCurrentIndex(1);
    const core::AreaSeriesView view = youth.area(static_cast<std::size_t>(row));
    const std::map<double, double> observed = pointsOf(*chart->chart(), QStringLiteral("observed"));
    const std::vector<bool> hidden = withheldByHand(view.counts, columnPublished("jeugd_3m", row), 3);
    for (std::size_t t = 0; t < youth.periodCount(); ++t) {
        const double x = timeOf(youth.periodStarts()[t]);
        EXPECT_EQ(observed.count(x), hidden[t] ? 0u : 1u) << youth.periodStarts()[t];
        if (observed.count(x)) {
            EXPECT_EQ(observed.at(x), view.counts[t]);
        }
    }
    // This source has no detector and no forecast: no such lines, no alarm markers.
    EXPECT_TRUE(pointsOf(*chart->chart(), QStringLiteral("expected")).empty());
    EXPECT_TRUE(pointsOf(*chart->chart(), QStringLiteral("forecast")).empty());
    EXPECT_EQ(alarmsOf(*chart->chart()), nullptr);
}

TEST_F(TimeSeriesView, keepsShowingTheSeriesAfterAWeightChange)
{
    const int row = busyAreaWithSmallPeriods(source(0));
    ASSERT_GE(row, 0);
    window.tableView()->selectRow(row);
    const std::size_t before = pointsOf(*chart->chart(), QStringLiteral("observed")).size();
    ASSERT_GT(before, 0u);
    window.recipeEditor()->panel()->weightSpinBox(0)->setValue(3.0);
    ASSERT_TRUE(chart->shown().has_value()) << chart->emptyText().toStdString();
    EXPECT_EQ(pointsOf(*chart->chart(), QStringLiteral("observed")).size(), before);
}

TEST(TimeSeriesChart, saysWhatIsMissingInsteadOfAnEmptyChart)
{
    app::TimeSeriesChart chart;
    chart.setData({test::squares({1.0, 2.0}), core::Recipe{}});
    EXPECT_EQ(chart.emptyText(), QStringLiteral("No events in the recipe"));
    chart.setSelectedRow(1);
    EXPECT_EQ(chart.emptyText(), QStringLiteral("No events in the recipe"));
    EXPECT_TRUE(chart.chart()->series().isEmpty());
}

TEST(TimeSeriesChart, speaksDutchInTheDutchInterface)
{
    test::DutchInterface dutch;
    ASSERT_TRUE(dutch.loaded());
    app::TimeSeriesChart chart;
    chart.setData({test::squares({1.0}), core::Recipe{}});
    EXPECT_EQ(chart.emptyText(), QStringLiteral("Geen gebeurtenissen in het recept"));
}

TEST_F(TimeSeriesView, aPublishedWindowTotalWithholdsTheWholeWindow)
{
    // An area whose meldingen_3m (the total of the last 3 months) is published while one of those
    // months has fewer than 5 reports and another has 5 or more: that larger count is withheld too,
    // or the total minus the shown counts would give the small one back.
    const core::AreaEventSeries& all = source(0);
    const std::size_t n = all.periodCount();
    int row = -1;
    std::size_t large = 0;
    for (std::size_t r = 0; r < all.areaCount() && row < 0; ++r) {
        const auto counts = all.area(r).counts;
        const auto small =
            std::count_if(counts.end() - 3, counts.end(), [](std::uint32_t c) { return c < 5; });
        if (small == 0 || small == 3 || !columnPublished("meldingen_3m", static_cast<int>(r)))
            continue;
        row = static_cast<int>(r);
        for (std::size_t t = n - 3; t < n; ++t)
            if (counts[t] >= 5)
                large = t;
    }
    if (row < 0)
        GTEST_SKIP() << "no demo area has a published 3-month total with a small month in it";
    window.tableView()->selectRow(row);
    const double x = timeOf(all.periodStarts()[large]);
    EXPECT_EQ(pointsOf(*chart->chart(), QStringLiteral("observed")).count(x), 0u);
    EXPECT_TRUE(chart->periodToolTip(static_cast<int>(large)).contains(QStringLiteral("observed: withheld")));
}

TEST_F(TimeSeriesView, withSeveralAreasSelectedShowsTheFirstAndSaysSo)
{
    const int row = busyAreaWithSmallPeriods(source(0));
    ASSERT_GE(row, 0);
    const int other = row == 0 ? 1 : 0;
    window.selectAreas({row, other});
    ASSERT_TRUE(chart->shown().has_value());
    EXPECT_TRUE(chart->headingText().contains(QStringLiteral("(the first of 2 selected areas)")))
        << chart->headingText().toStdString();
    const core::AreaSeriesView view = source(0).area(static_cast<std::size_t>(row));
    ASSERT_EQ(chart->shown()->counts.values.size(), view.counts.size());
    for (std::size_t t = 0; t < view.counts.size(); ++t)
        if (!chart->shown()->counts.isWithheld(t)) {
            EXPECT_EQ(chart->shown()->counts.values[t], view.counts[t]);
        }
}
