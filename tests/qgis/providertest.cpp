// SPDX-License-Identifier: GPL-3.0-or-later
// Every algorithm of the provider "bib" run through QgsApplication::processingRegistry() on the real
// Utrecht, Rotterdam and Assen data, compared with the `bib` command line on the same inputs (run as
// a separate process): the same golden cases, values equal to 1e-12 (relative, for values above 1)
// or files equal byte for byte. The CLI's own numbers are checked against R spdep 1.2-7 and
// surveillance in tests/cli and tests/unit; here the point is that QGIS's way in (a QGIS layer, a
// subset string, a selection) and out (a sink) changes nothing.
// nlohmann before any QGIS header: QGIS 3.22's headers bring an older nlohmann json_fwd.hpp of their own.
#include <nlohmann/json.hpp>

#include "providersupport.h"

#include <gtest/gtest.h>
#include <qgisplugin.h>
#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsmaplayerstore.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QLibrary>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

using namespace bib::qgistest;
using bib::test::readCsvById;
using bib::test::realData;
using bib::test::runBib;
using bib::test::TempDir;

TEST(QgisProvider, registersEveryDeclaredAlgorithm)
{
    const QgsProcessingProvider* provider =
        QgsApplication::processingRegistry()->providerById(QStringLiteral("bib"));
    ASSERT_NE(provider, nullptr);
    EXPECT_EQ(provider->name(), QStringLiteral("Buurt in Beeld"));
    for (const char* name : {"compositeindex", "compositeindexfields", "spatialweights", "moran", "lisa",
                             "gistar", "ebrate", "aggregateevents", "peaks", "disclosurecontrol"})
        EXPECT_NE(provider->algorithm(QLatin1String(name)), nullptr) << name;
}

TEST(QgisPlugin, libraryExportsTheEntryPointsAndNeverAddsASecondProvider)
{
    QLibrary library(QStringLiteral(BIB_QGIS_PLUGIN_LIBRARY));
    ASSERT_TRUE(library.load()) << library.errorString().toStdString();
    for (const char* symbol : {"classFactory", "name", "description", "category", "version", "type", "unload",
                               "bib_register_provider", "bib_unregister_provider"})
        EXPECT_NE(library.resolve(symbol), nullptr) << symbol;
    const auto type = reinterpret_cast<int (*)()>(library.resolve("type"));
    const auto name = reinterpret_cast<const QString* (*)()>(library.resolve("name"));
    ASSERT_TRUE(type && name);
    EXPECT_EQ(type(), QgisPlugin::UI);
    EXPECT_EQ(*name(), QStringLiteral("Buurt in Beeld"));

    // The provider of this test program is registered: neither the Python shim's entry point nor the
    // desktop plugin adds another, and unloading them leaves it alone.
    QgsProcessingRegistry* registry = QgsApplication::processingRegistry();
    const int providers = registry->providers().size();
    const auto registerProvider = reinterpret_cast<int (*)()>(library.resolve("bib_register_provider"));
    const auto unregisterProvider = reinterpret_cast<void (*)()>(library.resolve("bib_unregister_provider"));
    EXPECT_EQ(registerProvider(), 0);
    const auto factory = reinterpret_cast<QgisPlugin* (*)(QgisInterface*)>(library.resolve("classFactory"));
    const auto unload = reinterpret_cast<void (*)(QgisPlugin*)>(library.resolve("unload"));
    QgisPlugin* plugin = factory(nullptr);
    plugin->initGui();
    EXPECT_EQ(registry->providers().size(), providers);
    plugin->unload();
    unload(plugin);
    unregisterProvider();
    EXPECT_NE(registry->providerById(QStringLiteral("bib")), nullptr);
}

TEST(QgisProvider, lisaEqualsTheCommandLineOnUtrecht)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const auto cli = runBib({"lisa", buurten(), "--layer", "buurten", "--filter", kUtrechtFilter, "--id",
                             "bu_code", "--field", "bev_dichth", "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto results =
        runAlgorithm(QStringLiteral("lisa"),
                     statisticsParameters(utrechtLayerSource(), "bev_dichth", dir.file("qgis.gpkg")));
    const Rows qgis = readLayer(results.value(QStringLiteral("output")).toString(), "bu_code");
    // 109 of Utrecht's 111 buurten have a bev_dichth (ogrinfo: count(*) where gm_code = 'GM0344' and
    // bev_dichth is not null); the other two are left out on both sides.
    EXPECT_EQ(qgis.size(), 109u);
    EXPECT_EQ(expectSameValues(readCsvById(dir.file("cli.csv")), qgis,
                               {"I", "E_I", "Var_I", "Z_I", "p_norm", "p_sim", "cluster"}),
              109u * 7);
}

TEST(QgisProvider, lisaOutputOpensWithTheUsualClusterColours)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    runAlgorithm(QStringLiteral("lisa"),
                 statisticsParameters(utrechtLayerSource(), "bev_dichth", dir.file("styled.gpkg")));
    QgsVectorLayer layer(QString::fromStdString(dir.file("styled.gpkg")), QStringLiteral("styled"),
                         QStringLiteral("ogr"));
    ASSERT_TRUE(layer.isValid());
    bool loaded = false;
    const QString message = layer.loadDefaultStyle(loaded);
    ASSERT_TRUE(loaded) << message.toStdString();
    const auto* renderer = dynamic_cast<const QgsCategorizedSymbolRenderer*>(layer.renderer());
    ASSERT_NE(renderer, nullptr) << layer.renderer()->type().toStdString();
    EXPECT_EQ(renderer->classAttribute(), QStringLiteral("cluster"));
    std::map<std::string, QColor> colours;
    for (const auto& category : renderer->categories())
        colours[category.value().toString().toStdString()] = category.symbol()->color();
    // The issue's colours: HH red, LL blue, HL pink (light red), LH light blue, ns grey.
    const QColor hh = colours.at("HH"), ll = colours.at("LL"), hl = colours.at("HL"), lh = colours.at("LH"),
                 ns = colours.at("ns");
    EXPECT_TRUE(hh.red() > 180 && hh.green() < 80 && hh.blue() < 80) << hh.name().toStdString();
    EXPECT_TRUE(ll.blue() > 150 && ll.red() < 80) << ll.name().toStdString();
    EXPECT_TRUE(hl.red() > 200 && hl.green() > 120 && hl.blue() > 100 && hl.red() > hl.blue())
        << hl.name().toStdString();
    EXPECT_TRUE(lh.blue() > 200 && lh.red() > 120 && lh.blue() > lh.red()) << lh.name().toStdString();
    EXPECT_TRUE(std::abs(ns.red() - ns.blue()) < 10 && std::abs(ns.red() - ns.green()) < 10 && ns.red() > 180)
        << ns.name().toStdString();
}

TEST(QgisProvider, lisaLayerLoadedIntoAProjectGetsTheClusterStyle)
{
    // What the Processing dialog does with a result it loads: the layer's post-processor styles it.
    REQUIRE_REAL_DATA();
    QgsProject project;
    QgsProcessingContext context;
    context.setProject(&project);
    QgsProcessingFeedback feedback;
    QgsProcessingOutputLayerDefinition output(QStringLiteral("memory:"), &project);
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "woz", "");
    parameters.insert(QStringLiteral("output"), QVariant::fromValue(output));
    const auto results = runAlgorithm(QStringLiteral("lisa"), parameters, context, feedback);
    const QString id = results.value(QStringLiteral("output")).toString();
    ASSERT_TRUE(context.willLoadLayerOnCompletion(id));
    QgsProcessingLayerPostProcessorInterface* postProcessor =
        context.layerToLoadOnCompletionDetails(id).postProcessor();
    ASSERT_NE(postProcessor, nullptr);
    QgsMapLayer* layer = QgsProcessingUtils::mapLayerFromString(id, context);
    ASSERT_NE(layer, nullptr);
    postProcessor->postProcessLayer(layer, context, &feedback);
    const auto* renderer =
        dynamic_cast<const QgsCategorizedSymbolRenderer*>(qobject_cast<QgsVectorLayer*>(layer)->renderer());
    ASSERT_NE(renderer, nullptr);
    EXPECT_EQ(renderer->classAttribute(), QStringLiteral("cluster"));
    EXPECT_EQ(renderer->categories().size(), 5);
}

TEST(QgisProvider, lisaHonoursSelectedFeaturesOnly)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const auto cli =
        runBib({"lisa", buurten(), "--layer", "buurten", "--filter", "gm_code = 'GM0599'", "--id", "bu_code",
                "--field", "woz", "--weights", "rook", "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    auto* layer = new QgsVectorLayer(QString::fromStdString(buurten()) + QStringLiteral("|layername=buurten"),
                                     QStringLiteral("buurten"), QStringLiteral("ogr"));
    ASSERT_TRUE(layer->isValid());
    layer->selectByExpression(QStringLiteral("\"gm_code\" = 'GM0599'"));
    ASSERT_EQ(layer->selectedFeatureCount(), 92);
    QgsProcessingContext context;
    context.temporaryLayerStore()->addMapLayer(layer);
    QgsProcessingFeedback feedback;
    QVariantMap parameters =
        statisticsParameters(QVariant::fromValue(QgsProcessingFeatureSourceDefinition(layer->id(), true)),
                             "woz", dir.file("qgis.gpkg"));
    parameters.insert(QStringLiteral("weights"), QStringLiteral("rook"));
    const auto results = runAlgorithm(QStringLiteral("lisa"), parameters, context, feedback);
    const auto expected = readCsvById(dir.file("cli.csv"));
    const Rows qgis = readLayer(results.value(QStringLiteral("output")).toString(), "bu_code");
    EXPECT_EQ(expectSameValues(expected, qgis, {"I", "Z_I", "p_sim", "cluster"}), expected.size() * 4);
}

TEST(QgisProvider, giStarWithNearestNeighboursEqualsTheCommandLine)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const auto cli = runBib({"gistar", buurten(), "--layer", "buurten", "--filter", kUtrechtFilter, "--id",
                             "bu_code", "--field", "misdr_p1000", "--weights", "knn:6", "--permutations",
                             "199", "--seed", "7", "--fdr", "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "misdr_p1000", dir.file("qgis.gpkg"));
    parameters.insert(QStringLiteral("weights"), QStringLiteral("knn:6"));
    parameters.insert(QStringLiteral("permutations"), 199);
    parameters.insert(QStringLiteral("seed"), 7);
    parameters.insert(QStringLiteral("adjustment"), 1); // fdr
    const auto results = runAlgorithm(QStringLiteral("gistar"), parameters);
    const auto expected = readCsvById(dir.file("cli.csv"));
    EXPECT_GT(expected.size(), 100u); // buurten without a crime rate are left out on both sides
    EXPECT_EQ(expectSameValues(expected,
                               readLayer(results.value(QStringLiteral("output")).toString(), "bu_code"),
                               {"Z", "p_norm", "p_sim", "cluster"}),
              expected.size() * 4);
}

TEST(QgisProvider, spatialWeightsEqualTheCommandLine)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const auto cli = runBib({"weights", buurten(), "--layer", "buurten", "--filter", kUtrechtFilter, "--id",
                             "bu_code", "--weights", "inverse:2000:2", "-o", dir.file("cli.gwt")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "", dir.file("qgis.gwt"));
    parameters.remove(QStringLiteral("field"));
    parameters.insert(QStringLiteral("weights"), QStringLiteral("inverse:2000:2"));
    runAlgorithm(QStringLiteral("spatialweights"), parameters);
    // The first line names the layer as each side calls it; every link after it is the same.
    auto links = [](const std::string& text) { return text.substr(text.find('\n') + 1); };
    const std::string expected = links(bib::test::readFile(dir.file("cli.gwt")));
    EXPECT_GT(std::count(expected.begin(), expected.end(), '\n'), 500);
    EXPECT_TRUE(links(bib::test::readFile(dir.file("qgis.gwt"))) == expected);
}

TEST(QgisProvider, moranEqualsTheCommandLine)
{
    REQUIRE_REAL_DATA();
    const auto cli = runBib({"--json", "moran", buurten(), "--layer", "buurten", "--filter", kUtrechtFilter,
                             "--id", "bu_code", "--field", "p_koopwon", "--permutations", "499"});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto expected = nlohmann::json::parse(cli.out);
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "p_koopwon", "");
    parameters.remove(QStringLiteral("output"));
    parameters.insert(QStringLiteral("permutations"), 499);
    const auto results = runAlgorithm(QStringLiteral("moran"), parameters);
    for (const char* key : {"I", "E_I", "Var_I", "Z_I", "p_norm", "p_sim"}) {
        const double want = expected.at(key).get<double>();
        EXPECT_NEAR(results.value(QLatin1String(key)).toDouble(), want,
                    1e-12 * std::max(1.0, std::fabs(want)))
            << key;
    }
}

TEST(QgisProvider, localEmpiricalBayesRatesEqualTheCommandLine)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const auto cli = runBib({"ebrate", buurten(), "--layer", "buurten", "--filter", kUtrechtFilter, "--id",
                             "bu_code", "--events", "misdr_2024", "--population", "aant_inw", "--local",
                             "--per", "1000", "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "", dir.file("qgis.gpkg"));
    parameters.remove(QStringLiteral("field"));
    parameters.insert(QStringLiteral("events"), QStringLiteral("misdr_2024"));
    parameters.insert(QStringLiteral("population"), QStringLiteral("aant_inw"));
    parameters.insert(QStringLiteral("local"), true);
    parameters.insert(QStringLiteral("per"), 1000.0);
    const auto results = runAlgorithm(QStringLiteral("ebrate"), parameters);
    const auto expected = readCsvById(dir.file("cli.csv"));
    EXPECT_EQ(expectSameValues(expected,
                               readLayer(results.value(QStringLiteral("output")).toString(), "bu_code"),
                               {"raw", "eb"}),
              expected.size() * 2);
}

TEST(QgisProvider, compositeIndexOfTheGoldenRecipeEqualsTheCommandLine)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    std::string recipe =
        bib::test::readFile(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/recipe.bib.json");
    for (auto pos = recipe.find("{REAL}"); pos != std::string::npos; pos = recipe.find("{REAL}"))
        recipe.replace(pos, 6, BIB_REAL_DATA_DIR);
    bib::test::writeFile(dir.file("recipe.bib.json"), recipe);
    const auto cli = runBib({"compose", dir.file("recipe.bib.json"), "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto results =
        runAlgorithm(QStringLiteral("compositeindex"),
                     {{QStringLiteral("recipe"), QString::fromStdString(dir.file("recipe.bib.json"))},
                      {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.gpkg"))}});
    const auto expected = readCsvById(dir.file("cli.csv"));
    ASSERT_EQ(expected.size(), 111u);
    std::vector<std::string> columns;
    for (const auto& [column, value] : expected.begin()->second)
        if (column.rfind("n_", 0) == 0 || column.rfind("c_", 0) == 0 || column.rfind("d_", 0) == 0)
            columns.push_back(column);
    EXPECT_GE(columns.size(), 13u); // 5 indicators × n_ and c_, 3 domains
    for (const char* column : {"index", "rank", "class", "drivers"})
        columns.emplace_back(column);
    const Rows qgis = readLayer(results.value(QStringLiteral("output")).toString(), "bu_code");
    EXPECT_EQ(expectSameValues(expected, qgis, columns), 111u * columns.size());

    QgsVectorLayer layer(results.value(QStringLiteral("output")).toString(), QStringLiteral("index"),
                         QStringLiteral("ogr"));
    bool loaded = false;
    layer.loadDefaultStyle(loaded);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(layer.renderer()->type(), QStringLiteral("graduatedSymbol"));
}

/// Aggregates the Assen meldingen per buurt and ISO week with `bib aggregate` into `path`.
bib::test::RunResult aggregateAssenWithTheCli(const std::string& path)
{
    return runBib({"aggregate",      assen(),     "--layer",  "buurten_2019_assen",
                   "--id",           "bu_code",   "--events", assen(),
                   "--events-layer", "meldingen", "--time",   "created_at",
                   "--category",     "category",  "--period", "week",
                   "--per1000",      "aant_inw",  "-o",       path});
}

TEST(QgisProvider, aggregateEventsEqualsTheCommandLineOnAssen)
{
    if (assen().empty())
        GTEST_SKIP() << "no real data folder";
    TempDir dir;
    const auto cli = aggregateAssenWithTheCli(dir.file("cli.csv"));
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto results =
        runAlgorithm(QStringLiteral("aggregateevents"),
                     {{QStringLiteral("input"),
                       QString::fromStdString(assen()) + QStringLiteral("|layername=buurten_2019_assen")},
                      {QStringLiteral("id"), QStringLiteral("bu_code")},
                      {QStringLiteral("events"), QString::fromStdString(assen())},
                      {QStringLiteral("events_layer"), QStringLiteral("meldingen")},
                      {QStringLiteral("time"), QStringLiteral("created_at")},
                      {QStringLiteral("category"), QStringLiteral("category")},
                      {QStringLiteral("period"), 1}, // week
                      {QStringLiteral("per1000"), QStringLiteral("aant_inw")},
                      {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.csv"))}});
    EXPECT_EQ(results.value(QStringLiteral("output")).toString().toStdString(), dir.file("qgis.csv"));
    const std::string expected = bib::test::readFile(dir.file("cli.csv"));
    EXPECT_GT(expected.size(), 10000u); // 109 buurten × weeks × categories
    expectSameFile(dir.file("qgis.csv"), dir.file("cli.csv"));
}

TEST(QgisProvider, aggregateEventsFromAQgisPointLayerEqualsTheCommandLine)
{
    // The same 3 024 Assen meldingen as a CSV with lon/lat: read by `bib aggregate` as a file, and in
    // QGIS as a delimited-text point layer (all fields text, so the times are the same strings).
    const std::string csv = realData("assen-signalen-meldingen/assen_signalen_meldingen.csv");
    if (assen().empty() || csv.empty())
        GTEST_SKIP() << "no real data folder";
    TempDir dir;
    const auto cli = runBib({"aggregate",  assen(),
                             "--layer",    "buurten_2019_assen",
                             "--id",       "bu_code",
                             "--events",   csv,
                             "--lon",      "lon",
                             "--lat",      "lat",
                             "--time",     "created_at",
                             "--category", "category",
                             "--period",   "week",
                             "--per1000",  "aant_inw",
                             "-o",         dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    auto* points =
        new QgsVectorLayer(QStringLiteral("file://") + QString::fromStdString(csv) +
                               QStringLiteral("?type=csv&delimiter=,&xField=lon&yField=lat&crs=EPSG:4326"
                                              "&detectTypes=no&geomType=point"),
                           QStringLiteral("meldingen"), QStringLiteral("delimitedtext"));
    ASSERT_TRUE(points->isValid());
    ASSERT_EQ(points->featureCount(), 3024);
    QgsProcessingContext context;
    context.temporaryLayerStore()->addMapLayer(points);
    QgsProcessingFeedback feedback;
    runAlgorithm(QStringLiteral("aggregateevents"),
                 {{QStringLiteral("input"),
                   QString::fromStdString(assen()) + QStringLiteral("|layername=buurten_2019_assen")},
                  {QStringLiteral("id"), QStringLiteral("bu_code")},
                  {QStringLiteral("event_points"), points->id()},
                  {QStringLiteral("time"), QStringLiteral("created_at")},
                  {QStringLiteral("category"), QStringLiteral("category")},
                  {QStringLiteral("period"), 1}, // week
                  {QStringLiteral("per1000"), QStringLiteral("aant_inw")},
                  {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.csv"))}},
                 context, feedback);
    expectSameFile(dir.file("qgis.csv"), dir.file("cli.csv"));
}

TEST(QgisProvider, peaksEqualTheCommandLineOnAssenWeeks)
{
    if (assen().empty())
        GTEST_SKIP() << "no real data folder";
    TempDir dir;
    ASSERT_EQ(aggregateAssenWithTheCli(dir.file("weeks.csv")).exitCode, 0);
    const auto cli = runBib({"--json", "peaks", dir.file("weeks.csv"), "--method", "ears-c2", "--min-count",
                             "3", "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto results = runAlgorithm(
        QStringLiteral("peaks"), {{QStringLiteral("counts"), QString::fromStdString(dir.file("weeks.csv"))},
                                  {QStringLiteral("method"), 1}, // ears-c2
                                  {QStringLiteral("min_count"), 3.0},
                                  {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.csv"))}});
    expectSameFile(dir.file("qgis.csv"), dir.file("cli.csv"));
    EXPECT_EQ(results.value(QStringLiteral("alarms")).toULongLong(),
              nlohmann::json::parse(cli.out).at("current_alarms").size());
}

TEST(QgisProvider, disclosureControlEqualsTheCommandLine)
{
    TempDir dir;
    for (const char* file : {"recipe.bib.json", "areas.geojson", "table.csv"})
        bib::test::writeFile(dir.file(file),
                             bib::test::readFile(bib::test::testData(std::string("export/") + file)));
    const auto cli = runBib({"export", dir.file("recipe.bib.json"), "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    runAlgorithm(QStringLiteral("disclosurecontrol"),
                 {{QStringLiteral("recipe"), QString::fromStdString(dir.file("recipe.bib.json"))},
                  {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.csv"))}});
    const std::string expected = bib::test::readFile(dir.file("cli.csv"));
    EXPECT_NE(expected.find("onderdrukt"), std::string::npos); // the fixture withholds something
    expectSameFile(dir.file("qgis.csv"), dir.file("cli.csv"));

    runAlgorithm(QStringLiteral("disclosurecontrol"),
                 {{QStringLiteral("recipe"), QString::fromStdString(dir.file("recipe.bib.json"))},
                  {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.gpkg"))}});
    QgsVectorLayer layer(QString::fromStdString(dir.file("qgis.gpkg")), QStringLiteral("export"),
                         QStringLiteral("ogr"));
    ASSERT_TRUE(layer.isValid());
    bool loaded = false;
    layer.loadDefaultStyle(loaded);
    EXPECT_TRUE(loaded);
    EXPECT_EQ(layer.renderer()->type(), QStringLiteral("graduatedSymbol"));
}

TEST(QgisProvider, compositeIndexFromFieldsEqualsTheCommandLineWithTheSameRecipe)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    // The recipe a user would write for the same settings, run by `bib compose`.
    bib::test::writeFile(dir.file("recipe.bib.json"), R"({"bib_recipe": 1, "areas": {"path": ")" + buurten() +
                                                          R"(", "layer": "buurten", "id": "bu_code",
        "filter": "gm_code = 'GM0344'"},
      "indicators": [{"field": "woz", "direction": "negative", "normalisation": "minmax"},
                     {"field": "p_koopwon", "direction": "negative", "normalisation": "minmax"},
                     {"field": "misdr_p1000", "weight": 2, "normalisation": "minmax"}],
      "missing": "reweight", "classification": {"method": "jenks", "classes": 4}})");
    const auto cli = runBib({"compose", dir.file("recipe.bib.json"), "-o", dir.file("cli.csv")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    const auto results = runAlgorithm(
        QStringLiteral("compositeindexfields"),
        {{QStringLiteral("input"), utrechtLayerSource()},
         {QStringLiteral("id"), QStringLiteral("bu_code")},
         {QStringLiteral("fields"),
          QStringList{QStringLiteral("woz"), QStringLiteral("p_koopwon"), QStringLiteral("misdr_p1000")}},
         {QStringLiteral("directions"), QStringLiteral("-, -, +")},
         {QStringLiteral("indicator_weights"), QStringLiteral("1,1,2")},
         {QStringLiteral("normalisation"), 1},  // minmax
         {QStringLiteral("missing"), 3},        // reweight
         {QStringLiteral("classification"), 2}, // jenks
         {QStringLiteral("classes"), 4},
         {QStringLiteral("output"), QString::fromStdString(dir.file("qgis.gpkg"))}});
    const auto expected = readCsvById(dir.file("cli.csv"));
    ASSERT_EQ(expected.size(), 111u);
    const std::vector<std::string> columns = {"n_woz",         "c_woz",         "n_p_koopwon", "c_p_koopwon",
                                              "n_misdr_p1000", "c_misdr_p1000", "index",       "rank",
                                              "class",         "drivers"};
    EXPECT_EQ(expectSameValues(expected,
                               readLayer(results.value(QStringLiteral("output")).toString(), "bu_code"),
                               columns),
              111u * columns.size());
}

} // namespace
