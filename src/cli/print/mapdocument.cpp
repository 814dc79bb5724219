// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdocument.h"

#include "guisession.h"
#include "privacy/protectedexport.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::print {

namespace {

const core::IndicatorSpec* indicatorOf(const core::Recipe& recipe, const std::string& field)
{
    for (const auto& indicator : recipe.indicators)
        if (indicator.field == field)
            return &indicator;
    return nullptr;
}

/// The numeric columns a print may map: the published result and indicator columns.
std::vector<std::string> mappableFields(const PrintData& data)
{
    std::vector<std::string> fields;
    for (const auto& name : core::exportColumns(data.raw, data.recipe))
        if (data.publishedAreas->column(name))
            fields.push_back(name);
    return fields;
}

/// The published areas with the rate of a per1000 indicator as column `<field>_per_1000`; a rate
/// whose count is withheld stays missing.
std::shared_ptr<const core::AreaSet> withRate(const PrintData& data, const core::IndicatorSpec& indicator,
                                              std::string& column)
{
    const core::AreaSet& published = *data.publishedAreas;
    const core::Column* count = published.column(indicator.field);
    const core::Column* denominator = published.column(indicator.transform.denominator);
    column = indicator.field + "_per_1000";
    core::Column rate{column, std::vector<double>(published.size(), std::numeric_limits<double>::quiet_NaN()),
                      count->provenance};
    for (std::size_t row = 0; denominator && row < published.size(); ++row)
        if (denominator->values[row] > 0 && !data.published.isWithheld(indicator.field, row))
            rate.values[row] = count->values[row] / denominator->values[row] * 1000.0;
    auto copy = std::make_shared<core::AreaSet>(published);
    copy->setColumn(std::move(rate));
    return copy;
}

render::ChoroplethStyle styleFor(const PrintData& data, const std::string& field)
{
    render::ChoroplethStyle style;
    if (field == "index") {
        style.method = data.recipe.classification.method;
        style.classCount = data.recipe.classification.classes;
        style.manualBreaks = data.recipe.classification.breaks;
    }
    return style;
}

} // namespace

QString fieldHeading(const PrintData& data, const std::string& field, core::Language language)
{
    if (field == "index")
        return say(language, "Index (hoger = meer aandacht)", "Index (higher = more attention)");
    if (const core::IndicatorSpec* indicator = indicatorOf(data.recipe, field)) {
        QString heading = QString::fromStdString(indicator->label.empty() ? field : indicator->label);
        if (!indicator->unit.empty())
            heading += QStringLiteral(" (") + QString::fromStdString(indicator->unit) + QLatin1Char(')');
        return heading;
    }
    return QString::fromStdString(field);
}

std::unique_ptr<render::MapPainter> printMapPainter(const PrintData& data, const std::string& field,
                                                    core::Language language, const QString& sources)
{
    const std::vector<std::string> fields = mappableFields(data);
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
        std::string list;
        for (const auto& name : fields)
            list += (list.empty() ? "" : ", ") + name;
        throw core::InputError("--field '" + field +
                               "' is no numeric result or indicator column of recipe '" + data.recipe.name +
                               "'; choose one of: " + list);
    }
    std::shared_ptr<const core::AreaSet> areas = data.publishedAreas;
    std::string column = field;
    const core::IndicatorSpec* indicator = indicatorOf(data.recipe, field);
    if (indicator && indicator->transform.kind == core::TransformKind::Per1000)
        areas = withRate(data, *indicator, column);

    auto painter = std::make_unique<render::MapPainter>(areas);
    painter->setLanguage(language);
    painter->setStyle(styleFor(data, field));
    painter->setColumn(column);
    std::vector<bool> withheld(areas->size(), false);
    for (std::size_t row = 0; row < areas->size(); ++row)
        withheld[row] = data.published.isWithheld(field, row);
    painter->setWithheldRows(std::move(withheld));
    painter->setListMissingClasses(true);
    painter->setLegendHeading(fieldHeading(data, field, language));
    painter->setTitle(QString::fromStdString(data.recipe.name));
    painter->setNote(sourceLine(data, sources, language) + QLatin1Char('\n') +
                     disclosureNote(data, language));
    const auto& classification = painter->choropleth().classification();
    painter->setFooterParts({say(language, "Indeling: %1, %2 klassen", "Classes: %1, %2 classes")
                                 .arg(QString::fromStdString(classification.method))
                                 .arg(classification.classCount()),
                             QStringLiteral("Buurt in Beeld")});
    return painter;
}

std::unique_ptr<render::MapPainter> mapPagePainter(const PrintData& data, const MapRequest& request)
{
    auto painter = printMapPainter(data, request.field, request.language, request.sources);
    if (!request.title.isEmpty())
        painter->setTitle(request.title);
    QString subtitle = request.subtitle;
    if (subtitle.isEmpty())
        subtitle = fieldHeading(data, request.field, request.language) + QStringLiteral(" \u00b7 ") +
                   say(request.language, "%1 gebieden", "%1 areas").arg(data.publishedAreas->size());
    painter->setSubtitle(subtitle);
    return painter;
}

MapSummary writeMap(const MapRequest& request, core::Feedback& feedback)
{
    if (!render::pageFormatOf(request.output))
        throw core::InputError(request.output +
                               ": unknown map format; use .pdf (vector, for print), .svg or .png");
    if (request.dotsPerInch < 36 || request.dotsPerInch > 1200)
        throw core::InputError("--dpi " + std::to_string(request.dotsPerInch) + " is outside 36…1200");
    const PrintData data = preparePrint(request.recipe, std::size_t{0}, feedback);
    GuiSession session;
    auto painter = mapPagePainter(data, request);
    feedback.throwIfCancelled();

    MapSummary summary;
    summary.page = render::paperPage(request.paper, request.landscape, request.dotsPerInch);
    render::writePage(*painter, request.output, summary.page, data.inputs);
    summary.field = request.field;
    summary.areas = data.publishedAreas->size();
    for (std::size_t row = 0; row < summary.areas; ++row)
        summary.withheld += painter->isWithheld(row) ? 1 : 0;
    summary.breaks = painter->choropleth().classification().breaks;
    return summary;
}

} // namespace bib::print
