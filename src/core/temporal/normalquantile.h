// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bib::core {

/// The standard normal quantile Φ⁻¹(p) (R's qnorm(p)) for p in (0, 1): a start from Abramowitz &
/// Stegun 26.2.23 refined by Newton steps on std::erfc in the smaller tail, to about 1e-15 relative
/// (normalquantiletest.cpp pins it against R). NaN for p outside (0, 1). Thread-safe.
double standardNormalQuantile(double probability);

} // namespace bib::core
