// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis → Analyse events on the demo, driven through its dialog offscreen. References: the core's
// addEventColumns on the same source (the columns must be those of the one implementation), and a
// count of meldingen.csv for two buurten made independently with geopandas (see below).
#include "eventanalysis.h"
#include "analysisactions.h"
#include "demodata.h"
#include "eventsourceform.h"
#include "guitestsupport.h"
#include "linkedviews.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "recipeeditor.h"
#include "taskrunner.h"
#include "testsupport.h"
#include "timeserieschart.h"
#include "util/feedback.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace bib;

namespace {

template <typename Widget> Widget* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

/// The source the tests count: every report of meldingen.csv by its RD coordinates, per week, the
/// reference week that of 2025-12-28; count over 12 weeks, EARS C2 signal and alarm, forecast of 4.
core::EventSourceSpec meldingen(const std::string& path)
{
    core::EventSourceSpec spec;
    spec.path = path;
    spec.x = "x";
    spec.y = "y";
    spec.crs = "EPSG:28992";
    spec.time = "tijdstip";
    spec.period = core::Period::Week;
    spec.end = "2025-12-28";
    const std::pair<const char*, core::EventMeasure> columns[] = {
        {"ev_aantal", core::EventMeasure::Count},
        {"ev_signaal", core::EventMeasure::Signal},
        {"ev_alarm", core::EventMeasure::Alarm},
        {"ev_prognose", core::EventMeasure::Forecast}};
    for (const auto& [name, measure] : columns) {
        core::EventColumnSpec column;
        column.name = name;
        column.measure = measure;
        column.periods = measure == core::EventMeasure::Count      ? 12
                         : measure == core::EventMeasure::Forecast ? 4
                                                                   : 0;
        spec.columns.push_back(column);
    }
    return spec;
}

class EventAnalysisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        try {
            demo = app::findDemoFolder();
        } catch (const std::exception&) {
            GTEST_SKIP() << "the demo is not there";
        }
        window.resize(1200, 800);
        window.show();
        window.openDemo();
        ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 60000));
        ASSERT_NE(window.workspace(), nullptr);
        ASSERT_TRUE(window.workspace()->recipe.has_value());
    }

    void waitForRunner()
    {
        if (window.taskRunner()->busy()) {
            ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 120000));
        }
    }

    /// Triggers Analysis → Analyse events, fills its dialog for meldingen() and presses Analyse;
    /// returns once the analysis finished.
    void runThroughDialog(const std::string& screenshot = {})
    {
        bool filled = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            child<QLineEdit>(*dialog, "eventPath")
                ->setText(QString::fromStdString((demo / "meldingen.csv").string()));
            waitForRunner(); // the preview
            EXPECT_EQ(child<QComboBox>(*dialog, "eventFirstField")->currentText(), QStringLiteral("x"));
            EXPECT_EQ(child<QComboBox>(*dialog, "eventSecondField")->currentText(), QStringLiteral("y"));
            EXPECT_EQ(child<QComboBox>(*dialog, "eventTimeField")->currentText(), QStringLiteral("tijdstip"));
            child<QLineEdit>(*dialog, "eventEnd")->setText(QStringLiteral("2025-12-28"));
            child<QSpinBox>(*dialog, "eventCountPeriods")->setValue(12);
            child<QCheckBox>(*dialog, "eventSignal")->setChecked(true);
            child<QCheckBox>(*dialog, "eventAlarm")->setChecked(true);
            child<QCheckBox>(*dialog, "eventForecast")->setChecked(true);
            child<QSpinBox>(*dialog, "eventForecastPeriods")->setValue(4);
            const char* const names[][2] = {{"eventCountName", "ev_aantal"},
                                            {"eventSignalName", "ev_signaal"},
                                            {"eventAlarmName", "ev_alarm"},
                                            {"eventForecastName", "ev_prognose"}};
            for (const auto& [object, name] : names)
                child<QLineEdit>(*dialog, object)->setText(QString::fromLatin1(name));
            if (!screenshot.empty()) {
                EXPECT_TRUE(dialog->grab().toImage().save(QString::fromStdString(screenshot)));
            }
            filled = true;
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        std::vector<bool> finished;
        QObject context;
        QObject::connect(window.taskRunner(), &app::TaskRunner::finished, &context,
                         [&](bool succeeded) { finished.push_back(succeeded); });
        window.analysisActions()->eventsAction()->trigger();
        ASSERT_TRUE(filled);
        waitForRunner();
        ASSERT_FALSE(finished.empty());
        ASSERT_TRUE(finished.back()) << window.statusBar()->currentMessage().toStdString();
    }

    std::filesystem::path demo;
    app::MainWindow window;
};

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

int rowOf(const core::AreaSet& areas, const std::string& id)
{
    for (std::size_t r = 0; r < areas.size(); ++r)
        if (areas.id(r) == id)
            return static_cast<int>(r);
    return -1;
}

} // namespace

TEST_F(EventAnalysisTest, addsTheCoresColumnsMapsTheAlarmAndKeepsTheSourceInTheRecipe)
{
    const std::shared_ptr<const core::AreaSet> before = window.workspace()->areas;
    const char* folder = std::getenv("BIB_SCREENSHOT_DIR");
    runThroughDialog(folder ? std::string(folder) + "/event-analysis-dialog.png" : std::string());

    const app::Workspace& workspace = *window.workspace();
    const core::AreaSet& areas = *workspace.areas;
    // The reference: the core on a fresh copy of the same areas with the same source and seed.
    core::AreaSet reference = *before;
    core::SilentFeedback feedback;
    const core::EventSourceSpec spec = meldingen((demo / "meldingen.csv").string());
    core::AreaEventSeries series;
    const core::EventColumnsReport report =
        core::addEventColumns(reference, spec, "events[0]", workspace.recipe->seed, feedback, &series);
    std::size_t nonZero = 0;
    for (const char* name : {"ev_aantal", "ev_signaal", "ev_alarm", "ev_prognose"}) {
        const core::Column* shown = areas.column(name);
        const core::Column* expected = reference.column(name);
        ASSERT_NE(shown, nullptr) << name;
        ASSERT_NE(expected, nullptr) << name;
        ASSERT_EQ(shown->values.size(), expected->values.size());
        for (std::size_t r = 0; r < areas.size(); ++r)
            EXPECT_TRUE(sameValue(shown->values[r], expected->values[r]))
                << name << " " << areas.id(r) << ": " << shown->values[r] << " vs " << expected->values[r];
    }
    for (double v : areas.column("ev_aantal")->values)
        nonZero += v > 0 ? 1 : 0;
    EXPECT_GT(nonZero, 0u) << "the comparison would hold for an empty column too";

    // Hand count (geopandas 0.12, /usr/bin/python3): the reports with tijdstip in Europe/Amsterdam
    // from Monday 2025-10-06 up to and including Sunday 2025-12-28 (the 12 weeks up to the
    // reference week) whose point lies within the buurt (sjoin, predicate "within"): 345 reports
    // in all, 13 in BU99991101 and 12 in BU99991107.
    const int first = rowOf(areas, "BU99991101");
    const int second = rowOf(areas, "BU99991107");
    ASSERT_GE(first, 0);
    ASSERT_GE(second, 0);
    EXPECT_EQ(areas.column("ev_aantal")->values[static_cast<std::size_t>(first)], 13.0);
    EXPECT_EQ(areas.column("ev_aantal")->values[static_cast<std::size_t>(second)], 12.0);
    double total = 0;
    for (double v : areas.column("ev_aantal")->values)
        total += v;
    EXPECT_EQ(total, 345.0);

    // The table and the column list show the new columns; the map shows the alarm column when an
    // area alarms, else the count.
    const auto& alarms = reference.column("ev_alarm")->values;
    const bool anyAlarm = std::any_of(alarms.begin(), alarms.end(), [](double v) { return v == 1.0; });
    EXPECT_EQ(workspace.mappedColumn, anyAlarm ? "ev_alarm" : "ev_aantal");
    EXPECT_EQ(window.canvas()->mapPainter()->column(), workspace.mappedColumn);
    EXPECT_EQ(window.columnList()->findItems(QStringLiteral("ev_prognose"), Qt::MatchExactly).size(), 1);
    // The status bar reports the counts of the run.
    const QString status = window.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(QString::number(report.counted))) << status.toStdString();
    EXPECT_TRUE(status.contains(QString::number(report.rowsRead))) << status.toStdString();

    // The recipe keeps the source; count and forecast are counts for the disclosure rules.
    ASSERT_EQ(workspace.recipe->events.size(), 1u);
    EXPECT_EQ(workspace.recipe->events.front().columns.size(), 4u);
    const auto& counts = workspace.recipe->privacy.countFields;
    EXPECT_NE(std::find(counts.begin(), counts.end(), "ev_aantal"), counts.end());
    EXPECT_NE(std::find(counts.begin(), counts.end(), "ev_prognose"), counts.end());
    EXPECT_EQ(std::find(counts.begin(), counts.end(), "ev_alarm"), counts.end());
    EXPECT_TRUE(window.recipeEditor()->isModified()) << "Save must be offered";
    // Saving writes a recipe that reads back with the source.
    test::TempDir dir;
    ASSERT_TRUE(window.recipeEditor()->saveTo(QString::fromStdString(dir.file("met_meldingen.bib.json"))));
    const core::Recipe saved = core::readRecipe(dir.file("met_meldingen.bib.json"));
    ASSERT_EQ(saved.events.size(), 1u);
    EXPECT_EQ(saved.events.front().columns.front().name, "ev_aantal");
    EXPECT_FALSE(window.recipeEditor()->isModified());

    // The Tijdreeks shows the series of the selected area: the core's counts where published.
    ASSERT_TRUE(workspace.eventSeries);
    ASSERT_EQ(workspace.eventSeries->size(), 1u);
    app::TimeSeriesChart* chart = window.linkedViews()->timeSeries();
    window.selectArea(first);
    ASSERT_TRUE(chart->shown().has_value()) << chart->emptyText().toStdString();
    const core::AreaSeriesView view = series.area(static_cast<std::size_t>(first));
    ASSERT_EQ(chart->shown()->counts.values.size(), view.counts.size());
    std::size_t published = 0;
    for (std::size_t t = 0; t < view.counts.size(); ++t)
        if (!chart->shown()->counts.isWithheld(t)) {
            EXPECT_EQ(chart->shown()->counts.values[t], view.counts[t]) << t;
            ++published;
        }
    EXPECT_TRUE(chart->shown()->hasForecast());
    if (folder) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(window.grab().toImage().save(
            QString::fromStdString(std::string(folder) + "/event-analysis-window.png")));
    }
    std::cout << "[ figures  ] " << report.rowsRead << " rows, " << report.counted << " counted, "
              << report.outside << " outside; " << published << " of " << view.counts.size()
              << " weeks of BU99991101 published in the Tijdreeks\n";
}

TEST_F(EventAnalysisTest, cancelStopsALargeFileAndLeavesTheWorkspaceAsItWas)
{
    // meldingen.csv repeated 300 times (1,131,900 rows, ~50 MB), as tests/gui/recipeloadingtest.cpp.
    test::TempDir dir;
    {
        std::ifstream in(demo / "meldingen.csv", std::ios::binary);
        std::string header;
        std::getline(in, header);
        std::stringstream body;
        body << in.rdbuf();
        std::ofstream out(dir.file("groot.csv"), std::ios::binary);
        out << header << '\n';
        for (int r = 0; r < 300; ++r)
            out << body.str();
    }
    const auto areasBefore = window.workspace()->areas;
    const std::size_t columnsBefore = areasBefore->columns().size();
    QObject context;
    std::vector<int> progress;
    QObject::connect(window.taskRunner(), &app::TaskRunner::progressChanged, &context,
                     [&](int percent) { progress.push_back(percent); });
    std::vector<bool> finished;
    QObject::connect(window.taskRunner(), &app::TaskRunner::finished, &context,
                     [&](bool succeeded) { finished.push_back(succeeded); });
    ASSERT_TRUE(window.analysisActions()->runEvents(meldingen(dir.file("groot.csv"))));
    ASSERT_TRUE(window.taskRunner()->busy());
    EXPECT_FALSE(window.analysisActions()->eventsAction()->isEnabled()) << "one task at a time";
    // Cancel in the middle of reading and counting the rows (a fifth of the file read).
    while (progress.empty() || progress.back() < 20) {
        ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::progressChanged, 60000));
    }
    ASSERT_LT(progress.back(), 100) << "the file was read before the cancel";
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    window.taskRunner()->cancel();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 60000));
    std::cout << "[ figures  ] cancelled at " << progress.back() << " % after " << sinceCancel.elapsed()
              << " ms\n";
    EXPECT_EQ(finished, std::vector<bool>{false});
    EXPECT_EQ(window.workspace()->areas, areasBefore) << "a cancelled run changes nothing";
    EXPECT_EQ(window.workspace()->areas->columns().size(), columnsBefore);
    EXPECT_EQ(window.workspace()->areas->column("ev_aantal"), nullptr);
    EXPECT_TRUE(window.workspace()->recipe->events.empty());
    EXPECT_FALSE(window.recipeEditor()->isModified());
    EXPECT_TRUE(window.analysisActions()->eventsAction()->isEnabled());
}

TEST_F(EventAnalysisTest, aSourceTheCoreRefusesIsNamedAndChangesNothing)
{
    const auto areasBefore = window.workspace()->areas;
    core::EventSourceSpec spec = meldingen((demo / "meldingen.csv").string());
    spec.columns.front().periods = 500; // the file covers 104 weeks up to the reference week
    QObject context;
    QString message;
    QObject::connect(window.taskRunner(), &app::TaskRunner::errorShown, &context,
                     [&](const QString& text) { message = text; });
    ASSERT_TRUE(window.analysisActions()->runEvents(spec));
    waitForRunner();
    EXPECT_TRUE(message.contains(QStringLiteral("events[0]")) &&
                message.contains(QStringLiteral("ev_aantal")) && message.contains(QStringLiteral("500")))
        << message.toStdString();
    EXPECT_EQ(window.workspace()->areas, areasBefore);
    EXPECT_TRUE(window.workspace()->recipe->events.empty());
    EXPECT_FALSE(window.recipeEditor()->isModified());
}

TEST(EventAnalysisPlainAreas, areRefusedWithoutARecipeAndNothingChanges)
{
    // Without a recipe no disclosure rule would reach the table and map exports of the counts, so
    // the analysis asks for a recipe instead of adding unprotected columns.
    std::filesystem::path demo;
    try {
        demo = app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo is not there";
    }
    app::MainWindow window;
    app::LoadRequest request = app::demoRequest(demo);
    request.recipePath.clear(); // the buurten and indicatoren.csv, without the recipe
    core::SilentFeedback feedback;
    window.setWorkspace(app::loadWorkspace(request, feedback));
    ASSERT_FALSE(window.workspace()->recipe.has_value());
    const auto areasBefore = window.workspace()->areas;
    const core::EventSourceSpec spec = meldingen((demo / "meldingen.csv").string());
    EXPECT_FALSE(window.analysisActions()->runEvents(spec));
    EXPECT_FALSE(window.taskRunner()->busy());
    EXPECT_EQ(window.workspace()->areas, areasBefore);
    EXPECT_EQ(window.workspace()->areas->column("ev_aantal"), nullptr);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("within a recipe")))
        << window.statusBar()->currentMessage().toStdString();
}

TEST(EventAnalysisDialog, refusesAColumnNameTheAreasAlreadyHave)
{
    auto areas = test::squares({1.0, 2.0});
    app::Workspace workspace;
    workspace.areas = areas;
    app::TaskRunner runner(nullptr);
    app::EventAnalysisDialog dialog(workspace, &runner);
    dialog.form()
        ->findChild<QLineEdit*>(QStringLiteral("eventPath"))
        ->setText(QString::fromStdString(app::findDemoFolder().string() + "/meldingen.csv"));
    if (runner.busy()) {
        ASSERT_TRUE(test::waitFor(&runner, &app::TaskRunner::finished));
    }
    ASSERT_TRUE(dialog.form()->ready());
    dialog.findChild<QLineEdit*>(QStringLiteral("eventCountName"))->setText(QStringLiteral("waarde"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "stays open";
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("eventError"))->text().contains(QStringLiteral("waarde")));
    // Without a recipe the dialog says the columns are not protected.
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("eventPrivacyNote"))
                    ->text()
                    .contains(QStringLiteral("disclosure")));
}

TEST(EventAnalysisDialog, speaksDutchInTheDutchInterface)
{
    test::DutchInterface dutch;
    ASSERT_TRUE(dutch.loaded());
    std::filesystem::path demo;
    try {
        demo = app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo is not there";
    }
    app::MainWindow window;
    EXPECT_EQ(window.analysisActions()->eventsAction()->text(),
              QStringLiteral("Gebeurt&enissen analyseren…"));
    core::SilentFeedback feedback;
    app::LoadRequest request = app::demoRequest(demo);
    const app::Workspace workspace = app::loadWorkspace(request, feedback);
    app::EventAnalysisDialog dialog(workspace, window.taskRunner());
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Gebeurtenissen analyseren"));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("eventPrivacyNote"))
                    ->text()
                    .startsWith(QStringLiteral("De bron wordt aan het recept")));
    dialog.form()
        ->findChild<QLineEdit*>(QStringLiteral("eventPath"))
        ->setText(QString::fromStdString((demo / "meldingen.csv").string()));
    if (window.taskRunner()->busy()) {
        ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished));
    }
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("eventCountName"))->text(),
              QStringLiteral("meldingen_aantal"));
    if (const char* folder = std::getenv("BIB_SCREENSHOT_DIR")) {
        dialog.show();
        QCoreApplication::processEvents();
        EXPECT_TRUE(dialog.grab().toImage().save(
            QString::fromStdString(std::string(folder) + "/gebeurtenissen-dialoog.png")));
    }
}
