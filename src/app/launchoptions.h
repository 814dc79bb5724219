// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatialanalysis.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace bib::app {

/// The command line of buurtinbeeld, parsed:
/// `buurtinbeeld [--lang nl|en] [--headless OUTDIR [--analyse lisa|gistar]] [AREAS --id FIELD [--name FIELD]
/// [--layer L]
///  [--table T.csv --table-id F] [--field COLUMN]]`.
struct LaunchOptions
{
    QString language = QStringLiteral("nl"); ///< "nl" or "en"
    std::optional<QString> headlessFolder;   ///< write kaart.png and tabel.csv there, no window
    std::optional<LoadRequest> request;      ///< empty: the bundled demo
    std::string field;                       ///< column to map, also for the demo
    std::optional<AnalysisKind> analysis;    ///< headless: map this statistic's classes of `field`
};

/// Result of parsing: options, or text to print and an exit code (help, version, errors).
struct LaunchParse
{
    LaunchOptions options;
    std::optional<int> exitCode; ///< set when the program should print `message` and stop
    QString message;
};

class LaunchOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::LaunchOptionsParser)

public:
    /// Parses the arguments (the first is the program). Never throws.
    static LaunchParse parse(const QStringList& arguments);
    /// The value of --lang (also --lang=xx) without full parsing, so the translator can be in place
    /// before the help text is made; "nl" when absent or unknown.
    static QString language(const QStringList& arguments);
    /// The interface language without --lang: Dutch for a Dutch locale (nl_NL, nl_BE, …),
    /// English otherwise.
    static QString defaultLanguage(const QLocale& locale);
    /// Whether the run needs no window (--headless, --help, --version), judged from the raw
    /// arguments before any application object exists.
    static bool needsNoWindow(int argc, char** argv);
};

} // namespace bib::app
