// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "io/join.h"
#include "temporal/eventcolumns.h"
#include "variabledictionary.h"

#include <QString>
#include <QWizard>

#include <string>
#include <vector>

namespace bib::app {

class TaskRunner;

/// A numeric column the new recipe may use as an indicator: from the area layer or a joined table.
struct IndicatorCandidate
{
    std::string field;
    std::string source; ///< file the column comes from (a table, or the area layer)
    std::string label;  ///< from the table's variable dictionary, when there is one
    std::string unit;
};

/// "New analysis": builds a recipe (`*.bib.json`) step by step — the area layer (file or PostGIS),
/// id and name fields, a municipality filter taken from the data, indicator tables with their join
/// reports, event files with the columns derived from them, the indicators (searchable, with label and unit
/// where the data offer them) and their directions — and writes it atomically through the core's recipe
/// writer.
///
/// Everything that reads data (layers, municipalities, joins) runs on the wizard's own task
/// runner; taskRunner()->finished() tells when a step's data arrived.
class NewAnalysisWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        AreasPage,
        FilterPage,
        TablesPage,
        EventsPage,
        IndicatorsPage,
        SavePage,
    };

    explicit NewAnalysisWizard(QWidget* parent = nullptr);

    TaskRunner* taskRunner() const { return mRunner; }
    /// The recipe as chosen so far (paths absolute; indicators once the indicator page was left).
    core::Recipe& draft() { return mDraft; }
    const core::Recipe& draft() const { return mDraft; }
    /// Join reports of the tables added so far, in recipe order.
    const std::vector<core::JoinReport>& joins() const { return mJoins; }
    /// What each events source of the draft counted, in recipe order.
    const std::vector<core::EventColumnsReport>& eventReports() const { return mEventReports; }
    const std::vector<IndicatorCandidate>& candidates() const { return mCandidates; }
    /// The join reports and candidates belong to the draft as it is now (no reload pending).
    bool dataCurrent() const { return mDataCurrent; }
    /// The recipe file written when the wizard finished; empty before.
    const QString& recipePath() const { return mRecipePath; }

    /// Loads the draft's areas with its tables and events on the worker (as `bib compose` will) and keeps the
    /// join reports and indicator candidates; emits dataChanged() when done.
    void reloadData();
    /// Writes the draft to `path` (atomically, paths relative to its folder where possible);
    /// false when that failed (the runner showed why).
    bool writeRecipe(const QString& path);

signals:
    void dataChanged();

private:
    TaskRunner* mRunner = nullptr;
    core::Recipe mDraft;
    std::vector<core::JoinReport> mJoins;
    std::vector<core::EventColumnsReport> mEventReports;
    std::vector<IndicatorCandidate> mCandidates;
    VariableDictionary mDictionary;
    QString mRecipePath;
    bool mDataCurrent = false;
};

} // namespace bib::app
