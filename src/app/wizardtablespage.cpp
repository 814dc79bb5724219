// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3 of the new-analysis wizard: indicator tables and their join reports.
#include "io/datasetinfo.h"
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "wizardpages.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <filesystem>

namespace bib::app {

namespace {

/// At most `limit` items of a list, joined with ", " and "…" when there are more.
QString firstFew(const std::vector<std::string>& items, std::size_t limit = 8)
{
    QStringList shown;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i)
        shown << QString::fromStdString(items[i]);
    return shown.join(QStringLiteral(", ")) + (items.size() > limit ? QStringLiteral(", …") : QString());
}

QString describeJoin(const core::JoinReport& join)
{
    QStringList lines;
    lines << TablesPage::tr("%1 (code column %2): %3 of %4 areas matched, %5 rows")
                 .arg(QString::fromStdString(displayName(join.tablePath)),
                      QString::fromStdString(join.tableIdField))
                 .arg(static_cast<qulonglong>(join.matched))
                 .arg(static_cast<qulonglong>(join.areaCount))
                 .arg(static_cast<qulonglong>(join.rowCount));
    if (!join.unmatchedAreas.empty())
        lines << TablesPage::tr("  areas without a row (%1): %2")
                     .arg(static_cast<qulonglong>(join.unmatchedAreas.size()))
                     .arg(firstFew(join.unmatchedAreas));
    if (!join.unmatchedRows.empty())
        lines << TablesPage::tr("  rows without an area (%1): %2")
                     .arg(static_cast<qulonglong>(join.unmatchedRows.size()))
                     .arg(firstFew(join.unmatchedRows));
    if (!join.duplicateCodes.empty())
        lines << TablesPage::tr("  codes that occur more than once (the first row is used): %1")
                     .arg(firstFew(join.duplicateCodes));
    if (!join.normalisedCodes.empty())
        lines << TablesPage::tr("  codes matched only after trimming spaces or ignoring case: %1")
                     .arg(static_cast<qulonglong>(join.normalisedCodes.size()));
    lines << TablesPage::tr("  numeric columns joined: %1")
                 .arg(static_cast<qulonglong>(join.joinedColumns.size()));
    if (!join.skippedColumns.empty())
        lines << TablesPage::tr("  columns not joined (text, or the name is taken): %1")
                     .arg(firstFew(join.skippedColumns));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TablesPage::TablesPage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mPath(new QLineEdit), mIdColumn(new QComboBox),
      mAddButton(new QPushButton(tr("&Add table"))), mTables(new QListWidget), mReport(new QPlainTextEdit)
{
    setTitle(tr("Indicator tables"));
    setSubTitle(tr("Tables (CSV, XLSX, ODS) with one row per area, joined to the areas by their code."));
    mPath->setObjectName(QStringLiteral("tablePath"));
    mIdColumn->setObjectName(QStringLiteral("tableIdColumn"));
    mAddButton->setObjectName(QStringLiteral("addTable"));
    mTables->setObjectName(QStringLiteral("tableList"));
    mReport->setObjectName(QStringLiteral("joinReport"));
    mReport->setReadOnly(true);
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* removeButton = new QPushButton(tr("&Remove table"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Table:"), pathRow);
    form->addRow(tr("Code column in the table:"), mIdColumn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(mAddButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(mTables, 1);
    layout->addWidget(mReport, 2);
    mAddButton->setEnabled(false);

    connect(browseButton, &QPushButton::clicked, this, &TablesPage::browse);
    connect(mPath, &QLineEdit::textChanged, this, [this](const QString& path) {
        if (QFileInfo(path).isFile())
            describeTable(path);
        else
            mIdColumn->clear();
        mAddButton->setEnabled(mIdColumn->count() > 0);
    });
    connect(mAddButton, &QPushButton::clicked, this, &TablesPage::addTable);
    connect(removeButton, &QPushButton::clicked, this, &TablesPage::removeTable);
    connect(mWizard, &NewAnalysisWizard::dataChanged, this, &TablesPage::showReports);
    // A table that cannot be joined is not kept.
    connect(mWizard->taskRunner(), &TaskRunner::finished, this, [this](bool succeeded) {
        if (mPendingAdd && !succeeded && !mWizard->draft().tables.empty()) {
            mWizard->draft().tables.pop_back();
            mPendingAdd = false;
            mWizard->reloadData();
            showReports();
        }
        mPendingAdd = false;
    });
}

void TablesPage::initializePage()
{
    // The areas or the filter may have changed: read and join again.
    mWizard->reloadData();
    showReports();
}

void TablesPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Indicator table"), {}, tr("Tables (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        mPath->setText(path);
}

void TablesPage::describeTable(const QString& path)
{
    mIdColumn->clear();
    mWizard->taskRunner()->guard(tr("Read the table"), [&] {
        core::SilentFeedback feedback;
        const core::DatasetInfo info = core::describeDataset(path.toStdString(), {}, feedback);
        if (!info.layers.empty())
            for (const core::FieldInfo& field : info.layers.front().fields)
                mIdColumn->addItem(QString::fromStdString(field.name));
    });
    // The same name as the area code field first (CBS tables use bu_code too).
    const int same =
        mIdColumn->findText(QString::fromStdString(mWizard->draft().areas.id), Qt::MatchFixedString);
    mIdColumn->setCurrentIndex(same >= 0 ? same : 0);
}

void TablesPage::addTable()
{
    if (mIdColumn->currentIndex() < 0)
        return;
    const std::string path =
        std::filesystem::absolute(mPath->text().trimmed().toStdString()).lexically_normal().string();
    mWizard->draft().tables.push_back({path, mIdColumn->currentText().toStdString(), {}});
    mPendingAdd = true;
    mWizard->reloadData();
    mPath->clear();
}

void TablesPage::removeTable()
{
    const int row = mTables->currentRow();
    std::vector<core::TableSpec>& tables = mWizard->draft().tables;
    if (row < 0 || static_cast<std::size_t>(row) >= tables.size())
        return;
    tables.erase(tables.begin() + row);
    mWizard->reloadData();
    showReports();
}

void TablesPage::showReports()
{
    mTables->clear();
    for (const core::TableSpec& table : mWizard->draft().tables)
        mTables->addItem(
            QStringLiteral("%1  [%2]")
                .arg(QString::fromStdString(displayName(table.path)), QString::fromStdString(table.id)));
    QStringList reports;
    for (const core::JoinReport& join : mWizard->joins())
        reports << describeJoin(join);
    mReport->setPlainText(reports.join(QStringLiteral("\n\n")));
    emit completeChanged();
}

bool TablesPage::isComplete() const
{
    // Tables are optional: the area layer's own numeric fields may be the indicators.
    return mWizard->dataCurrent() && !mWizard->candidates().empty();
}

} // namespace bib::app
