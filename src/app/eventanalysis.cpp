// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventanalysis.h"

#include "eventsourceform.h"
#include "util/error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bib::app {

EventAnalysisDialog::EventAnalysisDialog(const Workspace& workspace, TaskRunner* runner, QWidget* parent)
    : QDialog(parent), mForm(new EventSourceForm(runner)),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Analyse events"));
    setObjectName(QStringLiteral("eventAnalysisDialog"));
    mForm->setAreaIdField(workspace.areas->idField);
    for (const core::Column& column : workspace.areas->columns())
        mTaken.insert(column.name);
    for (const core::TextColumn& column : workspace.areas->textColumns())
        mTaken.insert(column.name);
    auto* intro = new QLabel(tr("Dated events (reports, registrations, messages) are counted per area and "
                                "period of the open areas; the columns you tick are added to the table "
                                "and the map, and the Tijdreeks shows the series of the selected area."));
    intro->setWordWrap(true);
    auto* privacy = new QLabel(
        workspace.recipe
            ? tr("The source is added to the recipe \"%1\": save the recipe to keep it. Exports and "
                 "briefings "
                 "apply the recipe's disclosure rules to the new count and forecast columns.")
                  .arg(QString::fromStdString(workspace.recipe->name))
            : tr("No recipe is open: the Tijdreeks applies the default disclosure rules, but exports of the "
                 "table and the map do not protect the new columns. Add the event file to a recipe (File → "
                 "New analysis) before sharing results."));
    privacy->setObjectName(QStringLiteral("eventPrivacyNote"));
    privacy->setWordWrap(true);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Analyse"));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mForm, 1);
    layout->addWidget(privacy);
    layout->addWidget(mButtons);
    connect(mForm, &EventSourceForm::readyChanged, mButtons->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);
    connect(mButtons, &QDialogButtonBox::accepted, this, &EventAnalysisDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &EventAnalysisDialog::reject);
    resize(820, 640);
}

void EventAnalysisDialog::accept()
{
    mForm->hideError();
    try {
        mSpec = mForm->sourceFromForm(mTaken);
    } catch (const core::InputError& error) {
        mForm->showError(QString::fromUtf8(error.what()));
        return;
    }
    QDialog::accept();
}

std::string EventAnalysis::keyPath(const Workspace& workspace)
{
    const std::size_t index = workspace.recipe ? workspace.recipe->events.size()
                                               : (workspace.eventSeries ? workspace.eventSeries->size() : 0);
    return "events[" + std::to_string(index) + "]";
}

EventOutcome EventAnalysis::run(const core::AreaSet& areas, const core::EventSourceSpec& spec,
                                const std::string& keyPath, std::uint64_t seed, core::Feedback& feedback)
{
    EventOutcome outcome;
    outcome.spec = spec;
    outcome.areas = std::make_shared<core::AreaSet>(areas);
    outcome.report = core::addEventColumns(*outcome.areas, spec, keyPath, seed, feedback, &outcome.series);
    feedback.throwIfCancelled();
    feedback.setProgress(100.0);
    return outcome;
}

void EventAnalysis::addToRecipe(core::Recipe& recipe, const core::EventSourceSpec& spec)
{
    const auto same = [&spec](const core::EventSourceSpec& source) {
        return source.path == spec.path && !source.columns.empty() && !spec.columns.empty() &&
               source.columns.front().name == spec.columns.front().name;
    };
    if (std::none_of(recipe.events.begin(), recipe.events.end(), same))
        recipe.events.push_back(spec);
    // Counts of events are counts for the disclosure rules.
    std::vector<std::string>& counts = recipe.privacy.countFields;
    for (const core::EventColumnSpec& column : spec.columns)
        if ((column.measure == core::EventMeasure::Count || column.measure == core::EventMeasure::Forecast) &&
            std::find(counts.begin(), counts.end(), column.name) == counts.end())
            counts.push_back(column.name);
}

std::string EventAnalysis::mappedColumn(const core::EventSourceSpec& spec, const core::AreaSet& areas)
{
    // An alarm map on which no area alarms says less than the counts.
    for (const core::EventColumnSpec& column : spec.columns)
        if (const core::Column* values = areas.column(column.name);
            column.measure == core::EventMeasure::Alarm && values &&
            std::any_of(values->values.begin(), values->values.end(), [](double v) { return v > 0; }))
            return column.name;
    for (const core::EventColumnSpec& column : spec.columns)
        if (column.measure == core::EventMeasure::Count)
            return column.name;
    return spec.columns.empty() ? std::string() : spec.columns.front().name;
}

Workspace EventAnalysis::withEvents(const Workspace& workspace, const EventOutcome& outcome)
{
    Workspace result = workspace;
    result.areas = outcome.areas;
    auto series = workspace.eventSeries
                      ? std::make_shared<std::vector<core::AreaEventSeries>>(*workspace.eventSeries)
                      : std::make_shared<std::vector<core::AreaEventSeries>>();
    series->push_back(outcome.series);
    result.eventSeries = std::move(series);
    if (result.recipe)
        addToRecipe(*result.recipe, outcome.spec);
    const QString note = tr("%1 per %2, reference period %3")
                             .arg(QString::fromStdString(displayName(outcome.spec.path)),
                                  QString::fromStdString(core::toString(outcome.report.period)),
                                  QString::fromStdString(outcome.report.referencePeriod));
    for (const std::string& column : outcome.report.columns)
        result.columnNotes[column] = note.toStdString();
    result.mappedColumn = mappedColumn(outcome.spec, *outcome.areas);
    return result;
}

QString EventAnalysis::summary(const EventOutcome& outcome)
{
    const core::EventColumnsReport& report = outcome.report;
    QStringList columns;
    for (const std::string& column : report.columns)
        columns << QString::fromStdString(column);
    QString text = tr("%1: %2 of %3 rows counted, %4 outside the areas, %5 with a code that is no area, %6 "
                      "without a readable position or time; columns %7")
                       .arg(QString::fromStdString(displayName(report.path)))
                       .arg(static_cast<qulonglong>(report.counted))
                       .arg(static_cast<qulonglong>(report.rowsRead))
                       .arg(static_cast<qulonglong>(report.outside))
                       .arg(static_cast<qulonglong>(report.unmatched))
                       .arg(static_cast<qulonglong>(report.badPosition + report.badTime))
                       .arg(columns.join(QStringLiteral(", ")));
    return text;
}

} // namespace bib::app
