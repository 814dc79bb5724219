// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "spatial/spatialweights.h"

#include <string>
#include <vector>

namespace bib::test {

/// A CSV of reference values (tests/data/spatial/*.csv[.gz], written by make_reference.R): a header
/// and comma-separated cells without quoting; empty cells are NaN.
struct ReferenceTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::vector<std::string> text(const std::string& column) const;
    std::vector<double> numbers(const std::string& column) const;
    /// For two-column "statistic,value" tables: the value of one statistic (throws when absent).
    double value(const std::string& statistic) const;
};

/// Reads a file, through GDAL's /vsigzip/ when it ends in .gz.
std::string readTextMaybeGzip(const std::string& path);
ReferenceTable readReferenceTable(const std::string& path);

/// spdep's neighbour list from a GAL file (plain or .gz) with rows in the order of `ids`; binary
/// weights (style B). Uses the product's GAL reader.
core::SpatialWeights readReferenceGal(const std::string& path, const std::vector<std::string>& ids);

/// A real layer loaded the way the product loads it (id field bu_code), with spdep's queen
/// neighbours from a GAL file in tests/data/spatial. `path` is relative to the real-data folder;
/// `loaded` is false when the real data is absent (the test then skips).
struct RealLayer
{
    bool loaded = false;
    core::AreaSet areas;
    core::SpatialWeights queen;
    std::vector<double> column(const std::string& name) const;
};
RealLayer loadRealLayer(const std::string& path, const std::string& layer, const std::string& galFile);

/// The two real layers of the spdep cross-check, loaded once per test binary (not thread-safe):
/// Utrecht + Rotterdam buurten (203) and the national buurt layer 2019 (13 594).
const RealLayer& utrechtRotterdamLayer();
const RealLayer& nationalLayer();

/// Binary weights of a rows × columns lattice (ids "r,c" row by row): rook links share an edge,
/// queen links also a corner. lattice(1, n, false) is a line.
core::SpatialWeights latticeWeights(std::size_t rows, std::size_t columns, bool queen);

/// "1.23e-16": for recording measured differences as test properties.
std::string scientific(double value);

/// Largest |actual − expected| / |expected| over the pairs where expected is not NaN (0/0 counts 0);
/// also checks NaN occurs in the same places.
double maxRelativeDifference(const std::vector<double>& actual, const std::vector<double>& expected);

} // namespace bib::test
