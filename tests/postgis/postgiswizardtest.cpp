// SPDX-License-Identifier: GPL-3.0-or-later
// The "Nieuwe analyse" wizard's PostGIS branch against a real server: the demo's buurten are
// copied into PostGIS with ogr2ogr, the wizard reads them through a "PG:" connection string (the
// layers, the municipality values, the join of a table and an event file) and the recipe it writes
// must be one that `bib compose` runs with the same 120 buurten as the GeoPackage they came from
// (ogrinfo voorbeeldstad.gpkg buurten: Feature Count 120). The server is the ctest fixture
// postgis.startServer; run with `ctest -L postgis`.
#include "guitestsupport.h"
#include "index/recipe.h"
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

using namespace bib;

namespace {

const std::string kDemo = BIB_DEMO_DATA_DIR;

std::map<std::string, std::string> readServerSettings()
{
    std::ifstream in(BIB_POSTGIS_CONNECTION_FILE);
    std::map<std::string, std::string> values;
    for (std::string line; std::getline(in, line);) {
        const auto equals = line.find('=');
        if (equals != std::string::npos)
            values[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return values;
}

std::string shellQuote(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

template <typename Widget> Widget* child(const QObject& parent, const char* name)
{
    auto* widget = parent.findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void waitForRunner(app::NewAnalysisWizard& wizard)
{
    if (wizard.taskRunner()->busy()) {
        ASSERT_TRUE(test::waitFor(wizard.taskRunner(), &app::TaskRunner::finished, 120000));
    }
}

void nextAndWait(app::NewAnalysisWizard& wizard)
{
    wizard.next();
    waitForRunner(wizard);
}

void tick(QTreeWidget& list, const QString& field)
{
    const QList<QTreeWidgetItem*> items = list.findItems(field, Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1) << field.toStdString();
    items.front()->setCheckState(0, Qt::Checked);
}

} // namespace

TEST(PostgisWizard, buildsARecipeOnAPostgisLayerThatBibComposeRuns)
{
    const auto settings = readServerSettings();
    if (!settings.count("BIB_PG_PORT"))
        FAIL() << "no server parameters in " << BIB_POSTGIS_CONNECTION_FILE
               << ": the ctest fixture postgis.startServer starts the server; run with ctest -L postgis";
    // The owner loads the table; the analyst reads it with the reader's login (SELECT only).
    const std::string owner =
        "PG:host=" + settings.at("BIB_PG_HOST") + " port=" + settings.at("BIB_PG_PORT") +
        " dbname=" + settings.at("BIB_PG_DBNAME") + " user=" + settings.at("BIB_PG_USER");
    const std::string reader =
        "PG:host=" + settings.at("BIB_PG_HOST") + " port=" + settings.at("BIB_PG_PORT") +
        " dbname=" + settings.at("BIB_PG_DBNAME") + " user=" + settings.at("BIB_PG_PASSWORD_USER") +
        " password=" + settings.at("BIB_PG_PASSWORD") + " tables=wizard_buurten";
    test::TempDir dir;
    const std::string log = dir.file("ogr2ogr.txt");
    const std::string command = shellQuote(BIB_OGR2OGR) + " -f PostgreSQL " + shellQuote(owner) + " " +
                                shellQuote(kDemo + "/voorbeeldstad.gpkg") +
                                " buurten -nln wizard_buurten -overwrite -lco GEOMETRY_NAME=geom >" +
                                shellQuote(log) + " 2>&1";
    const int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << test::readFile(log);

    app::NewAnalysisWizard wizard;
    wizard.restart();
    child<QLineEdit>(wizard, "areaSource")->setText(QString::fromStdString(reader));
    // A connection string is read on request only.
    QPushButton* read = nullptr;
    for (QPushButton* button : wizard.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("&Read layers"))
            read = button;
    ASSERT_NE(read, nullptr);
    read->click();
    auto* layer = child<QComboBox>(wizard, "areaLayer");
    ASSERT_GE(layer->findText(QStringLiteral("wizard_buurten")), 0);
    layer->setCurrentIndex(layer->findText(QStringLiteral("wizard_buurten")));
    EXPECT_EQ(child<QComboBox>(wizard, "areaIdField")->currentText(), QStringLiteral("bu_code"));

    nextAndWait(wizard); // municipality, read from the server
    auto* value = child<QComboBox>(wizard, "filterValue");
    // The demo town is one municipality: GM9999 (ogrinfo: COUNT(DISTINCT gm_code) = 1).
    ASSERT_EQ(value->count(), 1);
    EXPECT_TRUE(value->itemText(0).startsWith(QStringLiteral("GM9999")));

    nextAndWait(wizard); // tables
    child<QLineEdit>(wizard, "tablePath")->setText(QString::fromStdString(kDemo + "/indicatoren.csv"));
    child<QPushButton>(wizard, "addTable")->click();
    ASSERT_TRUE(test::waitFor(&wizard, &app::NewAnalysisWizard::dataChanged, 120000));
    ASSERT_EQ(wizard.joins().size(), 1u);
    EXPECT_EQ(wizard.joins().front().matched, 120u);

    nextAndWait(wizard); // events: the demo's reports, counted in the PostGIS buurten
    child<QLineEdit>(wizard, "eventPath")->setText(QString::fromStdString(kDemo + "/meldingen.csv"));
    waitForRunner(wizard);
    child<QLineEdit>(wizard, "eventEnd")->setText(QStringLiteral("2025-12-28"));
    child<QPushButton>(wizard, "addEvents")->click();
    ASSERT_TRUE(test::waitFor(&wizard, &app::NewAnalysisWizard::dataChanged, 120000));
    ASSERT_EQ(wizard.eventReports().size(), 1u);

    wizard.next(); // indicators
    auto* list = child<QTreeWidget>(wizard, "indicatorList");
    tick(*list, QStringLiteral("aandeel_bijstand"));
    tick(*list, QStringLiteral("meldingen_aantal"));
    wizard.next(); // save
    child<QLineEdit>(wizard, "recipePath")->setText(QString::fromStdString(dir.file("pg.bib.json")));
    wizard.accept();
    ASSERT_FALSE(wizard.recipePath().isEmpty());
    const core::Recipe recipe = core::readRecipe(dir.file("pg.bib.json"));
    EXPECT_EQ(recipe.areas.path.rfind("PG:", 0), 0u) << recipe.areas.path;

    const test::RunResult run = test::runBib({"compose", dir.file("pg.bib.json"), "-o", dir.file("pg.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto rows = test::readCsvById(dir.file("pg.csv"));
    EXPECT_EQ(rows.size(), 120u);
    ASSERT_TRUE(rows.count("BU99990101"));
    EXPECT_FALSE(rows.at("BU99990101").at("index").empty());
}
