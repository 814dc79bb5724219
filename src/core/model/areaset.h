// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bib::core {

/// Where a column's numbers came from, printed in reports and map footers.
struct Provenance
{
    std::string file;        ///< file or connection the values were read from
    std::string field;       ///< field name in that source
    std::optional<int> year; ///< vintage, when known
};

/// One numeric attribute per area; NaN means missing.
struct Column
{
    std::string name;
    std::vector<double> values;
    Provenance provenance;
};

/// One text attribute per area (codes such as gm_code, wk_code); empty string means missing.
struct TextColumn
{
    std::string name;
    std::vector<std::string> values;
    Provenance provenance;
};

/// The set of areas under analysis: ids as given, names, shapes in the working CRS, and columns.
///
/// Row i of every column belongs to area i. Ids are unique (the loaders enforce it). Not
/// thread-safe for writes; concurrent reads are fine.
class AreaSet
{
public:
    /// Adds an area and returns its row. Throws InputError on a duplicate id.
    std::size_t addArea(std::string id, std::string name, MultiPolygon shape);

    std::size_t size() const { return mIds.size(); }
    const std::string& id(std::size_t row) const { return mIds.at(row); }
    const std::string& name(std::size_t row) const { return mNames.at(row); }
    const MultiPolygon& shape(std::size_t row) const { return mShapes.at(row); }
    const std::vector<std::string>& ids() const { return mIds; }
    std::optional<std::size_t> rowOf(const std::string& id) const;
    /// Union of all area envelopes.
    Envelope extent() const;

    /// Adds or replaces a numeric column; values.size() must equal size().
    Column& setColumn(Column column);
    Column* column(const std::string& name);
    const Column* column(const std::string& name) const;
    const std::vector<Column>& columns() const { return mColumns; }

    TextColumn& setTextColumn(TextColumn column);
    const TextColumn* textColumn(const std::string& name) const;
    const std::vector<TextColumn>& textColumns() const { return mTextColumns; }

    std::string idField = "id";     ///< name of the id field in the source
    std::string nameField;          ///< name of the name field in the source (may be empty)
    std::string crs = "EPSG:28992"; ///< working CRS of the shapes
    std::string source;             ///< file or connection the areas came from
    std::string layer;              ///< layer name in that source

private:
    std::vector<std::string> mIds;
    std::vector<std::string> mNames;
    std::vector<MultiPolygon> mShapes;
    std::unordered_map<std::string, std::size_t> mRowById;
    std::vector<Column> mColumns;
    std::vector<TextColumn> mTextColumns;
};

} // namespace bib::core
