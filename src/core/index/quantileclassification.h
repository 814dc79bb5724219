// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

namespace bib::core {

/// Quantile classes: about equally many areas per class.
///
/// Cut j (j = 1 … k-1) is the j/k quantile by Hyndman & Fan's definition 7 (R's default,
/// `quantile(x, type = 7)`): with the n finite values sorted as x[0 … n-1] (0-based) and
/// h = (n - 1)·j/k, the cut is x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋+1] - x[⌊h⌋]). Tied values can make cuts
/// coincide (merged: fewer classes) or equal the maximum (dropped). O(k) after sorting.
class QuantileClassification final : public ClassificationMethod
{
public:
    std::string_view key() const override { return "quantile"; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::core
