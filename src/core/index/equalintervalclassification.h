// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

namespace bib::core {

/// Classes of equal width: cut j (j = 1 … k-1) is min + j·(max - min)/k. Classes in the middle of
/// a skewed column may be empty; they are kept (the width is the point). O(k) after sorting.
class EqualIntervalClassification final : public ClassificationMethod
{
public:
    std::string_view key() const override { return "equal-interval"; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::core
