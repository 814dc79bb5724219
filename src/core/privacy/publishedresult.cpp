// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/publishedresult.h"

#include "index/explain.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace bib::core {

ClassificationResult publishedClasses(const AreaSet& areas, const Recipe& recipe, const SuppressionMask& mask)
{
    std::vector<double> values(areas.size(), std::numeric_limits<double>::quiet_NaN());
    if (const Column* index = areas.column("index"))
        for (std::size_t row = 0; row < areas.size(); ++row)
            if (!mask.isSuppressed("index", row))
                values[row] = index->values[row];
    const bool manual = recipe.classification.method == "manual";
    const auto method = createClassificationMethod(
        recipe.classification.method, manual ? recipe.classification.breaks : std::vector<double>{});
    method->setLabelDecimals(2);
    return method->classes(values, recipe.classification.classes);
}

void rerankPublished(AreaSet& areas, const SuppressionMask& mask, const ClassificationResult& classes)
{
    if (const TextColumn* oldClass = areas.textColumn("class")) {
        TextColumn classText{"class", std::vector<std::string>(areas.size()), oldClass->provenance};
        for (std::size_t row = 0; row < areas.size(); ++row) {
            const int c = row < classes.classOfValue.size() ? classes.classOfValue[row] : -1;
            classText.values[row] = c < 0 ? noDataLabel(Language::Dutch) : std::to_string(c + 1);
        }
        areas.setTextColumn(std::move(classText));
    }
    const Column* oldRank = areas.column("rank");
    const Column* index = areas.column("index");
    if (!oldRank)
        return;
    Column rank{"rank", std::vector<double>(areas.size(), std::numeric_limits<double>::quiet_NaN()),
                oldRank->provenance};
    // Competition ranks: 1 + the number of published values above; equal values share a rank.
    std::vector<double> published;
    for (std::size_t row = 0; index && row < areas.size(); ++row)
        if (!std::isnan(oldRank->values[row]) && !mask.isSuppressed("index", row))
            published.push_back(index->values[row]);
    std::sort(published.begin(), published.end(), std::greater<>());
    for (std::size_t row = 0; index && row < areas.size(); ++row) {
        if (std::isnan(oldRank->values[row]) || mask.isSuppressed("index", row))
            continue;
        const auto higher =
            std::lower_bound(published.begin(), published.end(), index->values[row], std::greater<>());
        rank.values[row] = 1.0 + static_cast<double>(higher - published.begin());
    }
    areas.setColumn(std::move(rank));
}

PublishedResult publishResult(const AreaSet& areas, const Recipe& recipe)
{
    PublishedResult result;
    result.mask = findSuppressions(areas, recipe.privacy, disclosureColumns(recipe));
    result.classes = publishedClasses(areas, recipe, result.mask);
    result.areas = areas;
    AreaSet& published = result.areas;
    rerankPublished(published, result.mask, result.classes);
    for (const std::string& name : result.mask.protectedColumns()) {
        if (Column* column = published.column(name)) {
            for (std::size_t row = 0; row < published.size(); ++row)
                if (result.mask.isSuppressed(name, row))
                    column->values[row] = std::numeric_limits<double>::quiet_NaN();
        } else if (const TextColumn* text = published.textColumn(name)) {
            TextColumn copy = *text;
            for (std::size_t row = 0; row < copy.values.size(); ++row)
                if (result.mask.isSuppressed(name, row))
                    copy.values[row] = suppressedText;
            published.setTextColumn(std::move(copy));
        }
    }
    return result;
}

std::string disclosureRuleText(const PrivacySpec& privacy, Language language)
{
    const std::string population =
        formatDecimal(privacy.minimumPopulation,
                      privacy.minimumPopulation == std::floor(privacy.minimumPopulation) ? 0 : 1, language);
    if (language == Language::English)
        return "Withheld ('onderdrukt'): counts below " + std::to_string(privacy.minimumCount) +
               " and figures on fewer than " + population + " inhabitants";
    return "Onderdrukt: aantallen kleiner dan " + std::to_string(privacy.minimumCount) +
           " en cijfers over minder dan " + population + " inwoners";
}

} // namespace bib::core
