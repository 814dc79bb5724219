// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialreference.h"

#include "io/arealoader.h"
#include "spatial/weightsfile.h"
#include "testsupport.h"
#include "util/feedback.h"

#include <cpl_conv.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace bib::test {

namespace {

std::vector<std::string> splitCells(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

std::size_t columnIndex(const ReferenceTable& table, const std::string& column)
{
    const auto it = std::find(table.header.begin(), table.header.end(), column);
    if (it == table.header.end())
        throw std::runtime_error("reference table has no column " + column);
    return static_cast<std::size_t>(it - table.header.begin());
}

} // namespace

std::vector<std::string> ReferenceTable::text(const std::string& column) const
{
    const std::size_t c = columnIndex(*this, column);
    std::vector<std::string> out;
    for (const auto& row : rows)
        out.push_back(c < row.size() ? row[c] : std::string());
    return out;
}

std::vector<double> ReferenceTable::numbers(const std::string& column) const
{
    std::vector<double> out;
    for (const auto& cell : text(column))
        out.push_back(cell.empty() ? std::numeric_limits<double>::quiet_NaN() : std::stod(cell));
    return out;
}

double ReferenceTable::value(const std::string& statistic) const
{
    for (const auto& row : rows)
        if (row.size() == 2 && row[0] == statistic)
            return std::stod(row[1]);
    throw std::runtime_error("reference table has no statistic " + statistic);
}

std::string readTextMaybeGzip(const std::string& path)
{
    const bool gzip = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
    const std::string name = gzip ? "/vsigzip/" + path : path;
    // Otherwise GDAL caches a .properties file beside the .gz, inside the source tree.
    CPLConfigOptionSetter noProperties("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO", false);
    GByte* data = nullptr;
    vsi_l_offset size = 0;
    if (!VSIIngestFile(nullptr, name.c_str(), &data, &size, -1))
        throw std::runtime_error("cannot read " + path);
    std::string text(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
    VSIFree(data);
    return text;
}

ReferenceTable readReferenceTable(const std::string& path)
{
    std::istringstream in(readTextMaybeGzip(path));
    ReferenceTable table;
    std::string line;
    if (!std::getline(in, line))
        throw std::runtime_error(path + " is empty");
    table.header = splitCells(line);
    while (std::getline(in, line))
        if (!line.empty())
            table.rows.push_back(splitCells(line));
    return table;
}

core::SpatialWeights readReferenceGal(const std::string& path, const std::vector<std::string>& ids)
{
    core::SilentFeedback feedback;
    std::vector<std::string> missing;
    return core::parseWeightsText(readTextMaybeGzip(path), core::WeightsFileFormat::Gal, path, ids, missing,
                                  feedback);
}

std::vector<double> RealLayer::column(const std::string& name) const
{
    const core::Column* c = areas.column(name);
    if (!c)
        throw std::runtime_error("the layer has no numeric column " + name);
    return c->values;
}

RealLayer loadRealLayer(const std::string& path, const std::string& layer, const std::string& galFile)
{
    RealLayer out;
    const std::string file = realData(path);
    if (file.empty())
        return out;
    core::AreaSource source;
    source.path = file;
    source.layer = layer;
    source.idField = "bu_code";
    core::SilentFeedback feedback;
    out.areas = core::loadAreas(source, feedback);
    out.queen = readReferenceGal(testData("spatial/" + galFile), out.areas.ids());
    out.loaded = true;
    return out;
}

const RealLayer& utrechtRotterdamLayer()
{
    static const RealLayer layer = loadRealLayer("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg",
                                                 "buurten", "utrecht_rotterdam_queen.gal");
    return layer;
}

const RealLayer& nationalLayer()
{
    static const RealLayer layer = loadRealLayer("cbs-buurten-2019-nl/cbs_buurten_2019_generalised_nl.gpkg",
                                                 "buurten_2019", "nl_buurten_2019_queen.gal.gz");
    return layer;
}

core::SpatialWeights latticeWeights(std::size_t rows, std::size_t columns, bool queen)
{
    std::vector<std::string> ids;
    std::vector<std::vector<std::pair<std::uint32_t, double>>> links(rows * columns);
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns; ++c) {
            ids.push_back(std::to_string(r) + "," + std::to_string(c));
            for (int dr = -1; dr <= 1; ++dr) {
                for (int dc = -1; dc <= 1; ++dc) {
                    if ((dr == 0 && dc == 0) || (!queen && dr != 0 && dc != 0))
                        continue;
                    const auto nr = static_cast<std::ptrdiff_t>(r) + dr;
                    const auto nc = static_cast<std::ptrdiff_t>(c) + dc;
                    if (nr < 0 || nc < 0 || nr >= static_cast<std::ptrdiff_t>(rows) ||
                        nc >= static_cast<std::ptrdiff_t>(columns))
                        continue;
                    links[r * columns + c].emplace_back(
                        static_cast<std::uint32_t>(static_cast<std::size_t>(nr) * columns +
                                                   static_cast<std::size_t>(nc)),
                        1.0);
                }
            }
        }
    }
    return core::SpatialWeights(std::move(ids), links, queen ? "queen lattice" : "rook lattice");
}

std::string scientific(double value)
{
    std::ostringstream out;
    out.precision(3);
    out << std::scientific << value;
    return out.str();
}

double maxRelativeDifference(const std::vector<double>& actual, const std::vector<double>& expected)
{
    if (actual.size() != expected.size())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i]) || std::isnan(actual[i])) {
            if (std::isnan(expected[i]) != std::isnan(actual[i]))
                return std::numeric_limits<double>::infinity();
            continue;
        }
        const double difference = std::abs(actual[i] - expected[i]);
        if (difference == 0.0)
            continue;
        worst = std::max(worst, difference / std::abs(expected[i]));
    }
    return worst;
}

} // namespace bib::test
