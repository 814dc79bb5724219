// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "temporal/areaseries.h"
#include "temporal/eventcolumns.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDialog>
#include <QString>

#include <memory>
#include <set>
#include <string>

class QDialogButtonBox;
class QLabel;

namespace bib::app {

class EventSourceForm;
class TaskRunner;

/// What Analysis → Analyse events computed on the worker: a copy of the areas with the new
/// columns, the per-area series behind them and the counts of the run.
struct EventOutcome
{
    core::EventSourceSpec spec;
    std::shared_ptr<core::AreaSet> areas;
    core::AreaEventSeries series;
    core::EventColumnsReport report;
};

/// Analysis → Analyse events on the open areas: the events form (EventSourceForm, as in the
/// new-analysis wizard) with a note on the disclosure rules. Accepting checks the form (column
/// names that are not yet columns of the areas) and keeps the dialog open with the reason when it
/// is not complete.
class EventAnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    EventAnalysisDialog(const Workspace& workspace, TaskRunner* runner, QWidget* parent = nullptr);

    EventSourceForm* form() const { return mForm; }
    /// The source as accepted (valid after accept()).
    const core::EventSourceSpec& spec() const { return mSpec; }
    void accept() override;

private:
    EventSourceForm* mForm;
    QDialogButtonBox* mButtons;
    std::set<std::string> mTaken;
    core::EventSourceSpec mSpec;
};

/// The work and its result, without widgets (the worker calls run(), the window withEvents()).
class EventAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(EventAnalysis)

public:
    /// The key path of the new source in the recipe's messages ("events[2]").
    static std::string keyPath(const Workspace& workspace);
    /// Counts `spec` over a copy of `areas` (core::addEventColumns with the recipe's seed, or the
    /// default seed without a recipe). Leaves `areas` as it is; throws what addEventColumns throws.
    static EventOutcome run(const core::AreaSet& areas, const core::EventSourceSpec& spec,
                            const std::string& keyPath, std::uint64_t seed, core::Feedback& feedback);
    /// `workspace` with the outcome: its areas, the series appended to eventSeries, the source added
    /// to the recipe (its count and forecast columns to privacy.countFields, as readRecipe does), and
    /// the mapped column that of mappedColumn().
    static Workspace withEvents(const Workspace& workspace, const EventOutcome& outcome);
    /// Adds the source to the recipe's events (once) and its count and forecast columns to
    /// privacy.countFields, as readRecipe does.
    static void addToRecipe(core::Recipe& recipe, const core::EventSourceSpec& spec);
    /// The column withEvents() maps: the alarm column when an area alarms, else the count, else the
    /// first new column.
    static std::string mappedColumn(const core::EventSourceSpec& spec, const core::AreaSet& areas);
    /// The status bar's line: counted, outside and unreadable rows and the new columns.
    static QString summary(const EventOutcome& outcome);
};

} // namespace bib::app
