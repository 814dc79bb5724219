// SPDX-License-Identifier: GPL-3.0-or-later
// The "Nieuwe analyse" wizard driven through its widgets offscreen: the recipe it writes must be
// one that `bib compose` (the real executable) accepts and runs.
#include "newanalysiswizard.h"
#include "guitestsupport.h"
#include "index/recipe.h"
#include "taskrunner.h"
#include "testsupport.h"
#include "variabledictionary.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <filesystem>

using namespace bib;

namespace {

template <typename Widget> Widget* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

/// Goes to the next page and waits until the data that page reads arrived.
void nextAndWait(app::NewAnalysisWizard& wizard)
{
    wizard.next();
    if (wizard.taskRunner()->busy()) {
        ASSERT_TRUE(test::waitFor(wizard.taskRunner(), &app::TaskRunner::finished));
    }
}

void addTable(app::NewAnalysisWizard& wizard, const std::string& path)
{
    child<QLineEdit>(wizard, "tablePath")->setText(QString::fromStdString(path));
    ASSERT_GT(child<QComboBox>(wizard, "tableIdColumn")->count(), 0);
    child<QPushButton>(wizard, "addTable")->click();
    ASSERT_TRUE(test::waitFor(&wizard, &app::NewAnalysisWizard::dataChanged));
}

/// Ticks an indicator and sets its direction (0 higher = more attention, 1 lower).
void tick(QTreeWidget& list, const QString& field, int direction)
{
    const QList<QTreeWidgetItem*> items = list.findItems(field, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1) << field.toStdString();
    items.front()->setCheckState(0, Qt::Checked);
    auto* box = qobject_cast<QComboBox*>(list.itemWidget(items.front(), 3));
    ASSERT_NE(box, nullptr);
    box->setCurrentIndex(direction);
}

int visibleCount(const QTreeWidget& list)
{
    int visible = 0;
    for (int i = 0; i < list.topLevelItemCount(); ++i)
        visible += list.topLevelItem(i)->isHidden() ? 0 : 1;
    return visible;
}

} // namespace

TEST(NewAnalysisWizard, buildsADemoRecipeThatBibComposeAccepts)
{
    test::TempDir dir;
    app::NewAnalysisWizard wizard;
    wizard.restart();
    child<QLineEdit>(wizard, "areaSource")
        ->setText(QString::fromStdString(std::string(BIB_DEMO_DATA_DIR) + "/voorbeeldstad.gpkg"));
    auto* layer = child<QComboBox>(wizard, "areaLayer");
    layer->setCurrentIndex(layer->findText(QStringLiteral("buurten")));
    EXPECT_EQ(child<QComboBox>(wizard, "areaIdField")->currentText(), QStringLiteral("bu_code"));
    EXPECT_EQ(child<QComboBox>(wizard, "areaNameField")->currentText(), QStringLiteral("bu_naam"));

    nextAndWait(wizard); // municipality
    EXPECT_EQ(wizard.currentId(), app::NewAnalysisWizard::FilterPage);
    auto* value = child<QComboBox>(wizard, "filterValue");
    // The demo town is one municipality: GM9999 Voorbeeldstad (ogrinfo: COUNT(DISTINCT gm_code) = 1).
    ASSERT_EQ(value->count(), 1);
    EXPECT_TRUE(value->itemText(0).startsWith(QStringLiteral("GM9999")));

    nextAndWait(wizard); // tables
    ASSERT_EQ(wizard.currentId(), app::NewAnalysisWizard::TablesPage);
    addTable(wizard, std::string(BIB_DEMO_DATA_DIR) + "/indicatoren.csv");
    ASSERT_EQ(wizard.joins().size(), 1u);
    // indicatoren.csv has one row for each of the 120 buurten (ogrinfo COUNT(*) = 120; wc -l = 121).
    EXPECT_EQ(wizard.joins().front().matched, 120u);
    EXPECT_TRUE(child<QPlainTextEdit>(wizard, "joinReport")->toPlainText().contains(QStringLiteral("120")));

    nextAndWait(wizard); // event files (none)
    ASSERT_EQ(wizard.currentId(), app::NewAnalysisWizard::EventsPage);
    wizard.next(); // indicators
    auto* list = child<QTreeWidget>(wizard, "indicatorList");
    child<QLineEdit>(wizard, "indicatorSearch")->setText(QStringLiteral("bijstand"));
    EXPECT_EQ(visibleCount(*list), 1);
    child<QLineEdit>(wizard, "indicatorSearch")->clear();
    tick(*list, QStringLiteral("aandeel_bijstand"), 0);
    tick(*list, QStringLiteral("gem_inkomen"), 1);
    tick(*list, QStringLiteral("verzuim_per_1000"), 0);

    wizard.next(); // save
    ASSERT_EQ(wizard.currentId(), app::NewAnalysisWizard::SavePage);
    child<QLineEdit>(wizard, "recipeName")->setText(QStringLiteral("Wizardtest"));
    child<QLineEdit>(wizard, "recipePath")->setText(QString::fromStdString(dir.file("wizard.bib.json")));
    wizard.accept();
    ASSERT_EQ(wizard.recipePath().toStdString(), dir.file("wizard.bib.json"));

    const core::Recipe recipe = core::readRecipe(dir.file("wizard.bib.json"));
    EXPECT_EQ(recipe.name, "Wizardtest");
    EXPECT_EQ(recipe.areas.id, "bu_code");
    EXPECT_EQ(recipe.areas.filter, "\"gm_code\" = 'GM9999'");
    // In the table's column order, whatever the order of ticking.
    ASSERT_EQ(recipe.indicators.size(), 3u);
    for (const core::IndicatorSpec& indicator : recipe.indicators)
        EXPECT_EQ(indicator.direction,
                  indicator.field == "gem_inkomen" ? core::Direction::Negative : core::Direction::Positive)
            << indicator.field;

    const test::RunResult run =
        test::runBib({"compose", dir.file("wizard.bib.json"), "-o", dir.file("index.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto rows = test::readCsvById(dir.file("index.csv"));
    EXPECT_EQ(rows.size(), 120u);
    ASSERT_TRUE(rows.count("BU99990101"));
    EXPECT_FALSE(rows.at("BU99990101").at("index").empty());
}

TEST(NewAnalysisWizard, filtersTheNationalLayerToOneMunicipality)
{
    const std::string areas = test::realData("cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg");
    const std::string table = test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (areas.empty() || table.empty())
        GTEST_SKIP() << "real data absent";
    test::TempDir dir;
    app::NewAnalysisWizard wizard;
    wizard.restart();
    child<QLineEdit>(wizard, "areaSource")->setText(QString::fromStdString(areas));
    nextAndWait(wizard);
    auto* value = child<QComboBox>(wizard, "filterValue");
    // ogrinfo -sql "SELECT COUNT(DISTINCT gm_code) FROM buurten_2019" → 355.
    EXPECT_EQ(value->count(), 355);
    const int assen = value->findData(QStringLiteral("GM0106"));
    ASSERT_GE(assen, 0);
    value->setCurrentIndex(assen);

    nextAndWait(wizard);
    addTable(wizard, table);
    ASSERT_EQ(wizard.joins().size(), 1u);
    // pandas 1.5: 109 Assen buurten of 2019 (ogrinfo COUNT(*) WHERE gm_code='GM0106'), of which 106
    // have a bu_code in buurten_2024.csv (merge how="left", indicator=True).
    EXPECT_EQ(wizard.joins().front().areaCount, 109u);
    EXPECT_EQ(wizard.joins().front().matched, 106u);
    EXPECT_EQ(wizard.joins().front().unmatchedAreas.size(), 3u);

    nextAndWait(wizard); // event files (none)
    wizard.next();
    auto* list = child<QTreeWidget>(wizard, "indicatorList");
    tick(*list, QStringLiteral("inkomenPerInwoner"), 1);
    tick(*list, QStringLiteral("crime_per1000_avg2021_2025"), 0);
    wizard.next();
    child<QLineEdit>(wizard, "recipePath")->setText(QString::fromStdString(dir.file("assen.bib.json")));
    wizard.accept();
    ASSERT_FALSE(wizard.recipePath().isEmpty());

    const test::RunResult run =
        test::runBib({"compose", dir.file("assen.bib.json"), "-o", dir.file("assen.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(test::readCsvById(dir.file("assen.csv")).size(), 109u);
}

TEST(VariableDictionary, matchesCbsKeysWithAndWithoutTheirPositionSuffix)
{
    app::VariableDictionary dictionary;
    dictionary.add("AantalInwoners_5", {"Aantal inwoners", "aantal"});
    ASSERT_NE(dictionary.find("aantalinwoners"), nullptr);
    EXPECT_EQ(dictionary.find("AantalInwoners_5")->label, "Aantal inwoners");
    EXPECT_EQ(dictionary.find("AantalInwoners")->unit, "aantal");
    EXPECT_EQ(dictionary.find("Inwoners"), nullptr);
}
