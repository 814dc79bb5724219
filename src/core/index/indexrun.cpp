// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexrun.h"

#include "index/classification.h"
#include "index/explain.h"

#include <cmath>
#include <limits>

namespace bib::core {

namespace {

void addIndicatorColumns(AreaSet& areas, const PreparedIndex& prepared, const IndexWeights& weights,
                         const Recipe& recipe)
{
    const std::size_t n = areas.size();
    std::vector<std::vector<double>> contribution(prepared.indicators.size(),
                                                  std::vector<double>(n, std::numeric_limits<double>::quiet_NaN()));
    for (std::size_t a = 0; a < n; ++a) {
        const std::vector<double> c = contributions(prepared, weights, a);
        for (std::size_t i = 0; i < c.size(); ++i)
            contribution[i][a] = c[i];
    }
    const Provenance provenance{recipe.sourcePath, "", std::nullopt};
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        const auto& p = prepared.indicators[i];
        if (p.leftOut)
            continue;
        areas.setColumn(Column{"n_" + p.spec.field, p.normalised, provenance});
        areas.setColumn(Column{"c_" + p.spec.field, contribution[i], provenance});
    }
}

RobustnessSummary addRobustnessColumns(AreaSet& areas, const PreparedIndex& prepared, const IndexWeights& weights,
                                       const UncertaintyOptions& options, const Provenance& provenance,
                                       Feedback& feedback)
{
    const UncertaintyResult u = runUncertainty(prepared, options, feedback);
    areas.setColumn(Column{"rank_median", u.rankMedian, provenance});
    areas.setColumn(Column{"rank_p05", u.rankP05, provenance});
    areas.setColumn(Column{"rank_p95", u.rankP95, provenance});
    RobustnessSummary summary;
    summary.options = options;
    summary.threads = u.threads;
    summary.geometricDraws = u.geometricDraws;
    summary.nominalOutside = u.nominalOutsideCount;
    summary.notes = u.notes;
    for (const auto& shift : indicatorDropShifts(prepared, weights))
        summary.dropShift.emplace_back(prepared.indicators[shift.indicator].spec.field, shift.meanAbsoluteShift);
    return summary;
}

} // namespace

IndexRunOptions indexRunOptions(const Recipe& recipe, std::optional<std::size_t> draws)
{
    IndexRunOptions options;
    if (!recipe.robustness && !draws)
        return options;
    RobustnessSpec spec = recipe.robustness.value_or(RobustnessSpec{});
    if (draws)
        spec.draws = *draws;
    if (spec.draws > 0)
        options.uncertainty = uncertaintyOptions(spec, recipe.seed);
    return options;
}

IndexRunSummary runCompositeIndex(AreaSet& areas, const Recipe& recipe, Feedback& feedback)
{
    return runCompositeIndex(areas, recipe, IndexRunOptions{}, feedback);
}

IndexRunSummary runCompositeIndex(AreaSet& areas, const Recipe& recipe, const IndexRunOptions& options,
                                  Feedback& feedback)
{
    const PreparedIndex prepared = prepareIndex(areas, recipe, feedback);
    const IndexWeights weights = recipeWeights(prepared);
    const IndexResult result = computeIndex(prepared, weights);
    feedback.throwIfCancelled();

    addIndicatorColumns(areas, prepared, weights, recipe);
    const Provenance provenance{recipe.sourcePath, "", std::nullopt};
    if (prepared.hasDomains)
        for (std::size_t d = 0; d < prepared.domains.size(); ++d)
            areas.setColumn(Column{"d_" + prepared.domains[d].name, result.domainScores[d], provenance});
    areas.setColumn(Column{"index", result.index, provenance});
    areas.setColumn(Column{"rank", result.rank, provenance});
    std::optional<RobustnessSummary> robustness;
    if (options.uncertainty)
        robustness = addRobustnessColumns(areas, prepared, weights, *options.uncertainty, provenance, feedback);

    const bool manual = recipe.classification.method == "manual";
    const auto method = createClassificationMethod(recipe.classification.method,
                                                   manual ? recipe.classification.breaks : std::vector<double>{});
    method->setLabelDecimals(2);
    const ClassificationResult classes = method->classes(result.index, recipe.classification.classes);
    std::vector<std::string> classText(areas.size()), driverText(areas.size());
    for (std::size_t a = 0; a < areas.size(); ++a) {
        const int c = classes.classOfValue[a];
        classText[a] = c < 0 ? noDataLabel(Language::Dutch) : std::to_string(c + 1);
        if (!std::isnan(result.index[a]))
            driverText[a] = driverSentence(prepared, topDrivers(prepared, weights, a), Language::Dutch);
    }
    areas.setTextColumn(TextColumn{"class", std::move(classText), provenance});
    areas.setTextColumn(TextColumn{"drivers", std::move(driverText), provenance});

    IndexRunSummary summary;
    summary.areas = areas.size();
    summary.withIndex = result.withIndex;
    for (std::size_t a = 0; a < areas.size(); ++a)
        if (!result.noIndexReason[a].empty())
            summary.excluded.emplace_back(areas.id(a), result.noIndexReason[a]);
    for (const auto& p : prepared.indicators)
        if (p.leftOut)
            summary.leftOut.emplace_back(p.spec.field, p.leftOutReason);
    summary.breaks = classes.breaks;
    summary.robustness = std::move(robustness);
    return summary;
}

} // namespace bib::core
