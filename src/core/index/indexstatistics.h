// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"

#include <cstddef>
#include <vector>

namespace bib::core {

/// Pearson's r over the pairs where both values are present (R: cor(x, y, use =
/// "pairwise.complete.obs")): r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), the means over those
/// pairs. NaN with fewer than 2 pairs or when either is constant over them.
double pearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y);

/// Pearson correlations of the normalised indicators (after direction) that are not left out,
/// pairwise complete observations, and of each with the index.
struct IndicatorCorrelations
{
    std::vector<std::size_t> indicators;     ///< indices into PreparedIndex::indicators
    std::vector<std::vector<double>> matrix; ///< [k][l], symmetric, 1 on the diagonal
    std::vector<double> withIndex;           ///< [k]: r of indicator k with `index`
};

/// `index` has one value per area (NaN = no index), e.g. IndexResult::index. O(areas × indicators²).
IndicatorCorrelations indicatorCorrelations(const PreparedIndex& prepared, const std::vector<double>& index);

/// Cronbach's alpha of columns (one per item) over the complete cases (rows where every column
/// has a value): α = k / (k − 1) · (1 − Σ sᵢ² / s_T²), sᵢ² the sample variance of item i and s_T²
/// that of the row sums. NaN with fewer than 2 items, fewer than 2 complete cases or s_T² = 0.
double cronbachAlpha(const std::vector<std::vector<double>>& columns);

struct DomainAlpha
{
    std::size_t domain = 0;     ///< index into PreparedIndex::domains
    std::size_t indicators = 0; ///< k
    std::size_t completeCases = 0;
    double alpha = 0.0; ///< NaN when not defined (see cronbachAlpha)
};

/// Cronbach's alpha per domain (one unnamed domain without domains) on the normalised values of
/// the indicators that take part in the index with the recipe's weights (effective weight > 0).
std::vector<DomainAlpha> domainAlphas(const PreparedIndex& prepared);

/// Principal components of the normalised indicators that take part in the index, over the areas
/// where all of them have a value: the eigen decomposition (Eigen's SelfAdjointEigenSolver) of
/// their correlation matrix, as R's prcomp(x, scale. = TRUE).
struct PrincipalComponents
{
    std::vector<std::size_t> indicators; ///< indices into PreparedIndex::indicators
    std::size_t completeCases = 0;
    std::vector<double> eigenvalues;    ///< descending; they sum to the number of indicators
    std::vector<double> explainedShare; ///< eigenvalue / Σ eigenvalues
    /// [component][k]: unit eigenvectors (prcomp's rotation; the correlation of indicator k with
    /// the component is loading × √eigenvalue). Sign: each component's loadings sum to ≥ 0.
    std::vector<std::vector<double>> loadings;
    /// Per PreparedIndex indicator: the squared loadings of the first component, which sum to 1
    /// (the indicator's share in the first component's variance); 0 for indicators not taking part.
    /// Meant as effective weights: see weightsForEffective().
    std::vector<double> weights;
};

/// Needs at least 2 indicators and 3 complete cases, else the result holds only `indicators` and
/// `completeCases`. O(areas × indicators² + indicators³).
PrincipalComponents principalComponents(const PreparedIndex& prepared);

/// Weights whose effective weights (effectiveWeights()) are `effective`: each indicator's weight
/// is its effective weight and each domain's weight the sum over its indicators.
IndexWeights weightsForEffective(const PreparedIndex& prepared, const std::vector<double>& effective);

} // namespace bib::core
