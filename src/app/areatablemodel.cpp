// SPDX-License-Identifier: GPL-3.0-or-later
#include "areatablemodel.h"

#include "model/areaset.h"

#include <QLocale>

#include <cmath>

namespace bib::app {

namespace {

QString formatValue(double value)
{
    const QLocale locale;
    if (std::isnan(value))
        return {};
    // As few decimals as the value has, at most four: 28.4 stays "28,4", 1/3 becomes "0,3333".
    const double rounded = std::round(value * 1e4) / 1e4;
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace

AreaTableModel::AreaTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AreaTableModel::setAreas(std::shared_ptr<const core::AreaSet> areas)
{
    beginResetModel();
    mAreas = std::move(areas);
    endResetModel();
}

int AreaTableModel::columnOf(const std::string& name) const
{
    if (!mAreas)
        return -1;
    const auto& columns = mAreas->columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == name)
            return FirstValueColumn + static_cast<int>(i);
    }
    return -1;
}

int AreaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mAreas ? 0 : static_cast<int>(mAreas->size());
}

int AreaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mAreas ? 0 : FirstValueColumn + static_cast<int>(mAreas->columns().size());
}

QVariant AreaTableModel::valueData(std::size_t row, std::size_t column, int role) const
{
    const double value = mAreas->columns()[column].values[row];
    switch (role) {
    case Qt::DisplayRole:
        return formatValue(value);
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return std::isnan(value) ? tr("no data") : QVariant();
    default:
        return {};
    }
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const
{
    if (!mAreas || !index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() >= FirstValueColumn)
        return valueData(row, static_cast<std::size_t>(index.column() - FirstValueColumn), role);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const std::string& text = index.column() == CodeColumn ? mAreas->id(row) : mAreas->name(row);
    return QString::fromStdString(text);
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !mAreas)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstValueColumn) {
        const core::Column& column = mAreas->columns()[static_cast<std::size_t>(section - FirstValueColumn)];
        if (role == Qt::DisplayRole)
            return QString::fromStdString(column.name);
        if (role == Qt::ToolTipRole && !column.provenance.file.empty())
            return tr("%1, from %2")
                .arg(QString::fromStdString(column.name), QString::fromStdString(column.provenance.file));
        return {};
    }
    if (role == Qt::DisplayRole)
        return section == CodeColumn ? tr("Code") : tr("Name");
    return {};
}

AreaSortProxy::AreaSortProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AreaTableModel::SortRole);
    setSortLocaleAware(true);
}

bool AreaSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return x < y;
    }
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace bib::app
