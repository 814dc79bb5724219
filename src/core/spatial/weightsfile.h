// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/weightsbuilder.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// GeoDa's two text formats for spatial weights, read by GeoDa, libpysal and spdep.
///
/// GAL (neighbours only): a header line `0 n layer idfield` (or just `n`), then per area a line
/// `id count` and a line with the ids of its `count` neighbours (empty for an island).
/// GWT (weighted links): a header line `0 n layer idfield`, then one line `id neighbour weight`
/// per link; an area without links does not appear.
enum class WeightsFileFormat
{
    Gal,
    Gwt,
};

/// By extension, .gal or .gwt in any case; InputError otherwise.
WeightsFileFormat weightsFileFormat(const std::filesystem::path& path);

/// The header's layer and id field: GeoDa shows them and checks the id field when it opens the
/// file. Spaces become underscores (the header is split on whitespace).
struct WeightsFileHeader
{
    std::string layer = "areas";
    std::string idField = "id";
};

/// The text of a GAL file. Weights are not written (GAL holds neighbours only). Throws InputError
/// when an id contains whitespace, which neither format can hold.
std::string galText(const SpatialWeights& weights, const WeightsFileHeader& header);
/// The text of a GWT file: the weights as they are (after any style), in the shortest form that
/// reads back to the same double. Islands cannot be written and read back as islands.
std::string gwtText(const SpatialWeights& weights, const WeightsFileHeader& header);
/// Writes GAL or GWT by the path's extension, atomically (see AtomicFile); never over `inputs`.
void writeWeightsFile(const SpatialWeights& weights, const std::filesystem::path& path,
                      const WeightsFileHeader& header, const std::vector<std::string>& inputs = {});

/// Parses GAL or GWT text into weights over `ids` (rows in that order), matching the file's ids
/// as text. `source` names the file in messages.
/// - An id the area set does not have: InputError naming the line.
/// - Areas the file does not list: islands, a warning each, and their ids in `missing`.
/// - A link from an area to itself: dropped with a warning. A link listed twice: InputError.
/// - A header count that differs from the records: a warning.
/// GAL links weigh 1; GWT links weigh the file's third column.
SpatialWeights parseWeightsText(std::string_view text, WeightsFileFormat format, const std::string& source,
                                const std::vector<std::string>& ids, std::vector<std::string>& missing,
                                Feedback& feedback);
/// Reads a .gal or .gwt file (see parseWeightsText); InputError when it cannot be read.
SpatialWeights readWeightsFile(const std::filesystem::path& path, const std::vector<std::string>& ids,
                               std::vector<std::string>& missing, Feedback& feedback);

/// Weights from a GAL or GWT file (the `--weights FILE.gal|FILE.gwt` option).
class WeightsFileReader final : public WeightsBuilder
{
public:
    explicit WeightsFileReader(std::filesystem::path path);

private:
    SpatialWeights neighbours(const AreaSet& areas, WeightsReport& report, Feedback& feedback) const override;

    std::filesystem::path mPath;
};

} // namespace bib::core
