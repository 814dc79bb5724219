// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/areaset.h"

#include "util/error.h"

#include <algorithm>

namespace bib::core {

std::size_t AreaSet::addArea(std::string id, std::string name, MultiPolygon shape)
{
    const std::size_t row = mIds.size();
    if (!mRowById.emplace(id, row).second)
        throw InputError("duplicate area id '" + id + "'");
    if (shape.envelope.isNull() && !shape.isEmpty())
        shape.updateEnvelope();
    mIds.push_back(std::move(id));
    mNames.push_back(std::move(name));
    mShapes.push_back(std::move(shape));
    for (auto& c : mColumns)
        c.values.push_back(std::numeric_limits<double>::quiet_NaN());
    for (auto& c : mTextColumns)
        c.values.emplace_back();
    return row;
}

std::optional<std::size_t> AreaSet::rowOf(const std::string& id) const
{
    const auto it = mRowById.find(id);
    if (it == mRowById.end())
        return std::nullopt;
    return it->second;
}

Envelope AreaSet::extent() const
{
    Envelope e;
    for (const auto& s : mShapes)
        e.expand(s.envelope);
    return e;
}

Column& AreaSet::setColumn(Column column)
{
    if (column.values.size() != size())
        throw InternalError("column '" + column.name + "' has " + std::to_string(column.values.size()) +
                            " values for " + std::to_string(size()) + " areas");
    if (auto* existing = this->column(column.name)) {
        *existing = std::move(column);
        return *existing;
    }
    mColumns.push_back(std::move(column));
    return mColumns.back();
}

Column* AreaSet::column(const std::string& name)
{
    const auto it =
        std::find_if(mColumns.begin(), mColumns.end(), [&](const Column& c) { return c.name == name; });
    return it == mColumns.end() ? nullptr : &*it;
}

const Column* AreaSet::column(const std::string& name) const
{
    return const_cast<AreaSet*>(this)->column(name);
}

TextColumn& AreaSet::setTextColumn(TextColumn column)
{
    if (column.values.size() != size())
        throw InternalError("text column '" + column.name + "' has the wrong length");
    for (auto& c : mTextColumns) {
        if (c.name == column.name) {
            c = std::move(column);
            return c;
        }
    }
    mTextColumns.push_back(std::move(column));
    return mTextColumns.back();
}

const TextColumn* AreaSet::textColumn(const std::string& name) const
{
    for (const auto& c : mTextColumns)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace bib::core
