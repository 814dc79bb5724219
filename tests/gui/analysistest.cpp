// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisactions.h"
#include "categoricalmap.h"
#include "demodata.h"
#include "guitestsupport.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "spatialanalysis.h"
#include "taskrunner.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>

#include <algorithm>

using namespace bib;

namespace {

bool demoMissing()
{
    try {
        app::findDemoFolder();
        return false;
    } catch (const std::exception&) {
        return true;
    }
}

/// A window showing the bundled demo (its recipe's composite index).
void openDemo(app::MainWindow& window)
{
    window.show();
    window.openDemo();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished));
    ASSERT_NE(window.workspace(), nullptr);
}

std::vector<QString> labels(const std::vector<render::LegendEntry>& legend)
{
    std::vector<QString> out;
    for (const render::LegendEntry& entry : legend)
        out.push_back(entry.label);
    return out;
}

} // namespace

TEST(AnalysisActions, lisaOnTheDemoAddsOneClassPerAreaAndMapsTheClusters)
{
    if (demoMissing())
        GTEST_SKIP() << "demo data not found";
    test::DutchInterface dutch;
    app::MainWindow window;
    openDemo(window);
    const std::shared_ptr<const core::AreaSet> before = window.workspace()->areas;
    app::AnalysisActions* analysis = window.analysisActions();
    EXPECT_EQ(analysis->field(), "index");
    EXPECT_TRUE(analysis->action(app::AnalysisKind::LocalMoran)->isEnabled());

    // What the menu entry does once its dialog is accepted with the defaults.
    ASSERT_TRUE(analysis->run(app::AnalysisKind::LocalMoran,
                              app::SpatialAnalysis::defaultSettings(*window.workspace())));
    ASSERT_TRUE(test::waitFor(analysis, &app::AnalysisActions::analysisShown));

    const core::AreaSet& areas = *window.workspace()->areas;
    const core::TextColumn* clusters = areas.textColumn("lisa_cluster");
    ASSERT_NE(clusters, nullptr);
    EXPECT_EQ(clusters->values.size(), areas.size());
    for (const char* name : {"lisa_I", "lisa_z", "lisa_p"})
        EXPECT_NE(areas.column(name), nullptr) << name;
    // Copy-on-write: the areas the painter showed before are untouched.
    EXPECT_EQ(before->textColumn("lisa_cluster"), nullptr);
    EXPECT_NE(before.get(), &areas);

    const render::MapPainter* painter = window.canvas()->mapPainter();
    ASSERT_TRUE(painter->isCategorical());
    EXPECT_EQ(painter->column(), "lisa_cluster");
    const std::vector<QString> legend = labels(painter->legend());
    for (const char* label :
         {"Hoog-hoog (HH)", "Laag-laag (LL)", "Hoog-laag (HL)", "Laag-hoog (LH)", "niet significant"})
        EXPECT_NE(std::find(legend.begin(), legend.end(), QString::fromUtf8(label)), legend.end()) << label;
    std::size_t counted = 0;
    for (const render::LegendEntry& entry : painter->legend())
        counted += entry.count;
    EXPECT_EQ(counted, areas.size());
    EXPECT_FALSE(window.columnList()->findItems(QStringLiteral("lisa_cluster"), Qt::MatchExactly).isEmpty());
    EXPECT_EQ(window.columnList()->currentItem()->text(), QStringLiteral("lisa_cluster"));
    // The next analysis again uses the indicator the clusters were computed from.
    EXPECT_EQ(analysis->field(), "index");
}

TEST(AnalysisActions, giStarGivesHotAndColdClasses)
{
    if (demoMissing())
        GTEST_SKIP() << "demo data not found";
    app::MainWindow window;
    openDemo(window);
    app::AnalysisActions* analysis = window.analysisActions();
    ASSERT_TRUE(analysis->run(app::AnalysisKind::GetisOrd,
                              app::SpatialAnalysis::defaultSettings(*window.workspace())));
    ASSERT_TRUE(test::waitFor(analysis, &app::AnalysisActions::analysisShown));
    const core::TextColumn* classes = window.workspace()->areas->textColumn("gistar_class");
    ASSERT_NE(classes, nullptr);
    EXPECT_GT(std::count(classes->values.begin(), classes->values.end(), "hot"), 0);
    EXPECT_EQ(window.canvas()->mapPainter()->column(), "gistar_class");
}

TEST(AnalysisActions, globalMoranIsReportedWithoutChangingTheAreas)
{
    if (demoMissing())
        GTEST_SKIP() << "demo data not found";
    test::DutchInterface dutch;
    app::MainWindow window;
    openDemo(window);
    const std::shared_ptr<const core::AreaSet> before = window.workspace()->areas;
    app::AnalysisActions* analysis = window.analysisActions();
    QString summary;
    QObject::connect(analysis, &app::AnalysisActions::analysisShown,
                     [&](const QString& text) { summary = text; });
    ASSERT_TRUE(analysis->run(app::AnalysisKind::GlobalMoran,
                              app::SpatialAnalysis::defaultSettings(*window.workspace())));
    ASSERT_TRUE(test::waitFor(analysis, &app::AnalysisActions::analysisShown));
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Moran's I = 0,"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("999 permutaties"))) << summary.toStdString();
    EXPECT_EQ(window.workspace()->areas, before);
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
        box->close();
}

TEST(AnalysisActions, cancelStopsTheRunAndLeavesTheWorkspace)
{
    if (demoMissing())
        GTEST_SKIP() << "demo data not found";
    app::MainWindow window;
    openDemo(window);
    const app::Workspace* before = window.workspace();
    const std::shared_ptr<const core::AreaSet> areas = before->areas;
    app::AnalysisSettings settings = app::SpatialAnalysis::defaultSettings(*before);
    settings.permutations = 99999;
    bool succeeded = true;
    QObject::connect(window.taskRunner(), &app::TaskRunner::finished, [&](bool ok) { succeeded = ok; });
    ASSERT_TRUE(window.analysisActions()->run(app::AnalysisKind::LocalMoran, settings));
    EXPECT_FALSE(window.analysisActions()->action(app::AnalysisKind::LocalMoran)->isEnabled());
    window.taskRunner()->cancel();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 5000));
    EXPECT_FALSE(succeeded);
    EXPECT_EQ(window.workspace(), before);
    EXPECT_EQ(window.workspace()->areas, areas);
    EXPECT_EQ(areas->textColumn("lisa_cluster"), nullptr);
    EXPECT_TRUE(window.analysisActions()->action(app::AnalysisKind::LocalMoran)->isEnabled());
}

TEST(SpatialAnalysis, areasWithoutAValueGetNoClass)
{
    // Six squares in a row; the third has no value. Rook would leave islands, so k = 2.
    auto areas = test::squares({1.0, 2.0, std::nan(""), 8.0, 9.0, 10.0});
    app::AnalysisSettings settings;
    settings.weights.method = core::WeightsMethod::NearestNeighbours;
    settings.weights.k = 2;
    settings.permutations = 99;
    core::SilentFeedback feedback;
    const app::AnalysisOutcome outcome =
        app::SpatialAnalysis::run(app::AnalysisKind::LocalMoran, *areas, "waarde", settings, feedback);
    ASSERT_NE(outcome.areas, nullptr);
    EXPECT_EQ(outcome.leftOut, std::vector<std::string>{"BU3"});
    EXPECT_EQ(outcome.areas->textColumn("lisa_cluster")->values[2], "");
    EXPECT_TRUE(std::isnan(outcome.areas->column("lisa_I")->values[2]));
    EXPECT_EQ(areas->textColumn("lisa_cluster"), nullptr);

    render::MapPainter painter(outcome.areas);
    painter.setLanguage(core::Language::Dutch);
    painter.setColumn("lisa_cluster");
    const render::LegendEntry last = painter.legend().back();
    EXPECT_EQ(last.label, QStringLiteral("geen gegevens"));
    EXPECT_EQ(last.count, 1u);
    EXPECT_TRUE(last.noData);
}

TEST(CategoricalMap, paintsTheFixedClassColours)
{
    auto areas = test::squares({1.0, 2.0, 3.0, 4.0});
    areas->setTextColumn({"lisa_cluster", {"HH", "LL", "LH", ""}, {}});
    render::MapPainter map(areas);
    map.setColumn("lisa_cluster");
    ASSERT_TRUE(map.isCategorical());
    QImage image(800, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const auto transform = render::MapTransform::fit(map.extent(), QRectF(image.rect()), 0.02);
    map.paintAreas(painter, transform, QRectF(image.rect()));
    painter.end();
    const auto at = [&](double x) { return image.pixelColor(transform.toDevice({x, 50.0}).toPoint()); };
    EXPECT_TRUE(test::sameColour(at(50.0), QColor(0xd7, 0x19, 0x1c)));
    EXPECT_TRUE(test::sameColour(at(250.0), QColor(0x2c, 0x7b, 0xb6)));
    EXPECT_TRUE(test::sameColour(at(450.0), QColor(0xab, 0xd9, 0xe9)));
    // No class: the no-data grey with hatching, so somewhere in the square a darker hatch line.
    bool hatched = false;
    for (double x = 610.0; x < 690.0; x += 1.0)
        hatched = hatched || at(x).lightness() < 0xd0;
    EXPECT_TRUE(hatched);
}

TEST(CategoricalMap, recognisesOnlyKnownClassColumns)
{
    EXPECT_EQ(render::CategoricalScheme::forColumn({"c", {"hot", "", "ns"}, {}}),
              &render::CategoricalScheme::hotSpots());
    EXPECT_EQ(render::CategoricalScheme::forColumn({"c", {"HH", "ns"}, {}}),
              &render::CategoricalScheme::lisaClusters());
    EXPECT_EQ(render::CategoricalScheme::forColumn({"c", {"ns", "ns"}, {}}),
              &render::CategoricalScheme::lisaClusters());
    EXPECT_EQ(render::CategoricalScheme::forColumn({"gistar_class", {"ns", "ns"}, {}}),
              &render::CategoricalScheme::hotSpots());
    EXPECT_EQ(render::CategoricalScheme::forColumn({"drivers", {"vooral hoog"}, {}}), nullptr);
    EXPECT_EQ(render::CategoricalScheme::forColumn({"leeg", {"", ""}, {}}), nullptr);
}

TEST(LaunchOptions, analyseNeedsHeadless)
{
    const auto app = QStringLiteral("buurtinbeeld");
    EXPECT_EQ(
        app::LaunchOptionsParser::parse({app, QStringLiteral("--analyse"), QStringLiteral("lisa")}).exitCode,
        2);
    const app::LaunchParse parsed =
        app::LaunchOptionsParser::parse({app, QStringLiteral("--headless"), QStringLiteral("uit"),
                                         QStringLiteral("--analyse"), QStringLiteral("gistar")});
    EXPECT_FALSE(parsed.exitCode);
    EXPECT_EQ(parsed.options.analysis, app::AnalysisKind::GetisOrd);
}
