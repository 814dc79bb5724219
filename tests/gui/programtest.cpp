// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

using namespace bib;

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProgramRun runProgram(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // --headless must manage without it
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BIB_APP_EXECUTABLE), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(Program, headlessRunWritesMapAndTableAndPrintsThePaths)
{
    const std::string areas = test::realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (areas.empty())
        GTEST_SKIP() << "real data not available";
    test::TempDir folder;
    const QString out = QString::fromStdString(folder.file("uit"));
    // --name is also an option of QGuiApplication itself; ours must win.
    const ProgramRun run =
        runProgram({QStringLiteral("--headless"), out, QString::fromStdString(areas),
                    QStringLiteral("--layer"), QStringLiteral("buurten"), QStringLiteral("--id"),
                    QStringLiteral("bu_code"), QStringLiteral("--name"), QStringLiteral("bu_naam"),
                    QStringLiteral("--field"), QStringLiteral("woz")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(out + QStringLiteral("/kaart.png")));
    EXPECT_TRUE(run.out.contains(out + QStringLiteral("/tabel.csv")));
    EXPECT_FALSE(QImage(out + QStringLiteral("/kaart.png")).isNull());
    EXPECT_NE(test::readFile(folder.file("uit/tabel.csv")).find("Oog in Al"), std::string::npos);
}

TEST(Program, badInputExitsWithCodeTwoAndAMessage)
{
    test::TempDir folder;
    const ProgramRun run =
        runProgram({QStringLiteral("--headless"), QString::fromStdString(folder.file("uit")),
                    QStringLiteral("/nonexistent.gpkg"), QStringLiteral("--id"), QStringLiteral("code")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(run.err.isEmpty());
}
