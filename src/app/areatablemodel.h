// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <string>
#include <vector>

namespace bib::core {
class AreaSet;
struct Column;
} // namespace bib::core

namespace bib::render {
struct CategoricalScheme;
}

namespace bib::app {

/// The areas as a read-only table: code, name, then every numeric column (the leading ones first,
/// then the others in the area set's order), then the class columns of analyses (text columns a
/// render::CategoricalScheme maps, shown with their legend labels). One row per area, in the area
/// set's order, so a model row is an area row.
class AreaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Role with the raw value for sorting: double (NaN for missing) or QString.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CodeColumn = 0;
    static constexpr int NameColumn = 1;
    static constexpr int FirstValueColumn = 2;

    explicit AreaTableModel(QObject* parent = nullptr);

    /// Shows these areas (nullptr: an empty table). The model shares them, never changes them.
    /// `leadingColumns` that the areas have come right after code and name, in that order (e.g. a
    /// recipe's index and rank); names the areas lack are skipped.
    void setAreas(std::shared_ptr<const core::AreaSet> areas,
                  const std::vector<std::string>& leadingColumns = {});
    const core::AreaSet* areas() const { return mAreas.get(); }
    /// Tells the views that the values changed in place (the same columns, e.g. a re-weighted
    /// index); sorting and the shown numbers follow.
    void refreshValues();
    /// Model column of a numeric or class column, -1 when there is none of that name.
    int columnOf(const std::string& name) const;
    /// The area set's column shown in `section` (a numeric or class column); empty for code and
    /// name.
    std::string columnName(int section) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant valueData(std::size_t row, int section, int role) const;
    QVariant classData(std::size_t row, int section, int role) const;
    const core::Column& columnAt(int section) const;
    int firstClassColumn() const { return FirstValueColumn + static_cast<int>(mColumnOrder.size()); }

    std::shared_ptr<const core::AreaSet> mAreas;
    std::vector<std::size_t> mColumnOrder;                       ///< area column index of every value column
    std::vector<std::size_t> mClassColumns;                      ///< text column index of every class column
    std::vector<const render::CategoricalScheme*> mClassSchemes; ///< the scheme of each class column
};

/// Sorts by AreaTableModel::SortRole: numbers numerically with missing values after all numbers,
/// text by locale-aware comparison. Filters on code and name only (the filter text anywhere in
/// either, ignoring case): numbers would match almost any digit typed.
class AreaSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AreaSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
};

} // namespace bib::app
