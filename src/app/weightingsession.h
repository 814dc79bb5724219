// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "index/recipe.h"
#include "model/areaset.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace bib::app {

/// Live weighting of a recipe's composite index: the edited recipe, its prepared index and the
/// areas whose result columns it rewrites.
///
/// The index is prepared once (core::prepareIndex); a weight change then only runs
/// core::computeIndex, a direction or normalisation change prepares that one indicator again
/// (core::reprepareIndicator), and only a different missing-data rule prepares everything again.
/// Every change rewrites the columns index, rank and d_<domain> of the areas in place (same
/// storage, no copy of the area set) and emits indexChanged(); writeDetails() rewrites the slower
/// n_*, c_*, class and drivers columns.
///
/// GUI thread only. The areas are shared with the map painter and the table, which read them on
/// the same thread; the window disables editing while a worker reads them (TaskRunner::busy()).
class WeightingSession : public QObject
{
    Q_OBJECT

public:
    explicit WeightingSession(QObject* parent = nullptr);

    /// Starts editing `recipe` over `areas`, which carry its indicator columns. Throws the core's
    /// errors (a recipe whose fields the areas lack, every indicator left out); the session is
    /// then inactive.
    void start(std::shared_ptr<core::AreaSet> areas, const core::Recipe& recipe);
    /// Writes to `areas` from now on: the same areas in a new set (an analysis added columns).
    void rebind(std::shared_ptr<core::AreaSet> areas);
    void stop();
    bool active() const { return mAreas != nullptr; }

    /// The recipe as edited now.
    const core::Recipe& recipe() const { return mRecipe; }
    /// The recipe as opened or last saved ("reset to recipe" returns to it).
    const core::Recipe& baseline() const { return mBaseline; }
    /// After saving: `saved` becomes the baseline, and its file and hash the edited recipe's.
    void setBaseline(const core::Recipe& saved);
    /// An events source whose columns were added to the areas (Analysis → Analyse events) becomes
    /// part of the edited recipe and of the baseline: it is data, which "reset" does not take back.
    void addEventSource(const core::EventSourceSpec& spec);

    const core::PreparedIndex& prepared() const { return mPrepared; }
    /// Effective weight of each indicator (domain share × share within the domain), sums to 1.
    std::vector<double> shares() const;
    std::size_t withIndex() const { return mWithIndex; }
    /// Why no area has an index now (e.g. geometric aggregation of z-scores), translated; empty
    /// when the index could be computed.
    const QString& problem() const { return mProblem; }

    void setIndicatorWeight(std::size_t indicator, double weight);
    void setDomainWeight(std::size_t domain, double weight);
    void setDirection(std::size_t indicator, core::Direction direction);
    void setNormalisation(std::size_t indicator, const core::Normalisation& normalisation);
    void setAggregation(core::Aggregation aggregation);
    void setMissingRule(core::MissingRule rule);
    /// Takes the weights, directions, normalisations, aggregation and missing-data rule of
    /// `settings` (a recipe of the same indicators and domains); prepares only what differs.
    void setSettings(const core::Recipe& settings);

    /// Rewrites n_<field>, c_<field>, class and drivers for the current settings (as
    /// core::runCompositeIndex writes them). O(areas × indicators), a few times slower than the
    /// index itself, so the editor calls it when the sliders rest.
    void writeDetails();

signals:
    /// A setting changed (the panel shows it).
    void settingsChanged();
    /// index, rank and d_<domain> were rewritten.
    void indexChanged();

private:
    /// Runs `prepare` (a failure becomes problem() and leaves no index), then recomputes.
    void apply(const std::function<void()>& prepare);
    void prepareAll();
    void reprepare(std::size_t indicator);
    void recompute();
    void writeColumn(const std::string& name, const std::vector<double>& values);
    core::IndexWeights weights() const;

    std::shared_ptr<core::AreaSet> mAreas;
    core::Recipe mBaseline;
    core::Recipe mRecipe;
    core::PreparedIndex mPrepared;
    std::size_t mWithIndex = 0;
    QString mProblem;
    QString mPrepareProblem; ///< the last preparation failed: the prepared index is stale
};

} // namespace bib::app
