// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace bib::app {

class RecipeEditor;

/// Keeps a copy of the edited recipe in a recovery file while it has unsaved changes, so a crash
/// loses at most one interval of work. The file goes when the recipe is saved, the edits are
/// undone to the saved state, or the window closes normally; a file found at start-up therefore
/// means the last session ended abnormally, and the window offers to open it.
class RecipeAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultInterval = 30000; ///< milliseconds
    explicit RecipeAutosave(RecipeEditor* editor);

    /// The recovery file: recovery.bib.json in the application's data folder.
    static QString recoveryPath();
    static bool hasRecovery();
    /// The recipe file the recovered edits belonged to (may be empty).
    static QString recoveredFrom();

    void setInterval(int milliseconds);
    /// Writes the recovery file now when there are unsaved edits; true when written.
    bool saveNow();
    /// Removes the recovery file.
    static void discard();
    /// At start-up: when a recovery file exists, asks whether to open it. Returns its path when
    /// the user wants it back; otherwise removes it and returns an empty string.
    static QString offerRecovery(QWidget* parent);

private:
    RecipeEditor* mEditor;
    QTimer* mTimer;
};

} // namespace bib::app
