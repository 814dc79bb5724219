// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/peakdetector.h"

namespace bib::core {

/// A one-sided Poisson CUSUM (Lucas 1985, "Counted data CUSUM's", Technometrics 27(2)) with an
/// in-control mean re-estimated each period from a moving baseline, as EARS does, and standardised
/// increments so that one decision interval suits small and large counts.
///
/// With B = baseline, g = guard band, δ = shift, h = decision interval:
///   λ̂_t = mean of y_{t−g−B} … y_{t−g−1}                (expected; t ≥ B + g)
///   λ0 = max(λ̂_t, minimumMean),  λ1 = λ0 + δ·√λ0
///   k_t = (λ1 − λ0) / (ln λ1 − ln λ0)                    (Lucas's reference value, in counts)
///   S_t = max(0, S_{t−1} + (y_t − k_t)/√λ0),  S before the first judged period = 0
///   alarm when S_t > h; then S_t is reset to 0 for the next period (whatever the minimum-count rule
///   decides, so the statistic does not depend on how alarms are shown)
///   upper_t = k_t + √λ0·(h − S_{t−1})                    (the count at which S_t would reach h)
///   score_t = S_t before the reset.
/// Defaults δ = 1, h = 5, g = 2, minimumMean = 0.5 (in the normal approximation, k = δ/2 and h = 5
/// give an in-control run length of about 465 periods).
class PoissonCusum : public PeakDetector
{
public:
    explicit PoissonCusum(PeakOptions options);

    /// Lucas's reference value k for in-control mean λ0 > 0 and out-of-control mean λ1 > λ0.
    static double referenceValue(double inControlMean, double outOfControlMean);

private:
    std::size_t historyPeriods() const override;
    void evaluate(const std::vector<double>& counts, PeakResult& result) const override;
    std::string parameterText() const override;
};

} // namespace bib::core
