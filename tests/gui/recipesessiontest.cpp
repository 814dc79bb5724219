// SPDX-License-Identifier: GPL-3.0-or-later
// Recent recipes and the recovery file of unsaved weights.
#include "demodata.h"
#include "guitestsupport.h"
#include "index/recipe.h"
#include "mainwindow.h"
#include "recentrecipes.h"
#include "recipeautosave.h"
#include "recipeeditor.h"
#include "testsupport.h"
#include "weightspanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSlider>

#include <filesystem>

using namespace bib;

namespace {

void clearSettings()
{
    QSettings(QStringLiteral("BuurtInBeeld"), QStringLiteral("buurtinbeeld")).clear();
}

} // namespace

TEST(RecentRecipes, keepsTheNewestEightOnceEach)
{
    clearSettings();
    test::TempDir dir;
    app::RecentRecipes recent(nullptr);
    for (int i = 1; i <= 10; ++i) {
        const std::string path = dir.file("r" + std::to_string(i) + ".bib.json");
        test::writeFile(path, "{}");
        recent.add(QString::fromStdString(path));
    }
    recent.add(QString::fromStdString(dir.file("r5.bib.json"))); // again: moves to the front
    const QStringList paths = recent.paths();
    ASSERT_EQ(paths.size(), app::RecentRecipes::kMaximum);
    EXPECT_TRUE(paths.front().endsWith(QStringLiteral("r5.bib.json")));
    EXPECT_TRUE(paths[1].endsWith(QStringLiteral("r10.bib.json")));
    EXPECT_EQ(paths.count(paths.front()), 1);
    // r1 and r2 were the oldest: gone. The menu: eight recipes, a separator and "clear".
    EXPECT_FALSE(paths.join(QLatin1Char(' ')).contains(QStringLiteral("r2.bib.json")));
    EXPECT_EQ(recent.menu()->actions().size(), app::RecentRecipes::kMaximum + 2);

    QString requested;
    QObject::connect(&recent, &app::RecentRecipes::openRequested,
                     [&](const QString& path) { requested = path; });
    recent.menu()->actions().front()->trigger();
    EXPECT_EQ(requested, paths.front());
    recent.clear();
    EXPECT_TRUE(recent.paths().isEmpty());
}

TEST(RecipeAutosave, keepsUnsavedWeightsUntilTheyAreSavedOrUndone)
{
    std::filesystem::path demo;
    try {
        demo = app::findDemoFolder();
    } catch (const std::exception&) {
        GTEST_SKIP() << "the demo is not there";
    }
    clearSettings();
    app::RecipeAutosave::discard();
    app::MainWindow window;
    window.show();
    core::SilentFeedback feedback;
    window.setWorkspace(app::loadWorkspace(app::demoRequest(demo), feedback));
    app::RecipeAutosave* autosave = window.autosave();
    EXPECT_FALSE(autosave->saveNow()) << "nothing to keep before an edit";

    // One weight change: the recipe is modified and the recovery file holds the new weight.
    QSlider* slider = window.recipeEditor()->panel()->weightSlider(0);
    slider->setValue(slider->value() * 3);
    ASSERT_TRUE(window.recipeEditor()->isModified());
    ASSERT_TRUE(autosave->saveNow());
    ASSERT_TRUE(app::RecipeAutosave::hasRecovery());
    const core::Recipe recovered = core::readRecipe(app::RecipeAutosave::recoveryPath().toStdString());
    EXPECT_DOUBLE_EQ(recovered.indicators[0].weight, window.workspace()->recipe->indicators[0].weight);
    EXPECT_NE(recovered.indicators[0].weight, 1.0);
    // The demo's own paths, made absolute: the recovered recipe opens from anywhere.
    EXPECT_TRUE(std::filesystem::path(recovered.areas.path).is_absolute());
    EXPECT_TRUE(app::RecipeAutosave::recoveredFrom().endsWith(QStringLiteral("voorbeeldstad.bib.json")));

    // Undone to the saved state: nothing left to recover.
    window.recipeEditor()->undoAction()->trigger();
    EXPECT_FALSE(window.recipeEditor()->isModified());
    EXPECT_FALSE(app::RecipeAutosave::hasRecovery());
    clearSettings();
}
