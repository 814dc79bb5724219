// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/multipletesting.h"
#include "spatial/permutation.h"
#include "spatial/spatialweights.h"
#include "util/feedback.h"

#include <span>
#include <string>
#include <vector>

namespace bib::core {

/// A significant positive (hot) or negative (cold) Gᵢ/Gᵢ* z-value, or not significant.
enum class HotSpotClass
{
    NotSignificant,
    Hot,
    Cold,
};

/// "hot", "cold", "ns".
std::string toString(HotSpotClass hotSpot);

struct LocalGOptions
{
    /// Gᵢ* (the area counts as its own neighbour) when true, Gᵢ when false.
    bool includeSelf = true;
    PermutationOptions permutation;
    double alpha = 0.05;
    PValueAdjustment adjustment = PValueAdjustment::None;
};

struct LocalGResult
{
    std::vector<double> z;          ///< Gᵢ or Gᵢ* as a z-value; NaN where the variance is 0
    std::vector<double> pNormal;    ///< two-sided normal p-value of z
    std::vector<double> pSimulated; ///< folded conditional-permutation p-value; NaN for islands or R = 0
    std::vector<HotSpotClass> cluster;
    std::vector<std::size_t> islands; ///< rows without neighbours other than themselves (always "ns")
};

/// Getis–Ord local G as z-values (Getis & Ord 1992; Ord & Getis 1995, "Local spatial
/// autocorrelation statistics", Geographical Analysis 27(4)), exactly as spdep 1.2-7 localG(x, listw):
///   Lᵢ = Σⱼ wᵢⱼ xⱼ,  Wᵢ = Σⱼ wᵢⱼ,  S1ᵢ = Σⱼ wᵢⱼ²
///   Gᵢ*: x̄ = mean of all x,  s² = Σ(x − x̄)²/n,  z = (Lᵢ − Wᵢx̄) / √(s²(n·S1ᵢ − Wᵢ²)/(n − 1))
///   Gᵢ:  x̄ᵢ = (Σx − xᵢ)/(n − 1),  sᵢ² = (Σx² − xᵢ²)/(n − 1) − x̄ᵢ²,
///        z = (Lᵢ − Wᵢx̄ᵢ) / √(sᵢ²((n − 1)S1ᵢ − Wᵢ²)/(n − 2))
/// For Gᵢ* the self-link is added as spdep's include.self() does before styling: with the weight of
/// the row's largest link (1 for an island). For binary and row-standardised binary weights
/// (contiguity, k-nn, distance band) this is exactly spdep's nb2listw(include.self(nb), style); the
/// z-value does not change when a row is scaled, so W and B give the same z. For Gᵢ self-links in
/// `weights` are ignored. An island's Gᵢ is NaN (0/0, as spdep); its Gᵢ* is the standardised value.
///
/// pSimulated: spdep's "Pr(folded) Sim" under the randomisation each z-value assumes
/// (permuteLocalLags): for Gᵢ xᵢ stays and the neighbours' values are drawn from the other n − 1
/// (conditional); for Gᵢ* the area's own position is redrawn too, from all n values (total). spdep
/// 1.2-7's localG_perm draws with replacement from the other n − 1 values, for Gᵢ* the own
/// position included. hot/cold: the sign of z where the p-value (pSimulated with
/// permutations, pNormal without) is ≤ alpha after the adjustment; islands are "ns". values must be
/// finite; n ≥ 3. O(n·R·k̄) with permutations, parallel; see PermutationOptions.
LocalGResult localG(std::span<const double> values, const SpatialWeights& weights,
                    const LocalGOptions& options, Feedback& feedback);

} // namespace bib::core
