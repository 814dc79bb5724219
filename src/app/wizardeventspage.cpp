// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4 of the new-analysis wizard: event files counted per area and period, each adding derived
// columns (count, peak signal, alarm, forecast) that the indicators may use. The form of one file is
// EventSourceForm, shared with Analysis → Analyse events.
#include "eventsourceform.h"
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "util/error.h"
#include "wizardpages.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace bib::app {

EventsPage::EventsPage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mForm(new EventSourceForm(wizard->taskRunner())),
      mAddButton(new QPushButton(tr("&Add event file"))), mSources(new QListWidget),
      mReport(new QPlainTextEdit)
{
    setTitle(tr("Event files"));
    setSubTitle(tr("Dated events (reports, registrations, messages) counted per area and period; each file "
                   "adds columns the indicators can use. Optional."));
    mAddButton->setObjectName(QStringLiteral("addEvents"));
    mSources->setObjectName(QStringLiteral("eventList"));
    mReport->setObjectName(QStringLiteral("eventReport"));
    mReport->setReadOnly(true);
    mAddButton->setEnabled(false);
    auto* removeButton = new QPushButton(tr("&Remove event file"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(mAddButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* lists = new QHBoxLayout;
    lists->addWidget(mSources, 1);
    lists->addWidget(mReport, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mForm, 3);
    layout->addLayout(buttons);
    layout->addLayout(lists, 1);

    connect(mForm, &EventSourceForm::readyChanged, mAddButton, &QPushButton::setEnabled);
    connect(mAddButton, &QPushButton::clicked, this, &EventsPage::addSource);
    connect(removeButton, &QPushButton::clicked, this, &EventsPage::removeSource);
    connect(mWizard, &NewAnalysisWizard::dataChanged, this, &EventsPage::showReports);
    connect(mWizard->taskRunner(), &TaskRunner::errorShown, this, [this](const QString& message) {
        if (mPendingAdd)
            mForm->showError(message);
    });
    // An event file that cannot be counted is not kept.
    connect(mWizard->taskRunner(), &TaskRunner::finished, this, [this](bool succeeded) {
        if (mPendingAdd && !succeeded && !mWizard->draft().events.empty()) {
            mWizard->draft().events.pop_back();
            mPendingAdd = false;
            mWizard->reloadData();
            showReports();
        }
        mPendingAdd = false;
    });
}

void EventsPage::initializePage()
{
    mForm->setAreaIdField(mWizard->draft().areas.id);
    mWizard->reloadData();
    showReports();
}

core::EventSourceSpec EventsPage::sourceFromForm() const
{
    std::set<std::string> taken;
    for (const IndicatorCandidate& candidate : mWizard->candidates())
        taken.insert(candidate.field);
    return mForm->sourceFromForm(taken);
}

void EventsPage::addSource()
{
    mForm->hideError();
    core::EventSourceSpec spec;
    try {
        spec = sourceFromForm();
    } catch (const core::InputError& error) {
        mForm->showError(QString::fromUtf8(error.what()));
        return;
    }
    mWizard->draft().events.push_back(std::move(spec));
    mPendingAdd = true;
    mWizard->reloadData();
}

void EventsPage::removeSource()
{
    const int row = mSources->currentRow();
    std::vector<core::EventSourceSpec>& events = mWizard->draft().events;
    if (row < 0 || static_cast<std::size_t>(row) >= events.size())
        return;
    events.erase(events.begin() + row);
    mWizard->reloadData();
    showReports();
}

void EventsPage::showReports()
{
    mSources->clear();
    for (const core::EventSourceSpec& source : mWizard->draft().events) {
        QStringList columns;
        for (const core::EventColumnSpec& column : source.columns)
            columns << QString::fromStdString(column.name);
        mSources->addItem(
            QStringLiteral("%1  [%2]")
                .arg(QString::fromStdString(displayName(source.path)), columns.join(QStringLiteral(", "))));
    }
    QStringList reports;
    for (const core::EventColumnsReport& report : mWizard->eventReports())
        reports << EventSourceForm::describeReport(report);
    mReport->setPlainText(reports.join(QStringLiteral("\n\n")));
    emit completeChanged();
}

bool EventsPage::isComplete() const
{
    // Event files are optional; a file being added must have been counted first.
    return mWizard->dataCurrent() && !mWizard->candidates().empty();
}

} // namespace bib::app
