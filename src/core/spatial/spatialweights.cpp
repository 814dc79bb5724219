// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/spatialweights.h"

#include "util/error.h"

#include <algorithm>

namespace bib::core {

SpatialWeights::SpatialWeights(std::vector<std::string> ids,
                               const std::vector<std::vector<std::pair<std::uint32_t, double>>>& rows,
                               std::string description)
    : mIds(std::move(ids)), mDescription(std::move(description))
{
    if (rows.size() != mIds.size())
        throw InternalError("SpatialWeights: " + std::to_string(rows.size()) + " rows for " +
                            std::to_string(mIds.size()) + " ids");
    mOffsets.reserve(rows.size() + 1);
    for (const auto& row : rows) {
        std::vector<std::pair<std::uint32_t, double>> sorted = row;
        std::sort(sorted.begin(), sorted.end());
        for (const auto& [j, w] : sorted) {
            if (j >= mIds.size())
                throw InternalError("SpatialWeights: neighbour row out of range");
            mNeighbours.push_back(j);
            mWeights.push_back(w);
        }
        mOffsets.push_back(mNeighbours.size());
    }
}

std::vector<std::size_t> SpatialWeights::islands() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < size(); ++i)
        if (neighbourCount(i) == 0)
            out.push_back(i);
    return out;
}

bool SpatialWeights::isSymmetric() const
{
    for (std::size_t i = 0; i < size(); ++i) {
        for (std::uint32_t j : neighbours(i)) {
            const auto back = neighbours(j);
            if (!std::binary_search(back.begin(), back.end(), static_cast<std::uint32_t>(i)))
                return false;
        }
    }
    return true;
}

SpatialWeights SpatialWeights::withStyle(WeightStyle style) const
{
    SpatialWeights out = *this;
    if (style == WeightStyle::RowStandardised) {
        for (std::size_t i = 0; i < size(); ++i) {
            double sum = 0.0;
            for (std::size_t k = mOffsets[i]; k < mOffsets[i + 1]; ++k)
                sum += mWeights[k];
            if (sum > 0)
                for (std::size_t k = mOffsets[i]; k < mOffsets[i + 1]; ++k)
                    out.mWeights[k] = mWeights[k] / sum;
        }
    }
    return out;
}

SpatialWeights SpatialWeights::subset(const std::vector<bool>& keep) const
{
    if (keep.size() != size())
        throw InternalError("SpatialWeights::subset: mask has the wrong length");
    std::vector<std::uint32_t> newRow(size(), UINT32_MAX);
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < size(); ++i) {
        if (keep[i]) {
            newRow[i] = static_cast<std::uint32_t>(ids.size());
            ids.push_back(mIds[i]);
        }
    }
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows;
    rows.reserve(ids.size());
    for (std::size_t i = 0; i < size(); ++i) {
        if (!keep[i])
            continue;
        auto& row = rows.emplace_back();
        for (std::size_t k = mOffsets[i]; k < mOffsets[i + 1]; ++k)
            if (newRow[mNeighbours[k]] != UINT32_MAX)
                row.emplace_back(newRow[mNeighbours[k]], mWeights[k]);
    }
    return SpatialWeights(std::move(ids), rows, mDescription + ", without areas left out");
}

} // namespace bib::core
