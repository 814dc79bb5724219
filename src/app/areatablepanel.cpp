// SPDX-License-Identifier: GPL-3.0-or-later
#include "areatablepanel.h"

#include "areatablemodel.h"
#include "model/areaset.h"
#include "privacy/protectedexport.h"
#include "privacy/publishedresult.h"
#include "taskrunner.h"
#include "util/atomicfile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <set>
#include <vector>

namespace bib::app {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvValue(const QModelIndex& index)
{
    const QVariant value = index.data(AreaTableModel::SortRole);
    if (value.typeId() == QMetaType::Double) {
        const double number = value.toDouble();
        return std::isfinite(number) ? QString::number(number, 'g', 15) : QString();
    }
    return csvField(index.data().toString());
}

} // namespace

AreaTablePanel::AreaTablePanel(TaskRunner* runner, QWidget* parent)
    : QWidget(parent), mRunner(runner), mModel(new AreaTableModel(this)), mProxy(new AreaSortProxy(this)),
      mView(new QTableView), mSearch(new QLineEdit)
{
    mProxy->setSourceModel(mModel);
    mSearch->setObjectName(QStringLiteral("areaSearch"));
    mSearch->setPlaceholderText(tr("Search code or name"));
    mSearch->setClearButtonEnabled(true);
    mView->setObjectName(QStringLiteral("areaTable"));
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setAlternatingRowColors(true);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mView->setContextMenuPolicy(Qt::ActionsContextMenu);

    mCopyAction = new QAction(tr("&Copy rows"), this);
    mCopyAction->setShortcut(QKeySequence::Copy);
    mCopyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mExportAction = new QAction(tr("E&xport shown rows to CSV…"), this);
    mExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    mExportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mView->addActions({mCopyAction, mExportAction});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mSearch);
    layout->addWidget(mView, 1);

    connect(mSearch, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(mCopyAction, &QAction::triggered, this, &AreaTablePanel::copy);
    connect(mExportAction, &QAction::triggered, this, &AreaTablePanel::exportWithDialog);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!mSelecting)
            emit rowsSelected(selectedRows());
    });
}

int AreaTablePanel::selectedRow() const
{
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : mProxy->mapToSource(rows.front()).row();
}

QList<int> AreaTablePanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : mView->selectionModel()->selectedRows())
        rows.append(mProxy->mapToSource(index).row());
    return rows;
}

void AreaTablePanel::selectRow(int row)
{
    selectRows(row < 0 ? QList<int>{} : QList<int>{row});
}

void AreaTablePanel::selectRows(const QList<int>& rows)
{
    mSelecting = true;
    QItemSelection selection;
    for (int row : rows) {
        if (row < 0 || row >= mModel->rowCount())
            continue;
        if (!mProxy->mapFromSource(mModel->index(row, 0)).isValid())
            mSearch->clear(); // hidden by the search: show every row again
        const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
        selection.select(index, index);
    }
    mView->selectionModel()->select(selection,
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        mView->scrollTo(selection.indexes().front());
    mSelecting = false;
}

void AreaTablePanel::setRecipe(std::optional<core::Recipe> recipe)
{
    mRecipe = std::move(recipe);
}

QString AreaTablePanel::tableText(bool csv, bool selectedOnly) const
{
    const QChar separator = csv ? QLatin1Char(',') : QLatin1Char('\t');
    std::set<int> selected;
    if (selectedOnly)
        for (const QModelIndex& index : mView->selectionModel()->selectedRows())
            selected.insert(index.row());
    // What leaves the program goes through the recipe's disclosure rules (see setRecipe): only the
    // columns `bib export` writes, withheld cells as "onderdrukt", ranks among the published areas.
    std::optional<core::PublishedResult> published;
    std::set<std::string> exported;
    if (mRecipe && mModel->areas() && mModel->areas()->column("index")) {
        published = core::publishResult(*mModel->areas(), *mRecipe);
        for (const std::string& name : core::exportColumns(*mModel->areas(), *mRecipe))
            exported.insert(name);
    }
    std::vector<int> columns;
    for (int column = 0; column < mProxy->columnCount(); ++column) {
        const std::string name = mModel->columnName(mProxy->mapToSource(mProxy->index(0, column)).column());
        if (!published || name.empty() || exported.count(name))
            columns.push_back(column);
    }
    const QString withheld = QStringLiteral("onderdrukt");
    QStringList lines;
    QStringList header;
    for (int column : columns) {
        const QString name = mProxy->headerData(column, Qt::Horizontal).toString();
        header << (csv ? csvField(name) : name);
    }
    lines << header.join(separator);
    for (int row = 0; row < mProxy->rowCount(); ++row) {
        if (selectedOnly && !selected.count(row))
            continue;
        QStringList cells;
        for (int column : columns) {
            const QModelIndex index = mProxy->index(row, column);
            if (published) {
                const QModelIndex source = mProxy->mapToSource(index);
                const std::string name = mModel->columnName(source.column());
                const auto areaRow = static_cast<std::size_t>(source.row());
                if (!name.empty() && published->isWithheld(name, areaRow)) {
                    cells << withheld;
                    continue;
                }
                if (name == "rank")
                    if (const core::Column* rank = published->areas.column(name)) {
                        const double value = rank->values[areaRow];
                        cells << (std::isfinite(value) ? QString::number(value, 'g', 15) : QString());
                        continue;
                    }
            }
            cells << (csv ? csvValue(index) : index.data().toString());
        }
        lines << cells.join(separator);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AreaTablePanel::copy() const
{
    const bool any = mView->selectionModel()->hasSelection();
    QApplication::clipboard()->setText(tableText(false, any));
}

bool AreaTablePanel::exportCsv(const QString& path)
{
    return mRunner->guard(tr("Export table"), [&] {
        std::vector<std::string> inputs;
        if (const core::AreaSet* areas = mModel->areas())
            inputs.push_back(areas->source);
        core::writeTextFileAtomically(path.toStdString(), tableText(true, false).toStdString(), inputs);
    });
}

void AreaTablePanel::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export shown rows"), {}, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path
                                                                            : path + QStringLiteral(".csv"));
}

} // namespace bib::app
