// SPDX-License-Identifier: GPL-3.0-or-later
#include "areatablemodel.h"

#include "categoricalmap.h"
#include "model/areaset.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
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

void AreaTableModel::refreshValues()
{
    if (rowCount() > 0 && columnCount() > FirstValueColumn)
        emit dataChanged(index(0, FirstValueColumn), index(rowCount() - 1, columnCount() - 1));
}

void AreaTableModel::setAreas(std::shared_ptr<const core::AreaSet> areas,
                              const std::vector<std::string>& leadingColumns)
{
    beginResetModel();
    mAreas = std::move(areas);
    mColumnOrder.clear();
    mClassColumns.clear();
    mClassSchemes.clear();
    if (mAreas) {
        const auto& texts = mAreas->textColumns();
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (const render::CategoricalScheme* scheme = render::CategoricalScheme::forColumn(texts[i])) {
                mClassColumns.push_back(i);
                mClassSchemes.push_back(scheme);
            }
        }
        const auto& columns = mAreas->columns();
        const auto indexOf = [&](const std::string& name) {
            return static_cast<std::size_t>(
                std::find_if(columns.begin(), columns.end(),
                             [&](const core::Column& c) { return c.name == name; }) -
                columns.begin());
        };
        for (const std::string& name : leadingColumns) {
            const std::size_t i = indexOf(name);
            if (i < columns.size() &&
                std::find(mColumnOrder.begin(), mColumnOrder.end(), i) == mColumnOrder.end())
                mColumnOrder.push_back(i);
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (std::find(mColumnOrder.begin(), mColumnOrder.end(), i) == mColumnOrder.end())
                mColumnOrder.push_back(i);
        }
    }
    endResetModel();
}

int AreaTableModel::columnOf(const std::string& name) const
{
    if (!mAreas)
        return -1;
    for (std::size_t section = 0; section < mColumnOrder.size(); ++section) {
        if (mAreas->columns()[mColumnOrder[section]].name == name)
            return FirstValueColumn + static_cast<int>(section);
    }
    for (std::size_t i = 0; i < mClassColumns.size(); ++i) {
        if (mAreas->textColumns()[mClassColumns[i]].name == name)
            return firstClassColumn() + static_cast<int>(i);
    }
    return -1;
}

const core::Column& AreaTableModel::columnAt(int section) const
{
    return mAreas->columns()[mColumnOrder[static_cast<std::size_t>(section - FirstValueColumn)]];
}

std::string AreaTableModel::columnName(int section) const
{
    if (!mAreas || section < FirstValueColumn || section >= columnCount())
        return {};
    if (section < firstClassColumn())
        return columnAt(section).name;
    return mAreas->textColumns()[mClassColumns[static_cast<std::size_t>(section - firstClassColumn())]].name;
}

int AreaTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mAreas ? 0 : static_cast<int>(mAreas->size());
}

int AreaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mAreas ? 0 : firstClassColumn() + static_cast<int>(mClassColumns.size());
}

QVariant AreaTableModel::valueData(std::size_t row, int section, int role) const
{
    const double value = columnAt(section).values[row];
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

QVariant AreaTableModel::classData(std::size_t row, int section, int role) const
{
    const auto index = static_cast<std::size_t>(section - firstClassColumn());
    const core::TextColumn& column = mAreas->textColumns()[mClassColumns[index]];
    const std::string& value = column.values[row];
    if (role == SortRole)
        return QString::fromStdString(value);
    if (role == Qt::ToolTipRole && value.empty())
        return tr("no data");
    if (role != Qt::DisplayRole)
        return {};
    for (const render::Category& category : mClassSchemes[index]->categories) {
        if (category.value == value)
            return render::legendLanguage(QLocale()) == core::Language::Dutch ? category.labelDutch
                                                                              : category.labelEnglish;
    }
    return QString::fromStdString(value);
}

QVariant AreaTableModel::data(const QModelIndex& index, int role) const
{
    if (!mAreas || !index.isValid())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() >= firstClassColumn())
        return classData(row, index.column(), role);
    if (index.column() >= FirstValueColumn)
        return valueData(row, index.column(), role);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const std::string& text = index.column() == CodeColumn ? mAreas->id(row) : mAreas->name(row);
    return QString::fromStdString(text);
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !mAreas)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= firstClassColumn()) {
        const auto& column =
            mAreas->textColumns()[mClassColumns[static_cast<std::size_t>(section - firstClassColumn())]];
        return role == Qt::DisplayRole ? QVariant(QString::fromStdString(column.name)) : QVariant();
    }
    if (section >= FirstValueColumn) {
        const core::Column& column = columnAt(section);
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
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool AreaSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QRegularExpression& pattern = filterRegularExpression();
    if (pattern.pattern().isEmpty())
        return true;
    for (int column : {AreaTableModel::CodeColumn, AreaTableModel::NameColumn}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (pattern.match(index.data().toString()).hasMatch())
            return true;
    }
    return false;
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
