// SPDX-License-Identifier: GPL-3.0-or-later
// Steps 5 and 6 of the new-analysis wizard: indicators with their directions, and saving.
#include "newanalysiswizard.h"
#include "taskrunner.h"
#include "wizardpages.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace bib::app {

namespace {

enum IndicatorColumn
{
    FieldColumn,
    LabelColumn,
    UnitColumn,
    DirectionColumn,
    SourceColumn,
};

QComboBox* directionBox(core::Direction direction)
{
    auto* box = new QComboBox;
    box->addItem(IndicatorsPage::tr("higher = more attention"), static_cast<int>(core::Direction::Positive));
    box->addItem(IndicatorsPage::tr("lower = more attention"), static_cast<int>(core::Direction::Negative));
    box->setCurrentIndex(direction == core::Direction::Negative ? 1 : 0);
    return box;
}

} // namespace

IndicatorsPage::IndicatorsPage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mSearch(new QLineEdit), mList(new QTreeWidget)
{
    setTitle(tr("Indicators"));
    setSubTitle(tr("Tick the columns that make up the index and say which way each one points."));
    mSearch->setObjectName(QStringLiteral("indicatorSearch"));
    mSearch->setPlaceholderText(tr("Search name, label or unit"));
    mSearch->setClearButtonEnabled(true);
    mList->setObjectName(QStringLiteral("indicatorList"));
    mList->setRootIsDecorated(false);
    mList->setHeaderLabels({tr("Variable"), tr("Label"), tr("Unit"), tr("Direction"), tr("Source")});
    mList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mSearch);
    layout->addWidget(mList, 1);
    connect(mSearch, &QLineEdit::textChanged, this, &IndicatorsPage::filter);
    connect(mList, &QTreeWidget::itemChanged, this, &QWizardPage::completeChanged);
}

void IndicatorsPage::initializePage()
{
    // Keep what was chosen before (the user may come back from the last page).
    std::set<std::string> chosen;
    for (const core::IndicatorSpec& indicator : mWizard->draft().indicators)
        chosen.insert(indicator.field);
    const QSignalBlocker blocker(mList);
    mList->clear();
    for (const IndicatorCandidate& candidate : mWizard->candidates()) {
        auto* item = new QTreeWidgetItem(mList);
        item->setText(FieldColumn, QString::fromStdString(candidate.field));
        item->setText(LabelColumn, QString::fromStdString(candidate.label));
        item->setText(UnitColumn, QString::fromStdString(candidate.unit));
        item->setText(SourceColumn, QString::fromStdString(candidate.source));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(FieldColumn, chosen.count(candidate.field) ? Qt::Checked : Qt::Unchecked);
        core::Direction direction = core::Direction::Positive;
        for (const core::IndicatorSpec& indicator : mWizard->draft().indicators)
            if (indicator.field == candidate.field)
                direction = indicator.direction;
        mList->setItemWidget(item, DirectionColumn, directionBox(direction));
    }
    filter(mSearch->text());
}

void IndicatorsPage::filter(const QString& text)
{
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = mList->topLevelItem(i);
        const bool match = text.isEmpty() || item->text(FieldColumn).contains(text, Qt::CaseInsensitive) ||
                           item->text(LabelColumn).contains(text, Qt::CaseInsensitive) ||
                           item->text(UnitColumn).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

bool IndicatorsPage::isComplete() const
{
    for (int i = 0; i < mList->topLevelItemCount(); ++i)
        if (mList->topLevelItem(i)->checkState(FieldColumn) == Qt::Checked)
            return true;
    return false;
}

bool IndicatorsPage::validatePage()
{
    std::vector<core::IndicatorSpec>& indicators = mWizard->draft().indicators;
    indicators.clear();
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = mList->topLevelItem(i);
        if (item->checkState(FieldColumn) != Qt::Checked)
            continue;
        core::IndicatorSpec indicator;
        indicator.field = item->text(FieldColumn).toStdString();
        indicator.label = item->text(LabelColumn).trimmed().toStdString();
        indicator.unit = item->text(UnitColumn).trimmed().toStdString();
        if (const auto* box = qobject_cast<QComboBox*>(mList->itemWidget(item, DirectionColumn)))
            indicator.direction = static_cast<core::Direction>(box->currentData().toInt());
        indicators.push_back(std::move(indicator));
    }
    return !indicators.empty();
}

SaveRecipePage::SaveRecipePage(NewAnalysisWizard* wizard)
    : mWizard(wizard), mName(new QLineEdit), mPath(new QLineEdit)
{
    setTitle(tr("Save the recipe"));
    setSubTitle(tr("The recipe holds the whole analysis; the workstation opens it when you finish."));
    mName->setObjectName(QStringLiteral("recipeName"));
    mPath->setObjectName(QStringLiteral("recipePath"));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name:"), mName);
    form->addRow(tr("Recipe file:"), pathRow);
    connect(mName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(mPath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the recipe"), mPath->text(),
                                                          tr("Recipes (*.bib.json)"));
        if (!path.isEmpty())
            mPath->setText(path.endsWith(QLatin1String(".bib.json")) ? path
                                                                     : path + QStringLiteral(".bib.json"));
    });
}

void SaveRecipePage::initializePage()
{
    // The user's documents, never beside the data: that folder may be shared or read-only.
    if (mPath->text().isEmpty())
        mPath->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                           .filePath(QStringLiteral("analyse.bib.json")));
    if (mName->text().isEmpty())
        mName->setText(tr("New analysis"));
}

bool SaveRecipePage::isComplete() const
{
    return !mName->text().trimmed().isEmpty() && mPath->text().trimmed().endsWith(QLatin1String(".json"));
}

bool SaveRecipePage::validatePage()
{
    mWizard->draft().name = mName->text().trimmed().toStdString();
    return mWizard->writeRecipe(mPath->text().trimmed());
}

} // namespace bib::app
