// SPDX-License-Identifier: GPL-3.0-or-later
#include "printjob.h"

#include "io/recipedata.h"

#include <QDate>

#include <filesystem>
#include <map>
#include <set>

namespace bib::print {

PrintData preparePrint(const std::string& recipePath, std::optional<std::size_t> draws,
                       core::Feedback& feedback)
{
    PrintData data;
    data.recipe = core::readRecipe(recipePath);
    core::RecipeData loaded = core::loadRecipeData(data.recipe, feedback);
    data.run = core::runCompositeIndex(loaded.areas, data.recipe, core::indexRunOptions(data.recipe, draws),
                                       feedback);
    data.published = core::publishResult(loaded.areas, data.recipe);
    data.publishedAreas = std::make_shared<const core::AreaSet>(data.published.areas);
    data.raw = std::move(loaded.areas);
    data.events = std::move(loaded.events);
    data.series = std::move(loaded.series);
    data.inputs = {recipePath, data.recipe.areas.path};
    for (const auto& table : data.recipe.tables)
        data.inputs.push_back(table.path);
    for (const auto& events : data.recipe.events)
        data.inputs.push_back(events.path);
    return data;
}

QString dataVintage(const PrintData& data)
{
    // File name → years of the recipe's indicator columns read from it.
    std::map<std::string, std::set<int>> years;
    years[std::filesystem::path(data.recipe.areas.path).filename().string()];
    for (const auto& table : data.recipe.tables)
        years[std::filesystem::path(table.path).filename().string()];
    for (const auto& events : data.recipe.events)
        years[std::filesystem::path(events.path).filename().string()];
    for (const auto& indicator : data.recipe.indicators)
        if (const core::Column* column = data.raw.column(indicator.field))
            if (column->provenance.year && !column->provenance.file.empty())
                years[std::filesystem::path(column->provenance.file).filename().string()].insert(
                    *column->provenance.year);
    QStringList parts;
    for (const auto& [file, fileYears] : years) {
        QString part = QString::fromStdString(file);
        QStringList yearTexts;
        for (int year : fileYears)
            yearTexts << QString::number(year);
        if (!yearTexts.isEmpty())
            part += QStringLiteral(" (") + yearTexts.join(QStringLiteral(", ")) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString sourceLine(const PrintData& data, const QString& sources, core::Language language)
{
    const QString what = sources.isEmpty() ? dataVintage(data) : sources;
    const QString sha = QString::fromStdString(data.recipe.sha256.substr(0, 12));
    const QString name = QString::fromStdString(data.recipe.name);
    const QDate today = QDate::currentDate();
    if (language == core::Language::English)
        return QStringLiteral("Source: %1; recipe '%2' (sha %3); made %4")
            .arg(what, name, sha, today.toString(QStringLiteral("yyyy-MM-dd")));
    return QStringLiteral("Bron: %1; recept '%2' (sha %3); gemaakt %4")
        .arg(what, name, sha, today.toString(QStringLiteral("dd-MM-yyyy")));
}

QString disclosureNote(const PrintData& data, core::Language language)
{
    QString note = QString::fromStdString(core::disclosureRuleText(data.recipe.privacy, language));
    const std::size_t cells = data.published.mask.cells().size();
    if (language == core::Language::English)
        note += cells == 0
                    ? QStringLiteral("; nothing was withheld.")
                    : QStringLiteral("; %1 values withheld, shown as \u2018onderdrukt\u2019.").arg(cells);
    else
        note +=
            cells == 0
                ? QStringLiteral("; er is niets onderdrukt.")
                : QStringLiteral("; %1 waarden onderdrukt, getoond als \u2018onderdrukt\u2019.").arg(cells);
    return note;
}

QString number(double value, int decimals, core::Language language)
{
    return QString::fromStdString(core::formatNumber(value, decimals, language));
}

} // namespace bib::print
