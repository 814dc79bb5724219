// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/compositeindex.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string numericColumnList(const AreaSet& areas)
{
    std::string list;
    for (const auto& c : areas.columns())
        list += (list.empty() ? "" : ", ") + c.name;
    return list.empty() ? std::string("(none)") : list;
}

const std::vector<double>& requireColumn(const AreaSet& areas, const std::string& field, const std::string& path)
{
    const Column* column = areas.column(field);
    if (!column) {
        const bool isText = areas.textColumn(field) != nullptr;
        throw InputError(path + ": \"" + field + "\" " +
                         (isText ? "holds text, not numbers" : "is not a column of the areas or joined tables") +
                         "; numeric columns are: " + numericColumnList(areas));
    }
    return column->values;
}

PreparedIndicator prepareOne(const AreaSet& areas, const Recipe& recipe, std::size_t i, Feedback& feedback)
{
    const IndicatorSpec& spec = recipe.indicators[i];
    const std::string path = "indicators[" + std::to_string(i) + "]";
    PreparedIndicator p;
    p.spec = spec;
    const std::vector<double>& raw = requireColumn(areas, spec.field, path + ".field");
    const std::vector<double>* denominator = nullptr;
    if (spec.transform.kind == TransformKind::Per1000)
        denominator = &requireColumn(areas, spec.transform.denominator, path + ".transform");
    p.values = applyTransform(raw, spec.transform, denominator, spec.field);
    impute(p.values, recipe.missing);
    if (spec.outliers == OutlierTreatment::Winsorise) {
        p.outliers = treatOutliers(p.values);
        if (p.outliers.winsorised > 0 || p.outliers.logged)
            feedback.warn(recipe.sourcePath, "", -1,
                          "indicator '" + spec.field + "': " +
                              (p.outliers.logged ? std::string("log-transformed (still skewed after 5 winsorisations)")
                                                 : std::to_string(p.outliers.winsorised) + " values winsorised"));
    }
    p.stats = statistics(p.values);
    if (p.stats.count < 3) {
        p.leftOut = true;
        p.leftOutReason = "fewer than 3 areas have a value (" + std::to_string(p.stats.count) + ")";
    } else if (p.stats.min == p.stats.max) {
        p.leftOut = true;
        p.leftOutReason = "the same value in every area";
    }
    if (p.leftOut) {
        feedback.warn(recipe.sourcePath, "", -1, "indicator '" + spec.field + "' left out: " + p.leftOutReason);
        p.normalised.assign(p.values.size(), kNaN);
    } else {
        p.normalised = normalise(p.values, spec.normalisation, spec.direction);
    }
    return p;
}

void assignDomain(PreparedIndicator& p, const std::vector<DomainSpec>& domains)
{
    for (std::size_t d = 0; d < domains.size(); ++d)
        if (domains[d].name == p.spec.domain)
            p.domain = d;
}

void requireSomeIndicator(const std::vector<PreparedIndicator>& indicators, const Recipe& recipe)
{
    if (std::all_of(indicators.begin(), indicators.end(), [](const auto& p) { return p.leftOut; }))
        throw InputError(
            (recipe.sourcePath.empty() ? std::string("recipe") : recipe.sourcePath) +
            ": every indicator was left out (constant or fewer than 3 values), so there is no index");
}

} // namespace

PreparedIndex prepareIndex(const AreaSet& areas, const Recipe& recipe, Feedback& feedback)
{
    PreparedIndex prepared;
    prepared.areaCount = areas.size();
    prepared.aggregation = recipe.aggregation;
    prepared.missing = recipe.missing;
    prepared.hasDomains = !recipe.domains.empty();
    prepared.domains = prepared.hasDomains ? recipe.domains : std::vector<DomainSpec>{{"", 1.0}};
    for (std::size_t i = 0; i < recipe.indicators.size(); ++i) {
        feedback.throwIfCancelled();
        PreparedIndicator p = prepareOne(areas, recipe, i, feedback);
        assignDomain(p, prepared.domains);
        prepared.indicators.push_back(std::move(p));
    }
    requireSomeIndicator(prepared.indicators, recipe);
    return prepared;
}

void reprepareIndicator(PreparedIndex& prepared, const AreaSet& areas, const Recipe& recipe, std::size_t i,
                        Feedback& feedback)
{
    if (i >= recipe.indicators.size() || i >= prepared.indicators.size())
        throw InternalError("reprepareIndicator: indicator " + std::to_string(i) + " is not in the index");
    PreparedIndicator p = prepareOne(areas, recipe, i, feedback);
    assignDomain(p, prepared.domains);
    std::swap(prepared.indicators[i], p);
    try {
        requireSomeIndicator(prepared.indicators, recipe);
    } catch (...) {
        std::swap(prepared.indicators[i], p);
        throw;
    }
}

IndexWeights recipeWeights(const PreparedIndex& prepared)
{
    IndexWeights w;
    for (const auto& p : prepared.indicators)
        w.indicators.push_back(p.spec.weight);
    for (const auto& d : prepared.domains)
        w.domains.push_back(d.weight);
    return w;
}

std::vector<double> effectiveWeights(const PreparedIndex& prepared, const IndexWeights& weights)
{
    const std::size_t nd = prepared.domains.size();
    std::vector<double> withinTotal(nd, 0.0);
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i)
        if (!prepared.indicators[i].leftOut)
            withinTotal[prepared.indicators[i].domain] += weights.indicators[i];
    double domainTotal = 0.0;
    for (std::size_t d = 0; d < nd; ++d)
        if (withinTotal[d] > 0)
            domainTotal += weights.domains[d];
    std::vector<double> effective(prepared.indicators.size(), 0.0);
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        const auto& p = prepared.indicators[i];
        if (p.leftOut || withinTotal[p.domain] <= 0 || domainTotal <= 0)
            continue;
        effective[i] = weights.domains[p.domain] / domainTotal * weights.indicators[i] / withinTotal[p.domain];
    }
    return effective;
}

std::vector<double> descendingRanks(const std::vector<double>& values)
{
    std::vector<std::size_t> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
    std::vector<double> ranks(values.size(), kNaN);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const bool tie = k > 0 && values[order[k]] == values[order[k - 1]];
        ranks[order[k]] = tie ? ranks[order[k - 1]] : static_cast<double>(k + 1);
    }
    return ranks;
}

namespace {

void checkGeometricInputs(const PreparedIndex& prepared, const std::vector<double>& effective)
{
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        if (effective[i] <= 0)
            continue;
        const auto& p = prepared.indicators[i];
        for (std::size_t a = 0; a < p.normalised.size(); ++a) {
            if (p.normalised[a] <= 0)
                throw InputError("indicator '" + p.spec.field + "': geometric aggregation needs every normalised value "
                                 "> 0, but it is " + std::to_string(p.normalised[a]) + " in row " +
                                 std::to_string(a + 1) +
                                 "; use normalisation goalposts:<lo>:<hi> with lo below the lowest value, or arithmetic "
                                 "aggregation (z-scores and minmax always contain values ≤ 0)");
        }
    }
}

} // namespace

IndexResult computeIndex(const PreparedIndex& prepared, const IndexWeights& weights)
{
    const std::size_t n = prepared.areaCount;
    const std::size_t nd = prepared.domains.size();
    const std::size_t ni = prepared.indicators.size();
    if (weights.indicators.size() != ni || weights.domains.size() != nd)
        throw InternalError("computeIndex: weights do not match the prepared index");
    const std::vector<double> effective = effectiveWeights(prepared, weights);
    const bool geometric = prepared.aggregation == Aggregation::Geometric;
    if (geometric)
        checkGeometricInputs(prepared, effective);

    IndexResult result;
    result.index.assign(n, kNaN);
    result.domainScores.assign(nd, std::vector<double>(n, kNaN));
    result.noIndexReason.assign(n, std::string());
    std::vector<double> sum(nd), weight(nd);
    for (std::size_t a = 0; a < n; ++a) {
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(weight.begin(), weight.end(), 0.0);
        double presentShare = 0.0;
        std::size_t missing = 0;
        for (std::size_t i = 0; i < ni; ++i) {
            if (effective[i] <= 0)
                continue;
            const double v = prepared.indicators[i].normalised[a];
            if (std::isnan(v)) {
                ++missing;
                continue;
            }
            const std::size_t d = prepared.indicators[i].domain;
            const double w = weights.indicators[i];
            sum[d] += geometric ? w * std::log(v) : w * v;
            weight[d] += w;
            presentShare += effective[i];
        }
        if (missing > 0 && prepared.missing != MissingRule::Reweight) {
            result.noIndexReason[a] = std::to_string(missing) + " indicator(s) missing";
            continue;
        }
        if (presentShare < 2.0 / 3.0 - 1e-12) {
            result.noIndexReason[a] = "indicators present carry only " +
                                      std::to_string(static_cast<int>(std::round(presentShare * 100))) +
                                      "% of the weight (at least 67% needed)";
            continue;
        }
        double total = 0.0, totalWeight = 0.0;
        for (std::size_t d = 0; d < nd; ++d) {
            if (weight[d] <= 0)
                continue;
            const double score = geometric ? std::exp(sum[d] / weight[d]) : sum[d] / weight[d];
            result.domainScores[d][a] = score;
            total += weights.domains[d] * (geometric ? std::log(score) : score);
            totalWeight += weights.domains[d];
        }
        if (totalWeight <= 0) {
            result.noIndexReason[a] = "all weights are 0";
            continue;
        }
        result.index[a] = geometric ? std::exp(total / totalWeight) : total / totalWeight;
        ++result.withIndex;
    }
    result.rank = descendingRanks(result.index);
    return result;
}

} // namespace bib::core
