// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

namespace bib::core {

/// Natural breaks: the exact Fisher–Jenks optimum (Fisher 1958, "On grouping for maximum
/// homogeneity", JASA 53; Jenks 1977), the same optimum as R classInt's style = "fisher".
///
/// Among all splits of the sorted values into k contiguous classes, the one with the smallest
/// total within-class sum of squared deviations Σ_classes Σ_{x in class} (x - mean_class)². Equal
/// values are never split over two classes (some optimum always keeps them together), so the
/// dynamic programme runs over the d distinct values with their counts as weights:
///   D[1][i] = SSE(0, i),  D[j][i] = min over t < i of D[j-1][t] + SSE(t, i),
/// where SSE(t, i) is the weighted SSE of distinct values t … i-1, in O(1) from prefix sums of
/// w, w·x and w·x² (taken around a central value, against cancellation). SSE of contiguous
/// classes satisfies the quadrangle inequality, so the best t never decreases with i and each
/// row is solved by divide and conquer (Grønlund et al. 2017, "Fast exact k-means, k-medians and
/// Bregman divergence clustering in 1D"): O(k·d·log d) time, O(k·d) memory. Each cut is the
/// largest value of the lower class.
class JenksClassification final : public ClassificationMethod
{
public:
    std::string_view key() const override { return "jenks"; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::core
