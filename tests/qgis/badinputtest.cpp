// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input inside QGIS ends in a QgsProcessingException whose message names what is wrong, never
// a crash; QGIS's Cancel stops a run.
#include "providersupport.h"

#include <gtest/gtest.h>
#include <qgsmaplayerstore.h>
#include <qgsvectorlayer.h>

#include <filesystem>

namespace {

using namespace bib::qgistest;
using bib::test::TempDir;

TEST(QgisProviderBadInput, peaksOnAMissingCountTableNameTheFile)
{
    TempDir dir;
    const std::string message = failure(
        QStringLiteral("peaks"), {{QStringLiteral("counts"), QString::fromStdString(dir.file("weg.csv"))},
                                  {QStringLiteral("output"), QString::fromStdString(dir.file("out.csv"))}});
    EXPECT_NE(message.find("weg.csv"), std::string::npos) << message;
}

TEST(QgisProviderBadInput, compositeIndexFromFieldsNamesAWrongDirection)
{
    REQUIRE_REAL_DATA();
    const std::string message = failure(QStringLiteral("compositeindexfields"),
                                        {{QStringLiteral("input"), utrechtLayerSource()},
                                         {QStringLiteral("id"), QStringLiteral("bu_code")},
                                         {QStringLiteral("fields"), QStringList{QStringLiteral("woz")}},
                                         {QStringLiteral("directions"), QStringLiteral("up")},
                                         {QStringLiteral("output"), QStringLiteral("memory:")}});
    EXPECT_NE(message.find("up"), std::string::npos) << message;
}

TEST(QgisProviderBadInput, textFieldIsNamedAsNotNumeric)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    const std::string message = failure(
        QStringLiteral("lisa"), statisticsParameters(utrechtLayerSource(), "bu_naam", dir.file("out.gpkg")));
    EXPECT_NE(message.find("'bu_naam' is not numeric"), std::string::npos) << message;
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.gpkg")));
}

TEST(QgisProviderBadInput, emptyLayerIsNamed)
{
    auto* layer =
        new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:28992&field=code:string&field=x:double"),
                           QStringLiteral("leeg"), QStringLiteral("memory"));
    ASSERT_TRUE(layer->isValid());
    QgsProcessingContext context;
    context.temporaryLayerStore()->addMapLayer(layer);
    QgsProcessingFeedback feedback;
    QVariantMap parameters = statisticsParameters(layer->id(), "x", "memory:");
    parameters.insert(QStringLiteral("id"), QStringLiteral("code"));
    const std::string message = failure(QStringLiteral("lisa"), parameters, context, feedback);
    EXPECT_NE(message.find("layer 'leeg' has no features"), std::string::npos) << message;
}

TEST(QgisProviderBadInput, distanceWeightsInAGeographicCrsAreRefused)
{
    REQUIRE_REAL_DATA();
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "woz", "memory:");
    parameters.insert(QStringLiteral("working_crs"), QStringLiteral("EPSG:4326"));
    parameters.insert(QStringLiteral("weights"), QStringLiteral("distance:1000"));
    const std::string message = failure(QStringLiteral("gistar"), parameters);
    EXPECT_NE(message.find("geographic"), std::string::npos) << message;
    EXPECT_NE(message.find("EPSG:28992"), std::string::npos) << message;
}

TEST(QgisProviderBadInput, unknownWeightsAreExplained)
{
    REQUIRE_REAL_DATA();
    QVariantMap parameters = statisticsParameters(utrechtLayerSource(), "woz", "memory:");
    parameters.insert(QStringLiteral("weights"), QStringLiteral("queens"));
    const std::string message = failure(QStringLiteral("lisa"), parameters);
    EXPECT_NE(message.find("queens"), std::string::npos) << message;
}

TEST(QgisProviderBadInput, missingRecipeFileIsNamed)
{
    TempDir dir;
    const std::string message =
        failure(QStringLiteral("compositeindex"),
                {{QStringLiteral("recipe"), QString::fromStdString(dir.file("none.bib.json"))},
                 {QStringLiteral("output"), QStringLiteral("memory:")}});
    EXPECT_NE(message.find("none.bib.json"), std::string::npos) << message;
}

TEST(QgisProvider, cancelThroughTheFeedbackStopsTheRun)
{
    REQUIRE_REAL_DATA();
    TempDir dir;
    QgsProcessingContext context;
    QgsProcessingFeedback feedback;
    feedback.cancel();
    const std::string message =
        failure(QStringLiteral("lisa"),
                statisticsParameters(utrechtLayerSource(), "woz", dir.file("out.gpkg")), context, feedback);
    EXPECT_NE(message.find("Cancelled"), std::string::npos) << message;
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.gpkg")));
}

} // namespace
