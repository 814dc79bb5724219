// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// How p-values of many simultaneous tests (one per area) are adjusted before they are compared
/// with alpha.
enum class PValueAdjustment
{
    None,
    Bonferroni,        ///< p·m, capped at 1: controls the family-wise error rate
    BenjaminiHochberg, ///< step-up false discovery rate (Benjamini & Hochberg 1995)
};

/// "none", "bonferroni", "fdr"/"bh"; nullopt for anything else.
std::optional<PValueAdjustment> parsePValueAdjustment(const std::string& text);
std::string toString(PValueAdjustment adjustment);

/// Adjusted p-values, in the input order, exactly as R's `p.adjust(p, method)` with "bonferroni" or
/// "BH":
///   Bonferroni  p̃ᵢ = min(1, m·pᵢ)
///   BH          p̃₍ₖ₎ = min over j ≥ k of min(1, m·p₍ⱼ₎ / j)   (p₍₁₎ ≤ … ≤ p₍ₘ₎ sorted)
/// m counts the non-NaN p-values; NaN stays NaN (an area without a test). Comparing the BH-adjusted
/// values with alpha rejects exactly the hypotheses of the BH step-up rule p₍ₖ₎ ≤ k·alpha/m.
/// O(m log m).
std::vector<double> adjustPValues(std::span<const double> pValues, PValueAdjustment adjustment);

/// Which tests reject at level alpha after the adjustment: adjusted p ≤ alpha. NaN never rejects.
std::vector<bool> significantAt(std::span<const double> pValues, double alpha, PValueAdjustment adjustment);

} // namespace bib::core
