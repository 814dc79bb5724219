// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's event-file step driven through its widgets offscreen. The reference for the columns
// it derives is `bib compose` (the real executable) on a recipe written by hand in this file, not by
// the wizard: both recipes must give the same event columns for every buurt.
#include "guitestsupport.h"
#include "index/recipe.h"
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "testsupport.h"
#include "wizardpages.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>

#include <cstdlib>
#include <filesystem>

using namespace bib;

namespace {

const std::string kDemo = BIB_DEMO_DATA_DIR;

template <typename Widget> Widget* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void waitForRunner(app::NewAnalysisWizard& wizard)
{
    if (wizard.taskRunner()->busy()) {
        ASSERT_TRUE(test::waitFor(wizard.taskRunner(), &app::TaskRunner::finished));
    }
}

void nextAndWait(app::NewAnalysisWizard& wizard)
{
    wizard.next();
    waitForRunner(wizard);
}

/// Through the first three steps with the demo's buurten and indicatoren.csv, to the events page.
void toEventsPage(app::NewAnalysisWizard& wizard)
{
    wizard.restart();
    child<QLineEdit>(wizard, "areaSource")->setText(QString::fromStdString(kDemo + "/voorbeeldstad.gpkg"));
    auto* layer = child<QComboBox>(wizard, "areaLayer");
    layer->setCurrentIndex(layer->findText(QStringLiteral("buurten")));
    nextAndWait(wizard); // municipality
    nextAndWait(wizard); // tables
    child<QLineEdit>(wizard, "tablePath")->setText(QString::fromStdString(kDemo + "/indicatoren.csv"));
    child<QPushButton>(wizard, "addTable")->click();
    ASSERT_TRUE(test::waitFor(&wizard, &app::NewAnalysisWizard::dataChanged));
    nextAndWait(wizard); // events
    ASSERT_EQ(wizard.currentId(), app::NewAnalysisWizard::EventsPage);
}

/// Chooses meldingen.csv on the events page and waits for its preview.
void chooseMeldingen(app::NewAnalysisWizard& wizard)
{
    child<QLineEdit>(wizard, "eventPath")->setText(QString::fromStdString(kDemo + "/meldingen.csv"));
    waitForRunner(wizard);
}

void tick(QTreeWidget& list, const QString& field)
{
    const QList<QTreeWidgetItem*> items = list.findItems(field, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1) << field.toStdString();
    items.front()->setCheckState(0, Qt::Checked);
}

std::string screenshotFolder()
{
    const char* folder = std::getenv("BIB_SCREENSHOT_DIR");
    return folder ? std::string(folder) : std::string();
}

} // namespace

TEST(WizardEvents, previewGuessesTheFieldsOfTheDemoReports)
{
    app::NewAnalysisWizard wizard;
    toEventsPage(wizard);
    chooseMeldingen(wizard);
    auto* preview = child<QTableWidget>(wizard, "eventPreview");
    // meldingen.csv: header id;tijdstip;categorie;x;y and 3,773 rows (wc -l = 3774): the first 10.
    ASSERT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("tijdstip"));
    ASSERT_EQ(preview->rowCount(), 10);
    // Row 1 of the file (head -2): 1;2024-01-02T01:13:00+01:00;"geluidsoverlast";151771;444228.
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("2024-01-02T01:13:00+01:00"));
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("geluidsoverlast"));
    EXPECT_EQ(preview->item(0, 4)->text(), QStringLiteral("444228"));
    EXPECT_EQ(child<QComboBox>(wizard, "eventLocator")->currentData().toString(), QStringLiteral("xy"));
    EXPECT_EQ(child<QComboBox>(wizard, "eventFirstField")->currentText(), QStringLiteral("x"));
    EXPECT_EQ(child<QComboBox>(wizard, "eventSecondField")->currentText(), QStringLiteral("y"));
    EXPECT_EQ(child<QComboBox>(wizard, "eventTimeField")->currentText(), QStringLiteral("tijdstip"));
    EXPECT_EQ(child<QLineEdit>(wizard, "eventCountName")->text(), QStringLiteral("meldingen_aantal"));

    // A picture of the page for the report (only when asked for).
    if (const std::string folder = screenshotFolder(); !folder.empty()) {
        wizard.resize(900, 760);
        wizard.show();
        QCoreApplication::processEvents();
        EXPECT_TRUE(wizard.grab().toImage().save(QString::fromStdString(folder + "/wizard-events-page.png")));
    }
}

TEST(WizardEvents, saysWhatIsWrongAndKeepsNoFileThatCannotBeCounted)
{
    app::NewAnalysisWizard wizard;
    toEventsPage(wizard);
    chooseMeldingen(wizard);
    auto* error = child<QLabel>(wizard, "eventError");
    auto* add = child<QPushButton>(wizard, "addEvents");

    child<QLineEdit>(wizard, "eventEnd")->setText(QStringLiteral("28-12-2025"));
    add->click();
    EXPECT_TRUE(error->text().contains(QStringLiteral("ISO date"))) << error->text().toStdString();
    EXPECT_TRUE(wizard.draft().events.empty());
    child<QLineEdit>(wizard, "eventEnd")->setText(QStringLiteral("2025-12-28"));

    // A category no report has: the core's error names it, and the file is not kept.
    auto* categoryField = child<QComboBox>(wizard, "eventCategoryField");
    categoryField->setCurrentIndex(categoryField->findText(QStringLiteral("categorie")));
    child<QLineEdit>(wizard, "eventCategories")->setText(QStringLiteral("straatraces"));
    add->click();
    waitForRunner(wizard);
    waitForRunner(wizard); // the reload without the file
    EXPECT_TRUE(error->text().contains(QStringLiteral("straatraces"))) << error->text().toStdString();
    EXPECT_TRUE(wizard.draft().events.empty());
    EXPECT_EQ(child<QListWidget>(wizard, "eventList")->count(), 0);
}

TEST(WizardEvents, buildsARecipeWhoseEventColumnsEqualAHandWrittenOne)
{
    test::TempDir dir;
    app::NewAnalysisWizard wizard;
    toEventsPage(wizard);
    chooseMeldingen(wizard);
    auto* categoryField = child<QComboBox>(wizard, "eventCategoryField");
    categoryField->setCurrentIndex(categoryField->findText(QStringLiteral("categorie")));
    child<QLineEdit>(wizard, "eventCategories")->setText(QStringLiteral("jeugdoverlast"));
    child<QLineEdit>(wizard, "eventEnd")->setText(QStringLiteral("2025-12-28"));
    child<QSpinBox>(wizard, "eventCountPeriods")->setValue(12);
    child<QCheckBox>(wizard, "eventSignal")->setChecked(true);
    child<QCheckBox>(wizard, "eventAlarm")->setChecked(true);
    child<QPushButton>(wizard, "addEvents")->click();
    ASSERT_TRUE(test::waitFor(&wizard, &app::NewAnalysisWizard::dataChanged));
    ASSERT_EQ(wizard.draft().events.size(), 1u);
    ASSERT_EQ(wizard.eventReports().size(), 1u);
    EXPECT_EQ(child<QListWidget>(wizard, "eventList")->count(), 1);
    // 1,425 of the reports are "jeugdoverlast" (cut -d';' -f3 | sort | uniq -c); some fall after
    // the reference week or outside the buurten, so at most that many are counted.
    EXPECT_GT(wizard.eventReports().front().counted, 0u);
    EXPECT_LE(wizard.eventReports().front().counted, 1425u);
    EXPECT_FALSE(child<QPlainTextEdit>(wizard, "eventReport")->toPlainText().isEmpty());

    wizard.next(); // indicators
    ASSERT_EQ(wizard.currentId(), app::NewAnalysisWizard::IndicatorsPage);
    auto* list = child<QTreeWidget>(wizard, "indicatorList");
    tick(*list, QStringLiteral("aandeel_bijstand"));
    tick(*list, QStringLiteral("meldingen_aantal"));
    tick(*list, QStringLiteral("meldingen_signaal"));
    wizard.next(); // save
    child<QLineEdit>(wizard, "recipePath")->setText(QString::fromStdString(dir.file("wizard.bib.json")));
    wizard.accept();
    ASSERT_FALSE(wizard.recipePath().isEmpty());

    // The same source written by hand (docs/recipe.md, "Events").
    test::writeFile(dir.file("hand.bib.json"),
                    R"({
  "bib_recipe": 1, "name": "hand",
  "areas": {"path": ")" +
                        kDemo +
                        R"(/voorbeeldstad.gpkg", "layer": "buurten", "id": "bu_code", "name": "bu_naam"},
  "tables": [{"path": ")" +
                        kDemo + R"(/indicatoren.csv", "id": "bu_code"}],
  "events": [{"path": ")" +
                        kDemo + R"(/meldingen.csv", "x": "x", "y": "y", "crs": "EPSG:28992",
              "time": "tijdstip", "category": "categorie", "categories": ["jeugdoverlast"],
              "period": "week", "end": "2025-12-28",
              "columns": [{"name": "meldingen_aantal", "measure": "count", "periods": 12},
                          {"name": "meldingen_signaal", "measure": "signal"},
                          {"name": "meldingen_alarm", "measure": "alarm"}]}],
  "indicators": [{"field": "aandeel_bijstand"}, {"field": "meldingen_aantal"}, {"field": "meldingen_signaal"}]
})");
    const test::RunResult fromWizard =
        test::runBib({"compose", dir.file("wizard.bib.json"), "-o", dir.file("wizard.csv")});
    ASSERT_EQ(fromWizard.exitCode, 0) << fromWizard.err;
    const test::RunResult byHand =
        test::runBib({"compose", dir.file("hand.bib.json"), "-o", dir.file("hand.csv")});
    ASSERT_EQ(byHand.exitCode, 0) << byHand.err;
    const auto wizardRows = test::readCsvById(dir.file("wizard.csv"));
    const auto handRows = test::readCsvById(dir.file("hand.csv"));
    ASSERT_EQ(wizardRows.size(), 120u);
    ASSERT_EQ(handRows.size(), 120u);
    std::size_t nonZero = 0;
    for (const auto& [id, hand] : handRows) {
        ASSERT_TRUE(wizardRows.count(id)) << id;
        for (const char* column : {"meldingen_aantal", "meldingen_signaal", "meldingen_alarm"}) {
            ASSERT_TRUE(hand.count(column)) << column;
            EXPECT_EQ(wizardRows.at(id).at(column), hand.at(column)) << id << " " << column;
        }
        nonZero += hand.at("meldingen_aantal") != "0" && !hand.at("meldingen_aantal").empty() ? 1 : 0;
    }
    EXPECT_GT(nonZero, 0u) << "the comparison would hold for an empty column too";
}
