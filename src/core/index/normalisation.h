// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"

#include <string>
#include <vector>

namespace bib::core {

/// Summary statistics over the values that are present (not NaN).
struct ValueStatistics
{
    std::size_t count = 0;
    double mean = 0.0;
    double sd = 0.0; ///< sample standard deviation, n − 1 in the denominator
    double min = 0.0;
    double max = 0.0;
};

ValueStatistics statistics(const std::vector<double>& values);

/// Average ranks (1 = lowest value, ties share the mean of their positions); NaN stays NaN.
std::vector<double> averageRanks(const std::vector<double>& values);

/// Applies a recipe transform. Log is ln(1 + x) and throws InputError naming `field` when a value
/// is ≤ −1. Per1000 is x / denominator × 1000, NaN where the denominator is NaN or 0.
std::vector<double> applyTransform(const std::vector<double>& values, const Transform& transform,
                                   const std::vector<double>* denominator, const std::string& field);

/// What outlier treatment did to one indicator.
struct OutlierReport
{
    int winsorised = 0;  ///< values clamped
    bool logged = false; ///< a log transform was applied after winsorising
    /// With `logged`: the original minimum m (positive skew, ln(x − m + 1)) or maximum M (negative
    /// skew, −ln(M − x + 1)) the log was taken from, so another value can be put on the same scale.
    double logOrigin = 0;
    bool logOfNegativeSkew = false;
    double skewness = 0; ///< after treatment
    double kurtosis = 0; ///< after treatment (excess kurtosis)
};

/// Skewness g1 = m3 / m2^1.5 and excess kurtosis g2 = m4 / m2² − 3 with population moments m_k over
/// the present values (the moment definitions of e1071's type 1).
void shapeStatistics(const std::vector<double>& values, double& skewness, double& kurtosis);

/// COINr's default outlier rule: while |skewness| > 2 and kurtosis > 3.5, clamp the most extreme
/// value on the side of the skew to the next value inward, at most 5 times. If the rule still
/// holds after that, restore the original values and log-transform instead: ln(x − min + 1) for a
/// positive skew, −ln(max − x + 1) for a negative skew (keeps the order and the direction).
OutlierReport treatOutliers(std::vector<double>& values);

/// Replaces NaN by the mean or median of the present values (Mean/Median rules); other rules
/// leave the values alone.
void impute(std::vector<double>& values, MissingRule rule);

/// Normalises present values; NaN stays NaN. The statistics are over the present values. After
/// normalising, a negative direction reverses: z → −z; minmax, percentile, goalposts v → 1 − v;
/// rank r → n + 1 − r; threshold: 1 where x < t instead of x > t.
///   zscore: (x − mean) / sd;  minmax: (x − min) / (max − min);  rank: average rank, 1 = lowest;
///   percentile: (rank − 1) / (n − 1);  goalposts:lo:hi: (x − lo) / (hi − lo) clamped to [0, 1];
///   threshold:t: 1 where x > t, else 0.
/// Callers check first that the values are not constant and that there are at least 3.
std::vector<double> normalise(const std::vector<double>& values, const Normalisation& normalisation,
                              Direction direction);

} // namespace bib::core
