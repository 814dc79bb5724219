// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/peakdetector.h"

namespace bib::core {

/// The EARS C1, C2 and C3 methods (Hutwagner et al. 2003, "The bioterrorism preparedness and response
/// Early Aberration Reporting System (EARS)", J Urban Health 80(2 Suppl 1)), computed exactly as
/// surveillance::earsC 1.20.3 computes them, so that upper bounds and alarms agree with it.
///
/// With B = baseline, y_t the count of period t, and m_t, s_t the mean and sample standard deviation
/// (denominator B − 1) of a window of B counts, σ_t = max(s_t, minimumSigma), z = qnorm(1 − alpha):
///  - C1 judges t ≥ B with the window y_{t−B} … y_{t−1}: expected m_t, upper m_t + z·σ_t,
///    score (y_t − m_t)/σ_t.
///  - C2 judges t ≥ B + 2 with the window y_{t−B−2} … y_{t−3} (a guard band of 2): same formulas.
///  - C3 judges t ≥ B + 4. With the C2 statistic C2_t = (y_t − m_t)/σ_t of the C2 windows and
///    S_t = max(0, C2_{t−2} − 1) + max(0, C2_{t−1} − 1), earsC sets upper = max(0, y_t + σ_t·(z − S_t))
///    (so, for σ_t > 0 and an unclipped bound, it alarms when S_t > z); expected is the C2 window mean
///    m_t and the score is Hutwagner's C3 = S_t + max(0, C2_t − 1).
/// Default alpha: 0.001 for C1 and C2, 0.025 for C3 (earsC's defaults when alpha is not given).
/// Alarm: y_t > upper (strictly). Where σ = 0 the statistics follow IEEE arithmetic as in R (x/0 = ±inf,
/// 0/0 = NaN, and max(0, NaN) = NaN like R's pmax), so C3 can give an upper bound of NaN, where earsC's
/// alarm is NA and ours is "no alarm".
class EarsC : public PeakDetector
{
public:
    /// method is EarsC1, EarsC2 or EarsC3; options are validated by createPeakDetector.
    EarsC(PeakMethod method, PeakOptions options);

    /// alpha, or earsC's default for this method.
    double alpha() const;

private:
    std::size_t historyPeriods() const override;
    void evaluate(const std::vector<double>& counts, PeakResult& result) const override;
    std::string parameterText() const override;
};

} // namespace bib::core
