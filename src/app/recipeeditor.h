// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <string>

class QAction;
class QDockWidget;
class QTimer;
class QUndoStack;
class QWidget;

namespace bib::app {

class TaskRunner;
class WeightingSession;
class WeightsPanel;

/// Live weighting of the shown recipe: the weights dock, the undo stack with its Edit actions
/// (undo, redo, reset to recipe) and saving the edited recipe.
///
/// Each change rewrites the workspace's index columns in place and emits indexChanged(false) at
/// once; when the controls have rested for a moment the slower columns follow and
/// indexChanged(true) is emitted (the window then also refreshes the table). The workspace's
/// recipe is kept equal to the edited one, with recipeModified set while it differs from its file.
class RecipeEditor : public QObject
{
    Q_OBJECT

public:
    RecipeEditor(QWidget* window, TaskRunner* runner);

    QDockWidget* dock() const { return mDock; }
    WeightsPanel* panel() const { return mPanel; }
    WeightingSession* session() const { return mSession; }
    QUndoStack* undoStack() const { return mUndoStack; }
    QAction* undoAction() const { return mUndoAction; }
    QAction* redoAction() const { return mRedoAction; }
    QAction* resetAction() const { return mResetAction; }
    QAction* saveAction() const { return mSaveAction; }
    QAction* saveAsAction() const { return mSaveAsAction; }

    /// Edits the recipe of `workspace` (nothing without one) and forgets the history. With
    /// `sameAreas` (an analysis added columns to a copy of the same areas) the edits and their
    /// history stay and the new areas get the edited index.
    void setWorkspace(std::shared_ptr<Workspace> workspace, bool sameAreas);
    /// Unsaved edits?
    bool isModified() const;
    /// Writes the edited recipe to `path` atomically and makes it the recipe "reset" returns to.
    /// Errors are shown by the task runner; false then.
    bool saveTo(const QString& path);
    /// With unsaved edits asks whether to save them; false when the user cancels (or saving fails).
    bool maybeSave();
    /// Adds an events source whose columns the areas now have to the edited recipe (nothing without
    /// one); the recipe counts as modified until it is saved.
    void addEventSource(const core::EventSourceSpec& spec);
    /// Off while a worker reads the areas: no edit may change them meanwhile.
    void setEditingEnabled(bool enabled);

signals:
    /// The index columns changed; `settled`: the slower columns too (the controls rest).
    void indexChanged(bool settled);
    void modifiedChanged(bool modified);
    /// The recipe was saved: its file and hash changed.
    void recipeSaved();

private:
    void createActions();
    void save();
    void saveAs();
    void settle();
    void updateActions();

    QWidget* mWindow = nullptr;
    TaskRunner* mRunner = nullptr;
    WeightingSession* mSession = nullptr;
    QUndoStack* mUndoStack = nullptr;
    WeightsPanel* mPanel = nullptr;
    QDockWidget* mDock = nullptr;
    QTimer* mSettleTimer = nullptr;
    QAction* mUndoAction = nullptr;
    QAction* mRedoAction = nullptr;
    QAction* mResetAction = nullptr;
    QAction* mSaveAction = nullptr;
    QAction* mSaveAsAction = nullptr;
    std::shared_ptr<Workspace> mWorkspace;
    bool mEditingEnabled = true;
    bool mSourcesAdded = false; ///< an events source was added since the last save
};

/// The recipe as it is written to `target`: recipeToJson with the paths of areas, tables and events that
/// lie in the target's folder (or below it) relative to it, so the folder can move as a whole.
std::string recipeTextFor(const core::Recipe& recipe, const std::filesystem::path& target);

} // namespace bib::app
