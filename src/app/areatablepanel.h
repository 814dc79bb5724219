// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "index/recipe.h"

#include <optional>

class QAction;
class QLineEdit;
class QTableView;

namespace bib::app {

class AreaSortProxy;
class AreaTableModel;
class TaskRunner;

/// The area table with a search box (code or name), sortable columns, copy to the clipboard and
/// export of the shown rows to CSV.
class AreaTablePanel : public QWidget
{
    Q_OBJECT

public:
    /// Errors while exporting are shown by `runner`.
    explicit AreaTablePanel(TaskRunner* runner, QWidget* parent = nullptr);

    AreaTableModel* model() const { return mModel; }
    AreaSortProxy* proxy() const { return mProxy; }
    QTableView* view() const { return mView; }
    QLineEdit* searchBox() const { return mSearch; }
    QAction* copyAction() const { return mCopyAction; }
    QAction* exportAction() const { return mExportAction; }

    /// The selected area row (model row = area row), -1 for none; with several, the first.
    int selectedRow() const;
    /// Every selected area row, in table order.
    QList<int> selectedRows() const;
    /// Selects an area row (-1: none) and scrolls to it; a row hidden by the search is shown by
    /// clearing the search.
    void selectRow(int row);
    /// Selects these area rows and scrolls to the first.
    void selectRows(const QList<int>& rows);
    /// The recipe whose result the table shows (none: plain areas). Its disclosure rules apply to
    /// everything that leaves the table (clipboard, CSV): a withheld cell reads "onderdrukt" and
    /// rank is that among the published areas and only the columns `bib export` writes leave. The
    /// table on screen keeps every value: it is the analyst's own view.
    void setRecipe(std::optional<core::Recipe> recipe);
    /// The shown rows (search and sort applied) as text: with `selectedOnly` only the selected
    /// ones. Tab separated with the numbers as shown (for the clipboard), or as CSV (RFC 4180,
    /// ',' separated, numbers with '.' and full precision, missing empty).
    QString tableText(bool csv, bool selectedOnly) const;
    /// Copies the selected rows (all shown rows when none is selected) with the header.
    void copy() const;
    /// Writes the shown rows to `path` atomically; false after an error (the runner shows it).
    bool exportCsv(const QString& path);

signals:
    /// The user selected rows in the table (empty: none).
    void rowsSelected(const QList<int>& rows);

private:
    void exportWithDialog();

    TaskRunner* mRunner;
    AreaTableModel* mModel;
    AreaSortProxy* mProxy;
    QTableView* mView;
    QLineEdit* mSearch;
    QAction* mCopyAction;
    QAction* mExportAction;
    bool mSelecting = false;
    std::optional<core::Recipe> mRecipe;
};

} // namespace bib::app
