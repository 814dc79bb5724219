// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>

#include <QString>
#include <QVariant>

#include <map>
#include <string>
#include <vector>

namespace bib::qgistest {

/// The Utrecht buurten of the Utrecht + Rotterdam layer, as `bib --filter` and a QGIS subset string.
inline constexpr char kUtrechtFilter[] = "gm_code = 'GM0344'";

/// ../shared/data/real files; empty when the folder is absent.
std::string buurten();
std::string assen();
/// The Utrecht buurten as a QGIS source string with a subset (a provider-side filter).
QString utrechtLayerSource();

/// Runs `bib:<algorithm>` through QgsApplication::processingRegistry(); a QgsProcessingException
/// reaches the caller.
QVariantMap runUncaught(const QString& algorithm, const QVariantMap& parameters,
                        QgsProcessingContext& context, QgsProcessingFeedback& feedback);
/// As runUncaught, a QgsProcessingException turned into a std::runtime_error with its message.
QVariantMap runAlgorithm(const QString& algorithm, const QVariantMap& parameters,
                         QgsProcessingContext& context, QgsProcessingFeedback& feedback);
QVariantMap runAlgorithm(const QString& algorithm, const QVariantMap& parameters);
/// The message of the QgsProcessingException the run throws ("" when none).
std::string failure(const QString& algorithm, const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback& feedback);
std::string failure(const QString& algorithm, const QVariantMap& parameters);

using Rows = std::map<std::string, std::map<std::string, QVariant>>;
/// The features of a result layer by the value of `idField`.
Rows readLayer(const QString& source, const std::string& idField);
/// Every CLI cell of `columns` equals the layer's value: numbers to 1e-12 (relative above 1), text
/// exactly, empty = NULL. Returns the number of cells compared.
std::size_t expectSameValues(const std::map<std::string, std::map<std::string, std::string>>& cli,
                             const Rows& qgis, const std::vector<std::string>& columns);
/// The two files hold the same bytes; on a difference, the first differing line of each.
void expectSameFile(const std::string& actualPath, const std::string& expectedPath);
/// input, id = bu_code, field and output.
QVariantMap statisticsParameters(const QVariant& input, const std::string& field, const std::string& output);

} // namespace bib::qgistest

#define REQUIRE_REAL_DATA()                                                                                  \
    if (bib::qgistest::buurten().empty())                                                                    \
    GTEST_SKIP() << "no real data folder"
