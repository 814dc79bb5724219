// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a recipe whose events file is large: the loading runs on the worker, the window keeps
// handling events meanwhile, the progress bar moves, and Cancel stops it and changes nothing.
// The events file is made here: the demo's 3,773 reports repeated 300 times (1,131,900 rows, 50 MB).
#include "demodata.h"
#include "guitestsupport.h"
#include "index/recipe.h"
#include "mainwindow.h"
#include "taskrunner.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QTimer>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace bib;

namespace {

constexpr int kRepeats = 300;

/// The demo recipe with one more events source: meldingen.csv repeated kRepeats times.
std::string writeLargeRecipe(const test::TempDir& dir, const std::filesystem::path& demo)
{
    std::ifstream in(demo / "meldingen.csv", std::ios::binary);
    std::string header;
    std::getline(in, header);
    std::stringstream body;
    body << in.rdbuf();
    const std::string rows = body.str();
    {
        std::ofstream out(dir.file("groot.csv"), std::ios::binary);
        out << header << '\n';
        for (int r = 0; r < kRepeats; ++r)
            out << rows;
    }
    core::Recipe recipe = core::readRecipe((demo / "voorbeeldstad.bib.json").string());
    core::EventSourceSpec events;
    events.path = dir.file("groot.csv");
    events.x = "x";
    events.y = "y";
    events.crs = "EPSG:28992";
    events.time = "tijdstip";
    events.end = "2025-12-28";
    core::EventColumnSpec count;
    count.name = "groot_aantal";
    count.periods = 12;
    events.columns.push_back(count);
    recipe.events.push_back(events);
    const std::string path = dir.file("groot.bib.json");
    std::ofstream(path) << core::recipeToJson(recipe);
    return path;
}

class LargeRecipe : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::filesystem::path demo;
        try {
            demo = app::findDemoFolder();
        } catch (const std::exception&) {
            GTEST_SKIP() << "the demo is not there";
        }
        recipePath = writeLargeRecipe(dir, demo);
        window.show();
    }

    test::TempDir dir;
    std::string recipePath;
    app::MainWindow window;
};

} // namespace

TEST_F(LargeRecipe, loadsOnTheWorkerWhileTheWindowKeepsResponding)
{
    QObject context; // the connections below end with the test
    // Ticks of a timer on the GUI thread while the worker loads: a window that froze for the whole
    // load would see none. The longest gap between ticks is printed (a figure, not a condition).
    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!window.taskRunner()->busy())
            return;
        if (sinceTick.isValid())
            longestGap = std::max(longestGap, sinceTick.elapsed());
        sinceTick.start();
        ++ticks;
    });
    std::vector<int> progress;
    QObject::connect(window.taskRunner(), &app::TaskRunner::progressChanged, &context,
                     [&](int percent) { progress.push_back(percent); });
    timer.start();
    window.openRecipe(QString::fromStdString(recipePath));
    ASSERT_TRUE(window.taskRunner()->busy()) << "the loading runs on the worker";
    std::vector<bool> finished;
    QObject::connect(window.taskRunner(), &app::TaskRunner::finished, &context,
                     [&](bool succeeded) { finished.push_back(succeeded); });
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 300000));
    ASSERT_EQ(finished, std::vector<bool>{true});
    EXPECT_GT(ticks, 0);
    std::cout << "[ figures  ] " << ticks << " timer ticks during the load, longest gap " << longestGap
              << " ms\n";
    bool between = false;
    for (int percent : progress)
        between = between || (percent > 0 && percent < 100);
    EXPECT_TRUE(between) << "the progress bar moves";
    ASSERT_NE(window.workspace(), nullptr);
    ASSERT_NE(window.workspace()->areas->column("groot_aantal"), nullptr);
}

TEST_F(LargeRecipe, cancelStopsTheLoadingAndChangesNothing)
{
    QObject context; // the connections below end with the test
    std::vector<int> progress;
    QObject::connect(window.taskRunner(), &app::TaskRunner::progressChanged, &context,
                     [&](int percent) { progress.push_back(percent); });
    window.openRecipe(QString::fromStdString(recipePath));
    ASSERT_TRUE(window.taskRunner()->busy());
    // Cancel once the load has got going (the first progress report).
    if (progress.empty()) {
        ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::progressChanged, 60000));
    }
    std::vector<bool> finished;
    QObject::connect(window.taskRunner(), &app::TaskRunner::finished, &context,
                     [&](bool succeeded) { finished.push_back(succeeded); });
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    window.taskRunner()->cancel();
    ASSERT_TRUE(test::waitFor(window.taskRunner(), &app::TaskRunner::finished, 60000));
    std::cout << "[ figures  ] cancelled after " << sinceCancel.elapsed() << " ms\n";
    EXPECT_EQ(finished, std::vector<bool>{false});
    EXPECT_EQ(window.workspace(), nullptr) << "a cancelled load shows nothing";
    EXPECT_FALSE(window.taskRunner()->busy());
}
