// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "headless.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "recipeautosave.h"
#include "taskrunner.h"
#include "util/error.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <iostream>
#include <memory>

namespace bib::app {

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BuurtInBeeld"));
    QCoreApplication::setApplicationName(QStringLiteral("buurtinbeeld"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BIB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Buurt in Beeld"));
}

int exitCodeOf(std::exception_ptr error)
{
    try {
        std::rethrow_exception(error);
    } catch (const core::CancelledError&) {
        return 3;
    } catch (const core::InputError&) {
        return 2;
    } catch (...) {
        return 4;
    }
}

int runHeadless(const LaunchOptions& options)
{
    core::SilentFeedback feedback;
    try {
        const auto written =
            HeadlessExport::run(options.request, options.field, options.headlessFolder->toStdString(),
                                feedback, options.analysis);
        for (const core::Warning& warning : feedback.warnings())
            std::cerr << "warning: " << warning.featureId << (warning.featureId.empty() ? "" : ": ")
                      << warning.message << "\n";
        for (const auto& path : written)
            std::cout << path.string() << "\n";
        return 0;
    } catch (...) {
        std::cerr << TaskRunner::describe(std::current_exception()).toStdString() << "\n";
        return exitCodeOf(std::current_exception());
    }
}

int runWindow(const LaunchOptions& options)
{
    MainWindow window;
    window.show();
    const QString recovered = RecipeAutosave::offerRecovery(&window);
    if (!recovered.isEmpty())
        window.openRecipe(recovered);
    else if (options.request)
        window.open(*options.request);
    else
        window.openDemo(options.field);
    return QApplication::exec();
}

} // namespace

void installLanguage(const QString& language)
{
    const bool dutch = language != QLatin1String("en");
    QLocale::setDefault(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!dutch)
        return;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/buurtinbeeld_nl.qm")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int run(int argc, char** argv)
{
    // Our own copy: QGuiApplication takes away arguments it knows (-name/--name, -title, …), but
    // --name is ours.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool headless = LaunchOptionsParser::needsNoWindow(argc, argv);
    if (headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QGuiApplication> application =
        headless ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    setApplicationNames();
    installLanguage(LaunchOptionsParser::language(arguments));

    const LaunchParse parsed = LaunchOptionsParser::parse(arguments);
    if (parsed.exitCode) {
        (*parsed.exitCode == 0 ? std::cout : std::cerr) << parsed.message.toStdString() << "\n";
        return *parsed.exitCode;
    }
    return parsed.options.headlessFolder ? runHeadless(parsed.options) : runWindow(parsed.options);
}

} // namespace bib::app
