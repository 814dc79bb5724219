// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/multipletesting.h"
#include "spatial/permutation.h"
#include "spatial/spatialweights.h"
#include "util/feedback.h"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace bib::core {

struct GlobalMoranOptions
{
    PermutationOptions permutation;
    /// spdep's adjust.n (moran.test's default TRUE): n counts only areas with neighbours. Islands
    /// still count in the mean, Σz² and the kurtosis, as in spdep.
    bool adjustForIslands = true;
};

struct GlobalMoranResult
{
    double i = 0;          ///< Moran's I
    double expected = 0;   ///< E[I] = −1/(n − 1)
    double variance = 0;   ///< Var[I] under randomisation
    double z = 0;          ///< (I − E[I]) / √Var[I]
    double pNormal = 0;    ///< two-sided: 2·(1 − Φ(|z|))
    double pSimulated = 0; ///< folded permutation p-value (foldedPValue); NaN without permutations
    std::size_t n = 0;     ///< areas in the statistic (after the island adjustment)
    std::size_t islands = 0;
};

/// Global Moran's I (Moran 1950) with the moments under randomisation (Cliff & Ord 1981, eq. 1.37),
/// exactly as spdep 1.2-7 moran.test(x, listw, randomisation = TRUE, zero.policy = TRUE):
///   z = x − x̄,  I = n/S₀ · Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ / Σᵢ zᵢ²,  E[I] = −1/(n − 1)
///   S₀ = Σᵢⱼ wᵢⱼ,  S₁ = ½ Σᵢⱼ (wᵢⱼ + wⱼᵢ)²,  S₂ = Σᵢ (wᵢ. + w.ᵢ)²,  K = N·Σz⁴ / (Σz²)²  (N = all areas)
///   E[I²] = [n((n² − 3n + 3)S₁ − nS₂ + 3S₀²) − K((n² − n)S₁ − 2nS₂ + 6S₀²)] / ((n − 1)(n − 2)(n − 3)S₀²)
///   Var[I] = E[I²] − E[I]²
/// The p-value of the permutation test shuffles all values (permuteCrossProducts). spdep's
/// moran.test and moran.mc default to the one-sided alternative "greater"; here pNormal is two-sided
/// and pSimulated folded, like the local statistics. values must be finite (leave missing areas out
/// with completeCases); the weights are used as given (style them first). Needs n ≥ 4.
GlobalMoranResult globalMoran(std::span<const double> values, const SpatialWeights& weights,
                              const GlobalMoranOptions& options, Feedback& feedback);

/// Quadrant of an area in the Moran scatter plot, or not significant.
enum class LisaCluster
{
    NotSignificant,
    HighHigh,
    LowLow,
    HighLow,
    LowHigh,
};

/// "HH", "LL", "HL", "LH", "ns".
std::string toString(LisaCluster cluster);

struct LocalMoranOptions
{
    PermutationOptions permutation;
    double alpha = 0.05;
    PValueAdjustment adjustment = PValueAdjustment::None;
};

struct LocalMoranResult
{
    std::vector<double> i;          ///< Iᵢ
    std::vector<double> expected;   ///< E[Iᵢ] under conditional randomisation
    std::vector<double> variance;   ///< Var[Iᵢ] under conditional randomisation
    std::vector<double> z;          ///< (Iᵢ − E[Iᵢ]) / √Var[Iᵢ]; NaN for islands
    std::vector<double> pNormal;    ///< two-sided normal p-value; NaN for islands
    std::vector<double> pSimulated; ///< folded conditional-permutation p-value; NaN for islands or R = 0
    std::vector<LisaCluster> cluster;
    std::vector<std::size_t> islands; ///< rows without neighbours
};

/// Local Moran's Iᵢ (Anselin 1995) exactly as spdep 1.2-7 localmoran(x, listw, zero.policy = TRUE)
/// with its defaults conditional = TRUE, mlvar = TRUE, adjust.x = FALSE (Sokal, Oden & Thomson 1998,
/// "Local spatial autocorrelation in a biological model", Geographical Analysis 30(4)):
///   z = x − x̄ (over all n areas, islands included),  m₂ = Σz²/n
///   Iᵢ = zᵢ/m₂ · Σⱼ wᵢⱼ zⱼ,  Wᵢ = Σⱼ wᵢⱼ,  W2ᵢ = Σⱼ wᵢⱼ²
///   E[Iᵢ] = −zᵢ² Wᵢ / ((n − 1) m₂)
///   Var[Iᵢ] = (zᵢ/m₂)² · n/(n − 2) · (W2ᵢ − Wᵢ²/(n − 1)) · (m₂ − zᵢ²/(n − 1))
/// Islands get Iᵢ = 0, E = 0, Var = 0 like spdep, and NaN for z and both p-values (spdep: NaN/NA).
///
/// pSimulated: conditional permutation (permuteLocalLags; xᵢ fixed, kᵢ others drawn without
/// replacement — spdep 1.2-7's localmoran_perm draws with replacement) and spdep's "Pr(folded) Sim".
/// Cluster: GeoDa's quadrant of (zᵢ, Σⱼ wᵢⱼ zⱼ) with "high" meaning > 0 (spdep's "pysal" quadrant),
/// when the p-value — pSimulated with permutations, pNormal without — is ≤ alpha after the
/// adjustment over all tested areas. Islands are "ns". values must be finite; weights used as
/// given. Needs n ≥ 3. O(n·R·k̄) with permutations, parallel; see PermutationOptions.
LocalMoranResult localMoran(std::span<const double> values, const SpatialWeights& weights,
                            const LocalMoranOptions& options, Feedback& feedback);

/// Two-sided normal p-value 2·(1 − Φ(|z|)); NaN for NaN.
double twoSidedNormalP(double z);

} // namespace bib::core
