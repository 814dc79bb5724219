// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersupport.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingregistry.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace bib::qgistest {

using bib::test::realData;

std::string buurten()
{
    return realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
}

/// Runs `bib:<algorithm>` through the registry; exceptions are not caught, so a QgsProcessingException
/// reaches the caller.
QVariantMap runUncaught(const QString& algorithm, const QVariantMap& parameters,
                        QgsProcessingContext& context, QgsProcessingFeedback& feedback)
{
    const QgsProcessingAlgorithm* registered =
        QgsApplication::processingRegistry()->algorithmById(QStringLiteral("bib:") + algorithm);
    if (!registered)
        throw std::runtime_error("no algorithm bib:" + algorithm.toStdString());
    std::unique_ptr<QgsProcessingAlgorithm> instance(registered->create());
    bool ok = false;
    QVariantMap results = instance->run(parameters, context, &feedback, &ok, {}, false);
    if (!ok)
        throw std::runtime_error("bib:" + algorithm.toStdString() + " did not succeed");
    return results;
}

/// As runUncaught, with a QgsProcessingException turned into a std::runtime_error with its message,
/// so GoogleTest shows it.
QVariantMap runAlgorithm(const QString& algorithm, const QVariantMap& parameters,
                         QgsProcessingContext& context, QgsProcessingFeedback& feedback)
{
    try {
        return runUncaught(algorithm, parameters, context, feedback);
    } catch (const QgsProcessingException& e) {
        throw std::runtime_error("bib:" + algorithm.toStdString() + ": " + e.what().toStdString());
    }
}

QVariantMap runAlgorithm(const QString& algorithm, const QVariantMap& parameters)
{
    QgsProcessingContext context;
    QgsProcessingFeedback feedback;
    return runAlgorithm(algorithm, parameters, context, feedback);
}

/// The message of the QgsProcessingException that running the algorithm throws ("" when none).
std::string failure(const QString& algorithm, const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback& feedback)
{
    try {
        runUncaught(algorithm, parameters, context, feedback);
    } catch (const QgsProcessingException& e) {
        return e.what().toStdString();
    }
    return {};
}

std::string failure(const QString& algorithm, const QVariantMap& parameters)
{
    QgsProcessingContext context;
    QgsProcessingFeedback feedback;
    return failure(algorithm, parameters, context, feedback);
}

using Rows = std::map<std::string, std::map<std::string, QVariant>>;

/// The features of a result layer by the value of `idField`.
Rows readLayer(const QString& source, const std::string& idField)
{
    QgsVectorLayer layer(source, QStringLiteral("result"), QStringLiteral("ogr"));
    if (!layer.isValid())
        throw std::runtime_error("cannot open " + source.toStdString());
    Rows rows;
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures();
    while (it.nextFeature(feature)) {
        auto& row = rows[feature.attribute(QString::fromStdString(idField)).toString().toStdString()];
        for (const QgsField& field : layer.fields())
            row[field.name().toStdString()] = feature.attribute(field.name());
    }
    return rows;
}

/// Every CLI cell of `columns` equals the layer's value: numbers to 1e-12 (relative above 1), text
/// exactly, empty = NULL. Returns the number of cells compared.
std::size_t expectSameValues(const std::map<std::string, std::map<std::string, std::string>>& cli,
                             const Rows& qgis, const std::vector<std::string>& columns)
{
    EXPECT_EQ(cli.size(), qgis.size());
    std::size_t compared = 0;
    for (const auto& [id, cells] : cli) {
        const auto row = qgis.find(id);
        if (row == qgis.end()) {
            ADD_FAILURE() << "area " << id << " is missing from the QGIS result";
            continue;
        }
        for (const auto& column : columns) {
            const auto value = row->second.find(column);
            if (value == row->second.end()) {
                ADD_FAILURE() << "no column " << column << " in the QGIS result";
                return compared;
            }
            const std::string& text = cells.at(column);
            ++compared;
            if (text.empty()) {
                EXPECT_TRUE(value->second.isNull()) << id << " " << column;
            } else if (value->second.type() == QVariant::Double) {
                const double expected = std::stod(text), actual = value->second.toDouble();
                EXPECT_NEAR(actual, expected, 1e-12 * std::max(1.0, std::fabs(expected)))
                    << id << " " << column;
            } else {
                EXPECT_EQ(value->second.toString().toStdString(), text) << id << " " << column;
            }
        }
    }
    return compared;
}

/// The two files hold the same bytes; on a difference, the first differing line of each (GoogleTest's
/// own diff of two large strings needs memory quadratic in their length).
void expectSameFile(const std::string& actualPath, const std::string& expectedPath)
{
    std::istringstream actual(bib::test::readFile(actualPath)), expected(bib::test::readFile(expectedPath));
    std::string a, e;
    for (std::size_t line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(actual, a));
        const bool moreE = static_cast<bool>(std::getline(expected, e));
        if (!moreA && !moreE)
            return;
        if (moreA != moreE || a != e) {
            ADD_FAILURE() << actualPath << " differs from " << expectedPath << " at line " << line << ":\n  "
                          << (moreA ? a : "(end)") << "\n  " << (moreE ? e : "(end)");
            return;
        }
    }
}

QVariantMap statisticsParameters(const QVariant& input, const std::string& field, const std::string& output)
{
    return {{QStringLiteral("input"), input},
            {QStringLiteral("id"), QStringLiteral("bu_code")},
            {QStringLiteral("field"), QString::fromStdString(field)},
            {QStringLiteral("output"), QString::fromStdString(output)}};
}

QString utrechtLayerSource()
{
    // A QGIS source string with a subset (provider-side filter), as a user would add the layer.
    return QString::fromStdString(buurten()) + QStringLiteral("|layername=buurten|subset=") +
           QString::fromLatin1(kUtrechtFilter);
}

std::string assen()
{
    return realData("assen-signalen-meldingen/assen_signalen_meldingen.gpkg");
}

} // namespace bib::qgistest
