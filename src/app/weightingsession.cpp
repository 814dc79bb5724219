// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightingsession.h"

#include "eventanalysis.h"
#include "index/classification.h"
#include "index/explain.h"
#include "taskrunner.h"
#include "util/error.h"
#include "util/feedback.h"

#include <cmath>
#include <functional>
#include <limits>

namespace bib::app {

namespace {

bool sameNormalisation(const core::Normalisation& a, const core::Normalisation& b)
{
    return a.kind == b.kind && a.low == b.low && a.high == b.high;
}

bool samePreparation(const core::IndicatorSpec& a, const core::IndicatorSpec& b)
{
    return a.direction == b.direction && sameNormalisation(a.normalisation, b.normalisation);
}

} // namespace

WeightingSession::WeightingSession(QObject* parent) : QObject(parent) {}

void WeightingSession::start(std::shared_ptr<core::AreaSet> areas, const core::Recipe& recipe)
{
    stop();
    if (!areas)
        throw core::InternalError("WeightingSession needs areas");
    core::SilentFeedback feedback;
    mPrepared = core::prepareIndex(*areas, recipe, feedback);
    mAreas = std::move(areas);
    mBaseline = recipe;
    mRecipe = recipe;
    const core::IndexResult result = core::computeIndex(mPrepared, weights());
    mWithIndex = result.withIndex;
    mProblem.clear();
    emit settingsChanged();
}

void WeightingSession::rebind(std::shared_ptr<core::AreaSet> areas)
{
    if (areas && mAreas && areas->size() == mAreas->size())
        mAreas = std::move(areas);
}

void WeightingSession::stop()
{
    mAreas.reset();
    mPrepared = {};
    mWithIndex = 0;
    mProblem.clear();
    mPrepareProblem.clear();
}

void WeightingSession::setBaseline(const core::Recipe& saved)
{
    mBaseline = saved;
    mRecipe.sourcePath = saved.sourcePath;
    mRecipe.sha256 = saved.sha256;
}

void WeightingSession::addEventSource(const core::EventSourceSpec& spec)
{
    EventAnalysis::addToRecipe(mRecipe, spec);
    EventAnalysis::addToRecipe(mBaseline, spec);
}

core::IndexWeights WeightingSession::weights() const
{
    core::IndexWeights w;
    for (const core::IndicatorSpec& spec : mRecipe.indicators)
        w.indicators.push_back(spec.weight);
    for (const core::DomainSpec& domain : mPrepared.domains)
        w.domains.push_back(domain.weight);
    return w;
}

std::vector<double> WeightingSession::shares() const
{
    if (!active())
        return {};
    return core::effectiveWeights(mPrepared, weights());
}

void WeightingSession::setIndicatorWeight(std::size_t indicator, double weight)
{
    mRecipe.indicators.at(indicator).weight = weight;
    emit settingsChanged();
    recompute();
}

void WeightingSession::setDomainWeight(std::size_t domain, double weight)
{
    mRecipe.domains.at(domain).weight = weight;
    mPrepared.domains.at(domain).weight = weight;
    emit settingsChanged();
    recompute();
}

void WeightingSession::setDirection(std::size_t indicator, core::Direction direction)
{
    mRecipe.indicators.at(indicator).direction = direction;
    apply([&] { reprepare(indicator); });
}

void WeightingSession::setNormalisation(std::size_t indicator, const core::Normalisation& normalisation)
{
    mRecipe.indicators.at(indicator).normalisation = normalisation;
    apply([&] { reprepare(indicator); });
}

void WeightingSession::setAggregation(core::Aggregation aggregation)
{
    mRecipe.aggregation = aggregation;
    mPrepared.aggregation = aggregation;
    emit settingsChanged();
    recompute();
}

void WeightingSession::setMissingRule(core::MissingRule rule)
{
    // Imputation happens before normalising, so every indicator is prepared again.
    mRecipe.missing = rule;
    apply([&] { prepareAll(); });
}

void WeightingSession::setSettings(const core::Recipe& settings)
{
    if (settings.indicators.size() != mRecipe.indicators.size() ||
        settings.domains.size() != mRecipe.domains.size())
        throw core::InternalError("WeightingSession: settings of another recipe");
    const bool missingChanged = settings.missing != mRecipe.missing;
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < settings.indicators.size(); ++i) {
        core::IndicatorSpec& spec = mRecipe.indicators[i];
        if (!samePreparation(spec, settings.indicators[i]))
            changed.push_back(i);
        spec.weight = settings.indicators[i].weight;
        spec.direction = settings.indicators[i].direction;
        spec.normalisation = settings.indicators[i].normalisation;
    }
    for (std::size_t d = 0; d < settings.domains.size(); ++d) {
        mRecipe.domains[d].weight = settings.domains[d].weight;
        mPrepared.domains.at(d).weight = settings.domains[d].weight;
    }
    mRecipe.aggregation = settings.aggregation;
    mPrepared.aggregation = settings.aggregation;
    mRecipe.missing = settings.missing;
    apply([&] {
        if (missingChanged || !mPrepareProblem.isEmpty())
            prepareAll();
        else
            for (std::size_t i : changed)
                reprepare(i);
    });
}

void WeightingSession::apply(const std::function<void()>& prepare)
{
    try {
        prepare();
        mPrepareProblem.clear();
    } catch (...) {
        mPrepareProblem = TaskRunner::describe(std::current_exception());
    }
    emit settingsChanged();
    recompute();
}

void WeightingSession::prepareAll()
{
    if (!active())
        return;
    core::SilentFeedback feedback;
    core::PreparedIndex prepared = core::prepareIndex(*mAreas, mRecipe, feedback);
    mPrepared = std::move(prepared);
}

void WeightingSession::reprepare(std::size_t indicator)
{
    if (!active())
        return;
    core::SilentFeedback feedback;
    core::reprepareIndicator(mPrepared, *mAreas, mRecipe, indicator, feedback);
}

void WeightingSession::writeColumn(const std::string& name, const std::vector<double>& values)
{
    core::Column* column = mAreas->column(name);
    if (column && column->values.size() == values.size())
        std::copy(values.begin(), values.end(), column->values.begin());
    else
        mAreas->setColumn(core::Column{name, values, core::Provenance{mRecipe.sourcePath, "", std::nullopt}});
}

void WeightingSession::recompute()
{
    if (!active())
        return;
    core::IndexResult result;
    mProblem = mPrepareProblem;
    if (mProblem.isEmpty()) {
        try {
            result = core::computeIndex(mPrepared, weights());
        } catch (...) {
            // Geometric aggregation of values ≤ 0: no index until the user changes the settings back.
            mProblem = TaskRunner::describe(std::current_exception());
        }
    }
    if (!mProblem.isEmpty()) {
        const std::vector<double> none(mAreas->size(), std::numeric_limits<double>::quiet_NaN());
        result.index = none;
        result.rank = none;
        result.domainScores.assign(mPrepared.domains.size(), none);
        result.withIndex = 0;
    }
    mWithIndex = result.withIndex;
    writeColumn("index", result.index);
    writeColumn("rank", result.rank);
    if (mPrepared.hasDomains)
        for (std::size_t d = 0; d < mPrepared.domains.size(); ++d)
            writeColumn("d_" + mPrepared.domains[d].name, result.domainScores[d]);
    emit indexChanged();
}

void WeightingSession::writeDetails()
{
    if (!active())
        return;
    const std::size_t n = mAreas->size();
    const core::IndexWeights w = weights();
    const core::Column* index = mAreas->column("index");
    if (!index)
        return;
    std::vector<std::vector<double>> contribution(mPrepared.indicators.size(), std::vector<double>(n));
    std::vector<std::string> drivers(n);
    for (std::size_t a = 0; a < n; ++a) {
        const std::vector<double> c = core::contributions(mPrepared, w, a);
        for (std::size_t i = 0; i < c.size(); ++i)
            contribution[i][a] = c[i];
        if (!std::isnan(index->values[a]))
            drivers[a] =
                core::driverSentence(mPrepared, core::topDrivers(mPrepared, w, a), core::Language::Dutch);
    }
    for (std::size_t i = 0; i < mPrepared.indicators.size(); ++i) {
        const core::PreparedIndicator& p = mPrepared.indicators[i];
        if (p.leftOut)
            continue;
        writeColumn("n_" + p.spec.field, p.normalised);
        writeColumn("c_" + p.spec.field, contribution[i]);
    }
    const core::ClassificationSpec& spec = mRecipe.classification;
    const auto method = core::createClassificationMethod(
        spec.method, spec.method == "manual" ? spec.breaks : std::vector<double>{});
    method->setLabelDecimals(2);
    const core::ClassificationResult classes = method->classes(index->values, spec.classes);
    std::vector<std::string> classText(n);
    for (std::size_t a = 0; a < n; ++a) {
        const int c = classes.classOfValue[a];
        classText[a] = c < 0 ? core::noDataLabel(core::Language::Dutch) : std::to_string(c + 1);
    }
    const core::Provenance provenance{mRecipe.sourcePath, "", std::nullopt};
    mAreas->setTextColumn(core::TextColumn{"class", std::move(classText), provenance});
    mAreas->setTextColumn(core::TextColumn{"drivers", std::move(drivers), provenance});
}

} // namespace bib::app
