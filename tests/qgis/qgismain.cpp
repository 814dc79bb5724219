// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest inside a QgsApplication (no GUI) with an isolated profile of its own and the provider
// "bib" registered, as QGIS does when the plugin loads.
#include "provider.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Headless also when ctest lists the tests (discovery runs without the tests' environment).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A fresh profile per process: ctest -j runs many of these at once.
    const QTemporaryDir profile;
    if (!profile.isValid()) {
        std::fprintf(stderr, "cannot create a temporary QGIS profile folder\n");
        return 1;
    }
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication app(argc, argv, false, profile.path());
    QgsApplication::initQgis();
    QgsApplication::processingRegistry()->addProvider(new bib::qgis::Provider());
    const int code = RUN_ALL_TESTS();
    QgsApplication::exitQgis();
    return code;
}
