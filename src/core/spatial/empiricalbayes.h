// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/moran.h"
#include "spatial/spatialweights.h"
#include "util/feedback.h"

#include <span>
#include <vector>

namespace bib::core {

/// Raw and smoothed rates (events per unit of population: multiply by 1000 for "per 1 000").
struct EmpiricalBayesRates
{
    std::vector<double> raw;      ///< rᵢ = eventsᵢ / populationᵢ
    std::vector<double> smoothed; ///< the empirical Bayes estimate
    /// Global: one prior mean b and variance a (size 1 each). Local: mᵢ and aᵢ per area.
    std::vector<double> priorMean;
    std::vector<double> priorVariance;
};

/// Global empirical Bayes smoothing towards the overall rate, Poisson model, method-of-moments prior
/// (Marshall 1991, "Mapping disease and mortality rates using empirical Bayes estimators", Applied
/// Statistics 40(2)), exactly as spdep 1.2-7 EBest(events, population):
///   b = Σe / Σp,  s² = Σ pᵢ(rᵢ − b)² / Σp,  a = max(0, s² − b / p̄)   (p̄ = Σp / n)
///   smoothedᵢ = b + a(rᵢ − b) / (a + b/pᵢ)
/// Every population must be > 0 and every count ≥ 0 and finite (InputError otherwise; leave areas
/// with missing values out first). When a = 0 and b = 0 (no events anywhere) the estimate is b = 0
/// (spdep: NaN). O(n).
EmpiricalBayesRates globalEmpiricalBayes(std::span<const double> events, std::span<const double> population);

/// Local (spatial) empirical Bayes smoothing towards the rate of the area and its neighbours, exactly
/// as spdep 1.2-7 EBlocal(events, population, nb) with its default geoda = FALSE. Only the neighbour
/// sets of `weights` are used (not their weights); Nᵢ is area i with its neighbours:
///   mᵢ = Σ_{Nᵢ} e / Σ_{Nᵢ} p,  p̄ᵢ = Σ_{Nᵢ} p / |Nᵢ|,  Cᵢ = Σ_{j∈Nᵢ} pⱼ(rⱼ − mⱼ)²
///   aᵢ = max(0, Cᵢ / Σ_{Nᵢ} p − mᵢ / p̄ᵢ),  smoothedᵢ = mᵢ + (rᵢ − mᵢ)·aᵢ / (aᵢ + mᵢ/pᵢ)
/// Note Cᵢ centres area j's rate on j's own neighbourhood rate mⱼ, as spdep's default does (GeoDa, and
/// spdep with geoda = TRUE, use mᵢ). An island is smoothed towards its own rate (it stays raw). When
/// aᵢ + mᵢ/pᵢ = 0 the estimate is mᵢ (spdep: NaN). O(n + links).
EmpiricalBayesRates localEmpiricalBayes(std::span<const double> events, std::span<const double> population,
                                        const SpatialWeights& weights);

/// The Assunção–Reis (1999, "A new proposal to adjust Moran's I for population density", Statistics
/// in Medicine 18) standardised rates, as in spdep 1.2-7 EBImoran.mc: with a and b of
/// globalEmpiricalBayes, vᵢ = a + b/pᵢ and zᵢ = (rᵢ − b)/√vᵢ.
std::vector<double> empiricalBayesStandardised(std::span<const double> events,
                                               std::span<const double> population);

/// Moran's I of the Assunção–Reis standardised rates: globalMoran of empiricalBayesStandardised()
/// with n = all areas (no island adjustment), so I equals spdep 1.2-7's EBImoran.mc statistic
/// (subtract_mean_in_numerator = TRUE). EBImoran.mc reports only I and a one-sided permutation
/// p-value; here the moments under randomisation of the standardised values and the folded
/// permutation p-value come with it.
GlobalMoranResult empiricalBayesMoran(std::span<const double> events, std::span<const double> population,
                                      const SpatialWeights& weights, const PermutationOptions& permutation,
                                      Feedback& feedback);

} // namespace bib::core
