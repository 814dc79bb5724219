// SPDX-License-Identifier: GPL-3.0-or-later
// Live weighting: the weights panel recomputes the index and recolours the map; undo, reset to
// recipe and saving. Expected classes come from the core itself (prepareIndex → computeIndex →
// the recipe's classification), computed here independently of the window.
#include "demodata.h"
#include "guitestsupport.h"
#include "index/classification.h"
#include "index/compositeindex.h"
#include "io/recipedata.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "recipeeditor.h"
#include "weightingsession.h"
#include "weightspanel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>
#include <filesystem>
#include <optional>

using namespace bib;

namespace {

constexpr std::size_t kBijstand = 0; // first indicator of the demo recipe, weight 1
constexpr std::size_t kInkomen = 1;  // second, direction negative

std::optional<std::filesystem::path> demoRecipe()
{
    try {
        const auto path = app::findDemoFolder() / "voorbeeldstad.bib.json";
        if (std::filesystem::is_regular_file(path))
            return path;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

/// The demo's index computed by the core alone, for a given change of the recipe's settings.
struct CoreIndex
{
    core::IndexResult result;
    core::ClassificationResult classes;
};

CoreIndex coreIndex(const core::Recipe& recipe)
{
    core::SilentFeedback feedback;
    const core::RecipeData data = core::loadRecipeData(recipe, feedback);
    const core::PreparedIndex prepared = core::prepareIndex(data.areas, recipe, feedback);
    CoreIndex index;
    index.result = core::computeIndex(prepared, core::recipeWeights(prepared));
    index.classes = core::createClassificationMethod(recipe.classification.method)
                        ->classes(index.result.index, recipe.classification.classes);
    return index;
}

class Weighting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto path = demoRecipe();
        if (!path)
            GTEST_SKIP() << "the demo recipe is not there";
        recipe = core::readRecipe(path->string());
        core::SilentFeedback feedback;
        window.show();
        window.setWorkspace(app::loadWorkspace(app::demoRequest(app::findDemoFolder()), feedback));
        editor = window.recipeEditor();
        panel = editor->panel();
        ASSERT_TRUE(editor->session()->active());
    }

    /// Drags the slider of an indicator from its value to `weight` in a few steps, as a user does.
    void drag(std::size_t indicator, double weight)
    {
        QSlider* slider = panel->weightSlider(indicator);
        const int from = slider->value();
        const int to = static_cast<int>(std::lround(weight * app::WeightsPanel::SliderScale));
        slider->setSliderDown(true);
        for (int step = 1; step <= 4; ++step)
            slider->setValue(from + (to - from) * step / 4);
        slider->setSliderDown(false);
    }

    const std::vector<double>& shownIndex() const
    {
        return window.workspace()->areas->column("index")->values;
    }

    QImage mapImage() { return window.canvas()->grab().toImage(); }

    /// A canvas pixel well inside area `row` (its 5 × 5 neighbourhood is the same area) that shows
    /// `colour` in `image`, i.e. no legend or scale bar covers it.
    std::optional<QPoint> visiblePixelOf(std::size_t row, const QImage& image, QColor colour) const
    {
        const render::MapPainter& painter = *window.canvas()->mapPainter();
        const render::MapTransform& transform = window.canvas()->transform();
        const core::Envelope& box = window.workspace()->areas->shape(row).envelope;
        const QPointF a = transform.toDevice({box.minX, box.maxY});
        const QPointF b = transform.toDevice({box.maxX, box.minY});
        for (int y = static_cast<int>(a.y()) + 2; y < static_cast<int>(b.y()) - 2; ++y) {
            for (int x = static_cast<int>(a.x()) + 2; x < static_cast<int>(b.x()) - 2; ++x) {
                if (!image.rect().contains(x, y) || !test::sameColour(image.pixelColor(x, y), colour))
                    continue;
                bool inside = true;
                for (int dy = -2; dy <= 2 && inside; ++dy)
                    for (int dx = -2; dx <= 2 && inside; ++dx)
                        inside = painter.areaAt(transform.toWorld(QPointF(x + dx, y + dy))) == row;
                if (inside)
                    return QPoint(x, y);
            }
        }
        return std::nullopt;
    }

    QColor classColour(int cls) const
    {
        return window.canvas()->mapPainter()->choropleth().classColours().at(static_cast<std::size_t>(cls));
    }

    core::Recipe recipe;
    app::MainWindow window;
    app::RecipeEditor* editor = nullptr;
    app::WeightsPanel* panel = nullptr;
};

void expectSameIndex(const std::vector<double>& shown, const std::vector<double>& expected)
{
    ASSERT_EQ(shown.size(), expected.size());
    for (std::size_t a = 0; a < expected.size(); ++a) {
        if (std::isnan(expected[a]))
            EXPECT_TRUE(std::isnan(shown[a])) << "row " << a;
        else
            EXPECT_DOUBLE_EQ(shown[a], expected[a]) << "row " << a;
    }
}

} // namespace

TEST_F(Weighting, sliderDragRecoloursTheMapAsTheCoreClassifiesAndUndoRestoresIt)
{
    const CoreIndex before = coreIndex(recipe);
    core::Recipe heavier = recipe;
    heavier.indicators[kBijstand].weight = 4.0;
    const CoreIndex after = coreIndex(heavier);

    // A buurt whose class the heavier weight changes.
    std::size_t row = 0;
    while (row < before.classes.classOfValue.size() &&
           (before.classes.classOfValue[row] < 0 ||
            before.classes.classOfValue[row] == after.classes.classOfValue[row]))
        ++row;
    ASSERT_LT(row, before.classes.classOfValue.size()) << "no buurt changes class";
    const int oldClass = before.classes.classOfValue[row];
    const int newClass = after.classes.classOfValue[row];

    const QImage original = mapImage();
    const auto pixel = visiblePixelOf(row, original, classColour(oldClass));
    ASSERT_TRUE(pixel) << "buurt " << window.workspace()->areas->id(row) << " is not visible on the map";

    drag(kBijstand, 4.0);
    EXPECT_EQ(editor->undoStack()->count(), 1) << "a drag is one command";
    EXPECT_TRUE(window.isWindowModified());
    expectSameIndex(shownIndex(), after.result.index);
    EXPECT_EQ(window.canvas()->mapPainter()->choropleth().classOfRow(row), newClass);
    EXPECT_TRUE(test::sameColour(mapImage().pixelColor(*pixel), classColour(newClass)));
    EXPECT_DOUBLE_EQ(panel->weightSpinBox(kBijstand)->value(), 4.0);

    editor->undoAction()->trigger();
    expectSameIndex(shownIndex(), before.result.index);
    EXPECT_EQ(window.canvas()->mapPainter()->choropleth().classOfRow(row), oldClass);
    EXPECT_TRUE(test::sameColour(mapImage().pixelColor(*pixel), classColour(oldClass)));
    EXPECT_EQ(panel->weightSlider(kBijstand)->value(), app::WeightsPanel::SliderScale);
    EXPECT_FALSE(window.isWindowModified());

    editor->redoAction()->trigger();
    expectSameIndex(shownIndex(), after.result.index);
}

TEST_F(Weighting, separateChangesAreSeparateCommands)
{
    drag(kBijstand, 2.0);
    drag(kBijstand, 3.0);
    panel->weightSpinBox(kInkomen)->setValue(0.5);
    EXPECT_EQ(editor->undoStack()->count(), 3);
    editor->undoAction()->trigger();
    editor->undoAction()->trigger();
    EXPECT_DOUBLE_EQ(editor->session()->recipe().indicators[kBijstand].weight, 2.0);
}

TEST_F(Weighting, directionAndNormalisationPrepareOnlyThatIndicatorLikeTheCore)
{
    panel->directionButton(kInkomen)->click();
    QComboBox* normalisation = panel->normalisationBox(kBijstand);
    const int rankItem = normalisation->findText(QStringLiteral("rank"));
    ASSERT_GE(rankItem, 0);
    normalisation->setCurrentIndex(rankItem);
    emit normalisation->activated(rankItem);
    EXPECT_EQ(editor->undoStack()->count(), 2);

    core::Recipe edited = recipe;
    edited.indicators[kInkomen].direction = core::Direction::Positive;
    edited.indicators[kBijstand].normalisation = {core::NormalisationKind::Rank, 0.0, 1.0};
    expectSameIndex(shownIndex(), coreIndex(edited).result.index);
}

TEST_F(Weighting, resetToRecipeRestoresEverySettingAndCanBeUndone)
{
    const std::vector<double> original = shownIndex();
    drag(kBijstand, 3.0);
    panel->directionButton(kInkomen)->click();
    QComboBox* aggregation = panel->aggregationBox();
    const QComboBox* missing = panel->missingRuleBox();
    ASSERT_NE(missing, nullptr);
    const std::vector<double> edited = shownIndex();

    editor->resetAction()->trigger();
    expectSameIndex(shownIndex(), original);
    EXPECT_EQ(editor->session()->recipe().indicators[kInkomen].direction, core::Direction::Negative);
    EXPECT_DOUBLE_EQ(panel->weightSpinBox(kBijstand)->value(), 1.0);
    EXPECT_EQ(aggregation->currentData().toInt(), static_cast<int>(core::Aggregation::Arithmetic));

    editor->undoAction()->trigger();
    expectSameIndex(shownIndex(), edited);
}

TEST_F(Weighting, geometricAggregationOfZScoresSaysWhyThereIsNoIndex)
{
    QComboBox* aggregation = panel->aggregationBox();
    const int geometric = aggregation->findData(static_cast<int>(core::Aggregation::Geometric));
    aggregation->setCurrentIndex(geometric);
    emit aggregation->activated(geometric);
    EXPECT_FALSE(editor->session()->problem().isEmpty());
    EXPECT_EQ(editor->session()->withIndex(), 0u);
    editor->undoAction()->trigger();
    EXPECT_TRUE(editor->session()->problem().isEmpty());
    EXPECT_GT(editor->session()->withIndex(), 0u);
}

TEST_F(Weighting, saveWritesARecipeTheCoreReadsWithTheNewWeight)
{
    drag(kBijstand, 2.5);
    EXPECT_TRUE(window.isWindowModified());
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("bewerkt.bib.json"));
    ASSERT_TRUE(editor->saveTo(path));

    const core::Recipe saved = core::readRecipe(path.toStdString());
    EXPECT_DOUBLE_EQ(saved.indicators[kBijstand].weight, 2.5);
    EXPECT_EQ(saved.indicators.size(), recipe.indicators.size());
    EXPECT_EQ(saved.areas.path, recipe.areas.path); // outside the folder: stays absolute
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_EQ(window.workspace()->recipe->sha256, saved.sha256);

    // Reset now returns to the saved recipe, not the one first opened.
    drag(kBijstand, 1.0);
    editor->resetAction()->trigger();
    EXPECT_DOUBLE_EQ(editor->session()->recipe().indicators[kBijstand].weight, 2.5);
}

TEST(RecipeText, pathsInsideTheTargetFolderBecomeRelative)
{
    core::Recipe recipe;
    recipe.name = "r";
    recipe.areas.path = "/data/gemeente/buurten.gpkg";
    recipe.areas.id = "bu_code";
    recipe.tables = {{"/data/gemeente/tabellen/cijfers.csv", "bu_code", ""},
                     {"/elders/x.csv", "bu_code", ""}};
    recipe.indicators.resize(1);
    recipe.indicators[0].field = "x";
    const std::string text = app::recipeTextFor(recipe, "/data/gemeente/recept.bib.json");
    const core::Recipe read = core::parseRecipe(text, "test", "/data/gemeente");
    EXPECT_NE(text.find("\"buurten.gpkg\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"tabellen/cijfers.csv\""), std::string::npos) << text;
    EXPECT_EQ(read.tables[1].path, "/elders/x.csv");
    EXPECT_EQ(read.areas.path, "/data/gemeente/buurten.gpkg");
}
