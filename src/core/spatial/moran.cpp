// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/moran.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkInput(std::span<const double> values, const SpatialWeights& weights, std::size_t minimum,
                const char* what)
{
    if (values.size() != weights.size())
        throw InternalError(std::string(what) + ": " + std::to_string(values.size()) + " values for " +
                            std::to_string(weights.size()) + " weight rows");
    if (values.size() < minimum)
        throw InputError(std::string(what) + " needs at least " + std::to_string(minimum) +
                         " areas with a value, got " + std::to_string(values.size()));
    for (double v : values)
        if (!std::isfinite(v))
            throw InternalError(std::string(what) + ": a missing value reached the statistic");
}

std::vector<double> centred(std::span<const double> values)
{
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= static_cast<double>(values.size());
    std::vector<double> z(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        z[i] = values[i] - mean;
    return z;
}

double lag(const SpatialWeights& weights, std::size_t row, std::span<const double> v)
{
    const auto neighbours = weights.neighbours(row);
    const auto w = weights.weights(row);
    double sum = 0.0;
    for (std::size_t t = 0; t < neighbours.size(); ++t)
        sum += w[t] * v[neighbours[t]];
    return sum;
}

/// S₀, S₁, S₂ of Cliff & Ord, with wⱼᵢ looked up in row j (rows are sorted by neighbour).
struct WeightConstants
{
    double s0 = 0, s1 = 0, s2 = 0;
};

WeightConstants weightConstants(const SpatialWeights& weights)
{
    WeightConstants c;
    std::vector<double> rowSum(weights.size(), 0.0), columnSum(weights.size(), 0.0);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto neighbours = weights.neighbours(i);
        const auto w = weights.weights(i);
        for (std::size_t t = 0; t < neighbours.size(); ++t) {
            const std::uint32_t j = neighbours[t];
            const auto back = weights.neighbours(j);
            const auto it = std::lower_bound(back.begin(), back.end(), static_cast<std::uint32_t>(i));
            const double wji = (it != back.end() && *it == i)
                                   ? weights.weights(j)[static_cast<std::size_t>(it - back.begin())]
                                   : 0.0;
            c.s0 += w[t];
            c.s1 += w[t] * w[t] + w[t] * wji;
            rowSum[i] += w[t];
            columnSum[j] += w[t];
        }
    }
    for (std::size_t i = 0; i < weights.size(); ++i)
        c.s2 += (rowSum[i] + columnSum[i]) * (rowSum[i] + columnSum[i]);
    return c;
}

LisaCluster quadrant(double z, double lagZ)
{
    if (z > 0)
        return lagZ > 0 ? LisaCluster::HighHigh : LisaCluster::HighLow;
    return lagZ > 0 ? LisaCluster::LowHigh : LisaCluster::LowLow;
}

} // namespace

double twoSidedNormalP(double z)
{
    return std::erfc(std::abs(z) / std::sqrt(2.0));
}

std::string toString(LisaCluster cluster)
{
    switch (cluster) {
    case LisaCluster::HighHigh:
        return "HH";
    case LisaCluster::LowLow:
        return "LL";
    case LisaCluster::HighLow:
        return "HL";
    case LisaCluster::LowHigh:
        return "LH";
    case LisaCluster::NotSignificant:
        break;
    }
    return "ns";
}

GlobalMoranResult globalMoran(std::span<const double> values, const SpatialWeights& weights,
                              const GlobalMoranOptions& options, Feedback& feedback)
{
    checkInput(values, weights, 4, "Moran's I");
    GlobalMoranResult result;
    result.islands = weights.islands().size();
    const double all = static_cast<double>(values.size());
    const double n = options.adjustForIslands ? all - static_cast<double>(result.islands) : all;
    if (n < 4)
        throw InputError("Moran's I needs at least 4 areas with neighbours");
    result.n = static_cast<std::size_t>(n);

    const std::vector<double> z = centred(values);
    double zz = 0.0, z4 = 0.0;
    for (double v : z) {
        zz += v * v;
        z4 += v * v * v * v;
    }
    const WeightConstants c = weightConstants(weights);
    if (zz == 0.0 || c.s0 == 0.0)
        throw InputError("Moran's I is undefined: all values are equal or there are no neighbours");
    const double kurtosis = all * z4 / (zz * zz);
    const double crossProduct = spatialCrossProduct(z, weights);
    result.i = n / c.s0 * crossProduct / zz;
    result.expected = -1.0 / (n - 1.0);
    const double s02 = c.s0 * c.s0;
    const double moment = n * (c.s1 * (n * n - 3 * n + 3) - n * c.s2 + 3 * s02) -
                          kurtosis * (c.s1 * (n * n - n) - 2 * n * c.s2 + 6 * s02);
    result.variance = moment / ((n - 1) * (n - 2) * (n - 3) * s02) - result.expected * result.expected;
    result.z = (result.i - result.expected) / std::sqrt(result.variance);
    result.pNormal = twoSidedNormalP(result.z);
    // I is n/(S₀Σz²) times the cross-product, a positive factor, so the cross-products rank alike.
    const std::vector<double> permuted = permuteCrossProducts(z, weights, options.permutation, feedback);
    result.pSimulated = foldedPValue(permuted, crossProduct);
    return result;
}

LocalMoranResult localMoran(std::span<const double> values, const SpatialWeights& weights,
                            const LocalMoranOptions& options, Feedback& feedback)
{
    checkInput(values, weights, 3, "Local Moran");
    const std::size_t count = values.size();
    const double n = static_cast<double>(count);
    const std::vector<double> z = centred(values);
    double m2 = 0.0;
    for (double v : z)
        m2 += v * v;
    m2 /= n;
    if (m2 == 0.0)
        throw InputError("Local Moran is undefined: all values are equal");

    LocalMoranResult r;
    r.i.resize(count);
    r.expected.resize(count);
    r.variance.resize(count);
    r.z.resize(count);
    r.pNormal.resize(count);
    r.pSimulated.assign(count, kNaN);
    r.cluster.assign(count, LisaCluster::NotSignificant);
    r.islands = weights.islands();
    std::vector<double> lagZ(count);
    for (std::size_t i = 0; i < count; ++i) {
        lagZ[i] = lag(weights, i, z);
        double wi = 0.0, wi2 = 0.0;
        for (double w : weights.weights(i)) {
            wi += w;
            wi2 += w * w;
        }
        const double zi2 = z[i] * z[i];
        r.i[i] = z[i] / m2 * lagZ[i];
        r.expected[i] = -(zi2 * wi) / ((n - 1) * m2);
        r.variance[i] =
            (z[i] / m2) * (z[i] / m2) * (n / (n - 2)) * (wi2 - wi * wi / (n - 1)) * (m2 - zi2 / (n - 1));
        const bool island = weights.neighbourCount(i) == 0;
        r.z[i] = island ? kNaN : (r.i[i] - r.expected[i]) / std::sqrt(r.variance[i]);
        r.pNormal[i] = twoSidedNormalP(r.z[i]);
    }
    if (options.permutation.permutations > 0) {
        const std::vector<LagCounts> counts = permuteLocalLags(z, weights, options.permutation, feedback);
        for (std::size_t i = 0; i < count; ++i)
            r.pSimulated[i] = foldedPValue(counts[i], z[i] / m2);
    }
    const std::vector<bool> significant = significantAt(
        options.permutation.permutations > 0 ? r.pSimulated : r.pNormal, options.alpha, options.adjustment);
    for (std::size_t i = 0; i < count; ++i)
        if (significant[i] && weights.neighbourCount(i) > 0)
            r.cluster[i] = quadrant(z[i], lagZ[i]);
    return r;
}

} // namespace bib::core
