// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/join.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <QWidget>

#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace bib::app {

/// The issues of the open data: every warning from loading and joining, and per table the areas
/// the join left without a row. An issue that names an area of the map (by its code) is
/// activated by a click or Enter: featureActivated() then carries the area's row.
class IssuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget* parent = nullptr);

    /// Shows the issues of `areas` (warnings in the order they came, then the joins).
    void setIssues(const core::AreaSet& areas, const std::vector<core::Warning>& warnings,
                   const std::vector<core::JoinReport>& joins);
    void clear();
    /// How many issues are listed (warnings plus areas without a row).
    int issueCount() const { return mCount; }
    QTreeWidget* tree() const { return mTree; }

signals:
    /// An issue naming this area row was clicked.
    void featureActivated(int row);
    /// issueCount() changed.
    void countChanged(int count);

private:
    QTreeWidgetItem* addIssue(QTreeWidgetItem* group, const QString& text, const std::string& featureId,
                              const core::AreaSet& areas);

    QTreeWidget* mTree;
    int mCount = 0;
};

} // namespace bib::app
