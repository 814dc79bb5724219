// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

namespace bib::core {

/// Classes one standard deviation wide, placed symmetrically around the mean (as ArcGIS's
/// "standard deviation, 1 SD interval" and QGIS's symmetric standard-deviation classes).
///
/// With mean m, the sample standard deviation s = √(Σ(x - m)² / (n - 1)) and k classes, the cuts
/// are m + (j - (k - 2)/2)·s for j = 0 … k-2. So for odd k the middle class is centred on the
/// mean (k = 5: cuts at m ± 0.5 s and m ± 1.5 s), for even k the mean itself is a cut (k = 4: cuts
/// at m - s, m, m + s). The outer classes are open: they run to the minimum and maximum. Cuts
/// outside the data are dropped, giving fewer classes (with a note). O(n) after sorting.
class StandardDeviationClassification final : public ClassificationMethod
{
public:
    std::string_view key() const override { return "stddev"; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::core
