// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipeeditor.h"

#include "taskrunner.h"
#include "util/atomicfile.h"
#include "weightcommands.h"
#include "weightingsession.h"
#include "weightspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

#include <filesystem>

namespace bib::app {

namespace fs = std::filesystem;

namespace {

/// Pause after the last change before the slower columns and the table follow, in milliseconds.
constexpr int kSettleDelay = 150;

std::string relativeTo(const std::string& path, const fs::path& folder)
{
    if (path.empty() || path.rfind("PG:", 0) == 0 || !fs::path(path).is_absolute())
        return path;
    const fs::path relative = fs::path(path).lexically_relative(folder);
    if (relative.empty() || *relative.begin() == "..")
        return path;
    return relative.generic_string();
}

} // namespace

std::string recipeTextFor(const core::Recipe& recipe, const fs::path& target)
{
    core::Recipe written = recipe;
    const fs::path folder = fs::absolute(target).parent_path().lexically_normal();
    written.areas.path = relativeTo(written.areas.path, folder);
    for (core::TableSpec& table : written.tables)
        table.path = relativeTo(table.path, folder);
    for (core::EventSourceSpec& events : written.events)
        events.path = relativeTo(events.path, folder);
    return core::recipeToJson(written);
}

RecipeEditor::RecipeEditor(QWidget* window, TaskRunner* runner)
    : QObject(window), mWindow(window), mRunner(runner)
{
    mSession = new WeightingSession(this);
    mUndoStack = new QUndoStack(this);
    mSettleTimer = new QTimer(this);
    mSettleTimer->setSingleShot(true);
    mSettleTimer->setInterval(kSettleDelay);
    createActions();
    mPanel = new WeightsPanel(mSession, mUndoStack);
    mPanel->setObjectName(QStringLiteral("weightsPanel"));
    mPanel->setFooterActions({mUndoAction, mRedoAction, mResetAction});
    mDock = new QDockWidget(tr("Weights"), window);
    mDock->setObjectName(QStringLiteral("weightsDock"));
    mDock->setWidget(mPanel);

    connect(mSession, &WeightingSession::indexChanged, this, [this] {
        if (mWorkspace) {
            mWorkspace->recipe = mSession->recipe();
            if (mWorkspace->index)
                mWorkspace->index->withIndex = mSession->withIndex();
        }
        emit indexChanged(false);
        mSettleTimer->start();
    });
    connect(mSettleTimer, &QTimer::timeout, this, &RecipeEditor::settle);
    connect(mUndoStack, &QUndoStack::cleanChanged, this, [this](bool) {
        if (mWorkspace)
            mWorkspace->recipeModified = isModified();
        updateActions();
        emit modifiedChanged(isModified());
    });
    connect(mUndoStack, &QUndoStack::indexChanged, this, &RecipeEditor::updateActions);
}

void RecipeEditor::createActions()
{
    mUndoAction = new QAction(tr("&Undo"), this);
    mUndoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    mRedoAction = new QAction(tr("&Redo"), this);
    mRedoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    mResetAction = new QAction(tr("Reset to &recipe"), this);
    mResetAction->setStatusTip(
        tr("Every weight and setting back to the recipe as it was opened or last saved"));
    mSaveAction = new QAction(tr("&Save recipe"), this);
    mSaveAction->setShortcut(QKeySequence::Save);
    mSaveAsAction = new QAction(tr("Save recipe &as…"), this);
    mSaveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(mUndoAction, &QAction::triggered, mUndoStack, &QUndoStack::undo);
    connect(mRedoAction, &QAction::triggered, mUndoStack, &QUndoStack::redo);
    connect(mResetAction, &QAction::triggered, this, [this] {
        if (mSession->active())
            mUndoStack->push(new ResetToRecipe(mSession));
    });
    connect(mSaveAction, &QAction::triggered, this, &RecipeEditor::save);
    connect(mSaveAsAction, &QAction::triggered, this, &RecipeEditor::saveAs);
    updateActions();
}

void RecipeEditor::updateActions()
{
    const bool editing = mEditingEnabled && mSession->active();
    mUndoAction->setEnabled(editing && mUndoStack->canUndo());
    mRedoAction->setEnabled(editing && mUndoStack->canRedo());
    mUndoAction->setText(mUndoStack->canUndo() ? tr("&Undo %1").arg(mUndoStack->undoText()) : tr("&Undo"));
    mRedoAction->setText(mUndoStack->canRedo() ? tr("&Redo %1").arg(mUndoStack->redoText()) : tr("&Redo"));
    mResetAction->setEnabled(editing && mUndoStack->count() > 0);
    mSaveAction->setEnabled(mEditingEnabled && mSession->active());
    mSaveAsAction->setEnabled(mEditingEnabled && mSession->active());
}

void RecipeEditor::setEditingEnabled(bool enabled)
{
    mEditingEnabled = enabled;
    mPanel->setEnabled(enabled);
    updateActions();
}

void RecipeEditor::setWorkspace(std::shared_ptr<Workspace> workspace, bool sameAreas)
{
    const bool keep = sameAreas && mSession->active() && workspace && workspace->recipe;
    mWorkspace = std::move(workspace);
    if (keep) {
        mSession->rebind(mWorkspace->areas);
        mWorkspace->recipeModified = isModified();
        return;
    }
    mSettleTimer->stop();
    mSourcesAdded = false;
    mUndoStack->clear();
    mSession->stop();
    QString message = tr("Open a recipe to weight its indicators.");
    if (mWorkspace && mWorkspace->recipe) {
        try {
            mSession->start(mWorkspace->areas, *mWorkspace->recipe);
        } catch (...) {
            mSession->stop();
            message = tr("Weighting is not possible for this recipe: %1")
                          .arg(TaskRunner::describe(std::current_exception()));
        }
    }
    mPanel->rebuild(message);
    updateActions();
}

bool RecipeEditor::isModified() const
{
    return mSession->active() && (mSourcesAdded || !mUndoStack->isClean());
}

void RecipeEditor::addEventSource(const core::EventSourceSpec& spec)
{
    if (!mSession->active())
        return;
    mSession->addEventSource(spec);
    mSourcesAdded = true;
    if (mWorkspace) {
        mWorkspace->recipe = mSession->recipe();
        mWorkspace->recipeModified = true;
    }
    updateActions();
    emit modifiedChanged(true);
}

void RecipeEditor::settle()
{
    mRunner->guard(tr("Weights"), [this] { mSession->writeDetails(); });
    emit indexChanged(true);
}

bool RecipeEditor::saveTo(const QString& path)
{
    if (!mSession->active())
        return false;
    return mRunner->guard(tr("Save recipe"), [&] {
        const fs::path target = path.toStdString();
        const core::Recipe& recipe = mSession->recipe();
        std::vector<std::string> inputs{recipe.areas.path};
        for (const core::TableSpec& table : recipe.tables)
            inputs.push_back(table.path);
        core::writeTextFileAtomically(target, recipeTextFor(recipe, target), inputs);
        // Read back: the file is a valid recipe, and its hash is what maps will print.
        mSession->setBaseline(core::readRecipe(target.string()));
        if (mWorkspace)
            mWorkspace->recipe = mSession->recipe();
        // setClean() reports the change itself unless only an added events source made it.
        const bool onlySources = mSourcesAdded && mUndoStack->isClean();
        mSourcesAdded = false;
        mUndoStack->setClean();
        if (onlySources)
            emit modifiedChanged(false);
        if (mWorkspace)
            mWorkspace->recipeModified = false;
        updateActions();
        emit recipeSaved();
    });
}

void RecipeEditor::save()
{
    const std::string& path = mSession->recipe().sourcePath;
    if (path.empty())
        saveAs();
    else
        saveTo(QString::fromStdString(path));
}

void RecipeEditor::saveAs()
{
    const QString start = QString::fromStdString(mSession->recipe().sourcePath);
    const QString path = QFileDialog::getSaveFileName(mWindow, tr("Save recipe"), start,
                                                      tr("Buurt in Beeld recipe (*.bib.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool RecipeEditor::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(mWindow, tr("Unsaved weights"),
                                              tr("The weights of \"%1\" have changed. Save the recipe first?")
                                                  .arg(QString::fromStdString(mSession->recipe().name)),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    save();
    return !isModified();
}

} // namespace bib::app
