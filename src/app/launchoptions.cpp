// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchoptions.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cstring>

namespace bib::app {

namespace {

LaunchParse failure(const QString& message, const QString& help)
{
    LaunchParse result;
    result.exitCode = 2;
    result.message = message + QLatin1Char('\n') + help;
    return result;
}

} // namespace

QString LaunchOptionsParser::language(const QStringList& arguments)
{
    QString value;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            value = arguments[i].mid(7);
    }
    if (value == QLatin1String("en") || value == QLatin1String("nl"))
        return value;
    return defaultLanguage(QLocale::system());
}

QString LaunchOptionsParser::defaultLanguage(const QLocale& locale)
{
    return locale.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

bool LaunchOptionsParser::needsNoWindow(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strcmp(argument, "--headless") == 0 || std::strncmp(argument, "--headless=", 11) == 0 ||
            std::strcmp(argument, "--help") == 0 || std::strcmp(argument, "-h") == 0 ||
            std::strcmp(argument, "--version") == 0)
            return true;
    }
    return false;
}

LaunchParse LaunchOptionsParser::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Buurt in Beeld: where youth problems concentrate, per neighbourhood."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        tr("Interface language: nl or en (default: Dutch for a Dutch locale, else English)."),
        QStringLiteral("nl|en"), defaultLanguage(QLocale::system()));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Write OUTDIR/kaart.png and OUTDIR/tabel.csv without a window."),
                                      QStringLiteral("OUTDIR"));
    const QCommandLineOption id(QStringLiteral("id"), tr("Field with the area code (required with AREAS)."),
                                QStringLiteral("FIELD"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Field with the area name."),
                                  QStringLiteral("FIELD"));
    const QCommandLineOption layer(QStringLiteral("layer"), tr("Layer of AREAS (default: the first)."),
                                   QStringLiteral("L"));
    const QCommandLineOption table(QStringLiteral("table"), tr("Indicator table to join (CSV)."),
                                   QStringLiteral("T.csv"));
    const QCommandLineOption tableId(QStringLiteral("table-id"),
                                     tr("Column of the table with the area code."), QStringLiteral("F"));
    const QCommandLineOption field(QStringLiteral("field"), tr("Numeric column to map."),
                                   QStringLiteral("COLUMN"));
    const QCommandLineOption analyse(
        QStringLiteral("analyse"),
        tr("With --headless: run lisa (local Moran) or gistar (Getis-Ord Gi*) on the mapped column and "
           "map its classes."),
        QStringLiteral("lisa|gistar"));
    parser.addOptions({help, version, lang, headless, id, name, layer, table, tableId, field, analyse});
    parser.addPositionalArgument(QStringLiteral("AREAS"),
                                 tr("Areas to open: GeoPackage, shapefile, GeoJSON. "
                                    "Without it the bundled demo opens."),
                                 QStringLiteral("[AREAS]"));

    if (!parser.parse(arguments))
        return failure(parser.errorText(), parser.helpText());
    LaunchParse result;
    if (parser.isSet(help) || parser.isSet(version)) {
        result.exitCode = 0;
        result.message = parser.isSet(help) ? parser.helpText()
                                            : QStringLiteral("buurtinbeeld ") + QStringLiteral(BIB_VERSION);
        return result;
    }
    LaunchOptions& options = result.options;
    options.language = parser.value(lang);
    if (options.language != QLatin1String("nl") && options.language != QLatin1String("en"))
        return failure(tr("Unknown language '%1': use nl or en.").arg(options.language), parser.helpText());
    if (parser.isSet(headless))
        options.headlessFolder = parser.value(headless);
    options.field = parser.value(field).toStdString();
    if (parser.isSet(analyse)) {
        const QString statistic = parser.value(analyse);
        if (statistic != QLatin1String("lisa") && statistic != QLatin1String("gistar"))
            return failure(tr("Unknown analysis '%1': use lisa or gistar.").arg(statistic),
                           parser.helpText());
        if (!options.headlessFolder)
            return failure(tr("--analyse needs --headless OUTDIR."), parser.helpText());
        options.analysis =
            statistic == QLatin1String("lisa") ? AnalysisKind::LocalMoran : AnalysisKind::GetisOrd;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failure(tr("Only one AREAS file can be opened."), parser.helpText());
    if (positional.isEmpty()) {
        if (parser.isSet(id) || parser.isSet(table) || parser.isSet(layer))
            return failure(tr("--id, --layer and --table need an AREAS file."), parser.helpText());
        return result;
    }
    if (positional.front().endsWith(QLatin1String(".bib.json"))) {
        if (parser.isSet(id) || parser.isSet(table) || parser.isSet(layer))
            return failure(
                tr("A recipe names its own areas and tables: --id, --layer and --table do not apply."),
                parser.helpText());
        LoadRequest request;
        request.recipePath = positional.front().toStdString();
        request.field = options.field;
        options.request = request;
        return result;
    }
    if (!parser.isSet(id))
        return failure(tr("AREAS needs --id FIELD."), parser.helpText());
    if (parser.isSet(table) != parser.isSet(tableId))
        return failure(tr("--table and --table-id go together."), parser.helpText());
    LoadRequest request;
    request.areas.path = positional.front().toStdString();
    request.areas.idField = parser.value(id).toStdString();
    request.areas.nameField = parser.value(name).toStdString();
    request.areas.layer = parser.value(layer).toStdString();
    if (parser.isSet(table))
        request.table = TableSource{parser.value(table).toStdString(), parser.value(tableId).toStdString()};
    request.field = options.field;
    options.request = request;
    return result;
}

} // namespace bib::app
