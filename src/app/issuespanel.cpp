// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuespanel.h"

#include "workspace.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bib::app {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

} // namespace

IssuesPanel::IssuesPanel(QWidget* parent) : QWidget(parent), mTree(new QTreeWidget)
{
    mTree->setObjectName(QStringLiteral("issueTree"));
    mTree->setHeaderLabels({tr("Issue"), tr("Area")});
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mTree->setUniformRowHeights(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTree);
    auto activate = [this](QTreeWidgetItem* item) {
        const QVariant row = item ? item->data(0, kRowRole) : QVariant();
        if (row.isValid())
            emit featureActivated(row.toInt());
    };
    connect(mTree, &QTreeWidget::itemClicked, this, activate);
    connect(mTree, &QTreeWidget::itemActivated, this, activate);
}

void IssuesPanel::clear()
{
    mTree->clear();
    mCount = 0;
    emit countChanged(0);
}

QTreeWidgetItem* IssuesPanel::addIssue(QTreeWidgetItem* group, const QString& text,
                                       const std::string& featureId, const core::AreaSet& areas)
{
    auto* item = new QTreeWidgetItem(group, {text, QString::fromStdString(featureId)});
    item->setToolTip(0, text);
    if (const auto row = featureId.empty() ? std::nullopt : areas.rowOf(featureId)) {
        item->setData(0, kRowRole, static_cast<int>(*row));
        item->setToolTip(1, tr("Click to zoom to %1").arg(QString::fromStdString(areas.name(*row))));
    } else {
        item->setForeground(1, palette().color(QPalette::PlaceholderText));
    }
    ++mCount;
    return item;
}

void IssuesPanel::setIssues(const core::AreaSet& areas, const std::vector<core::Warning>& warnings,
                            const std::vector<core::JoinReport>& joins)
{
    mTree->clear();
    mCount = 0;
    if (!warnings.empty()) {
        auto* group = new QTreeWidgetItem(
            mTree,
            {tr("Warnings from loading and joining (%1)").arg(static_cast<qulonglong>(warnings.size()))});
        for (const core::Warning& warning : warnings) {
            QString text = QString::fromStdString(warning.message);
            if (!warning.source.empty())
                text = QString::fromStdString(displayName(warning.source)) + QStringLiteral(": ") + text;
            addIssue(group, text, warning.featureId, areas);
        }
        group->setExpanded(true);
    }
    for (const core::JoinReport& join : joins) {
        if (join.unmatchedAreas.empty())
            continue;
        const QString table = QString::fromStdString(displayName(join.tablePath));
        auto* group =
            new QTreeWidgetItem(mTree, {tr("Areas without a row in %1 (%2)")
                                            .arg(table)
                                            .arg(static_cast<qulonglong>(join.unmatchedAreas.size()))});
        for (const std::string& id : join.unmatchedAreas)
            addIssue(group, tr("No row in %1: its indicators are missing").arg(table), id, areas);
    }
    emit countChanged(mCount);
}

} // namespace bib::app
