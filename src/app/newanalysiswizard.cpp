// SPDX-License-Identifier: GPL-3.0-or-later
#include "newanalysiswizard.h"

#include "io/recipedata.h"
#include "recipeeditor.h"
#include "taskrunner.h"
#include "util/atomicfile.h"
#include "wizardpages.h"
#include "workspace.h"

#include <QTimer>

#include <filesystem>
#include <memory>

namespace bib::app {

namespace {

/// What the worker hands back: join and event reports and the numeric columns after all of them.
struct DraftData
{
    std::vector<core::JoinReport> joins;
    std::vector<core::EventColumnsReport> events;
    std::vector<IndicatorCandidate> candidates;
};

} // namespace

NewAnalysisWizard::NewAnalysisWizard(QWidget* parent) : QWizard(parent)
{
    mRunner = new TaskRunner(this);
    setWindowTitle(tr("New analysis"));
    setObjectName(QStringLiteral("newAnalysisWizard"));
    setPage(AreasPage, new AreaSourcePage(this));
    setPage(FilterPage, new AreaFilterPage(this));
    setPage(TablesPage, new bib::app::TablesPage(this));
    setPage(EventsPage, new bib::app::EventsPage(this));
    setPage(IndicatorsPage, new bib::app::IndicatorsPage(this));
    setPage(SavePage, new SaveRecipePage(this));
    setMinimumSize(720, 560);
}

void NewAnalysisWizard::reloadData()
{
    mDataCurrent = false;
    if (mRunner->busy()) {
        // One task at a time: join once the running one (municipalities, say) is done.
        QTimer::singleShot(50, this, &NewAnalysisWizard::reloadData);
        return;
    }
    const core::Recipe draft = mDraft;
    for (const core::TableSpec& table : draft.tables)
        mDictionary.addFolderOf(table.path);
    mRunner->run<DraftData>(
        draft.events.empty() ? tr("Joining the tables…") : tr("Joining the tables and counting the events…"),
        [draft](core::Feedback& feedback) {
            core::RecipeData loaded = core::loadRecipeData(draft, feedback);
            DraftData result{std::move(loaded.joins), std::move(loaded.events), {}};
            for (const core::Column& column : loaded.areas.columns()) {
                const std::string source =
                    column.provenance.file.empty() ? draft.areas.path : column.provenance.file;
                result.candidates.push_back({column.name, displayName(source), {}, {}});
            }
            return result;
        },
        [this](DraftData& result) {
            mJoins = std::move(result.joins);
            mEventReports = std::move(result.events);
            mCandidates = std::move(result.candidates);
            mDataCurrent = true;
            for (IndicatorCandidate& candidate : mCandidates) {
                if (const VariableDictionary::Entry* entry = mDictionary.find(candidate.field)) {
                    candidate.label = entry->label;
                    candidate.unit = entry->unit;
                }
            }
            emit dataChanged();
        });
}

bool NewAnalysisWizard::writeRecipe(const QString& path)
{
    return mRunner->guard(tr("Save recipe"), [&] {
        const std::filesystem::path target = std::filesystem::absolute(path.toStdString());
        std::vector<std::string> inputs{mDraft.areas.path};
        for (const core::TableSpec& table : mDraft.tables)
            inputs.push_back(table.path);
        for (const core::EventSourceSpec& events : mDraft.events)
            inputs.push_back(events.path);
        core::writeTextFileAtomically(target, recipeTextFor(mDraft, target), inputs);
        // Read back: what was written is a valid recipe.
        mDraft = core::readRecipe(target.string());
        mRecipePath = QString::fromStdString(target.string());
    });
}

} // namespace bib::app
