// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexstatistics.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Indices of the indicators that take part in the index with the recipe's weights.
std::vector<std::size_t> takingPart(const PreparedIndex& prepared)
{
    const std::vector<double> effective = effectiveWeights(prepared, recipeWeights(prepared));
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < effective.size(); ++i)
        if (effective[i] > 0)
            out.push_back(i);
    return out;
}

/// Rows where every column has a value, as a rows × columns matrix.
Eigen::MatrixXd completeCases(const std::vector<const std::vector<double>*>& columns)
{
    const std::size_t n = columns.empty() ? 0 : columns.front()->size();
    std::vector<std::size_t> rows;
    for (std::size_t a = 0; a < n; ++a)
        if (std::none_of(columns.begin(), columns.end(), [&](const auto* c) { return std::isnan((*c)[a]); }))
            rows.push_back(a);
    Eigen::MatrixXd x(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < columns.size(); ++c)
            x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = (*columns[c])[rows[r]];
    return x;
}

/// Sample covariance matrix (n − 1) of the columns of x.
Eigen::MatrixXd covariance(const Eigen::MatrixXd& x)
{
    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    return centred.transpose() * centred / static_cast<double>(x.rows() - 1);
}

} // namespace

double pearsonCorrelation(const std::vector<double>& x, const std::vector<double>& y)
{
    double sumX = 0.0, sumY = 0.0;
    std::size_t n = 0;
    for (std::size_t a = 0; a < std::min(x.size(), y.size()); ++a)
        if (!std::isnan(x[a]) && !std::isnan(y[a])) {
            sumX += x[a];
            sumY += y[a];
            ++n;
        }
    if (n < 2)
        return kNaN;
    const double meanX = sumX / static_cast<double>(n), meanY = sumY / static_cast<double>(n);
    double xy = 0.0, xx = 0.0, yy = 0.0;
    for (std::size_t a = 0; a < std::min(x.size(), y.size()); ++a)
        if (!std::isnan(x[a]) && !std::isnan(y[a])) {
            xy += (x[a] - meanX) * (y[a] - meanY);
            xx += (x[a] - meanX) * (x[a] - meanX);
            yy += (y[a] - meanY) * (y[a] - meanY);
        }
    return xx > 0 && yy > 0 ? xy / std::sqrt(xx * yy) : kNaN;
}

IndicatorCorrelations indicatorCorrelations(const PreparedIndex& prepared, const std::vector<double>& index)
{
    IndicatorCorrelations result;
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i)
        if (!prepared.indicators[i].leftOut)
            result.indicators.push_back(i);
    const std::size_t k = result.indicators.size();
    result.matrix.assign(k, std::vector<double>(k, 1.0));
    for (std::size_t a = 0; a < k; ++a) {
        const auto& x = prepared.indicators[result.indicators[a]].normalised;
        for (std::size_t b = a + 1; b < k; ++b)
            result.matrix[a][b] = result.matrix[b][a] =
                pearsonCorrelation(x, prepared.indicators[result.indicators[b]].normalised);
        result.withIndex.push_back(pearsonCorrelation(x, index));
    }
    return result;
}

double cronbachAlpha(const std::vector<std::vector<double>>& columns)
{
    std::vector<const std::vector<double>*> pointers;
    for (const auto& c : columns)
        pointers.push_back(&c);
    const Eigen::MatrixXd x = completeCases(pointers);
    if (x.cols() < 2 || x.rows() < 2)
        return kNaN;
    const double k = static_cast<double>(x.cols());
    const Eigen::MatrixXd itemCovariance = covariance(x);
    const Eigen::MatrixXd total = x.rowwise().sum();
    const double totalVariance = covariance(total)(0, 0);
    if (!(totalVariance > 0))
        return kNaN;
    return k / (k - 1.0) * (1.0 - itemCovariance.diagonal().sum() / totalVariance);
}

std::vector<DomainAlpha> domainAlphas(const PreparedIndex& prepared)
{
    const std::vector<std::size_t> part = takingPart(prepared);
    std::vector<DomainAlpha> result;
    for (std::size_t d = 0; d < prepared.domains.size(); ++d) {
        std::vector<std::vector<double>> columns;
        for (std::size_t i : part)
            if (prepared.indicators[i].domain == d)
                columns.push_back(prepared.indicators[i].normalised);
        DomainAlpha alpha;
        alpha.domain = d;
        alpha.indicators = columns.size();
        std::vector<const std::vector<double>*> pointers;
        for (const auto& c : columns)
            pointers.push_back(&c);
        alpha.completeCases = static_cast<std::size_t>(completeCases(pointers).rows());
        alpha.alpha = cronbachAlpha(columns);
        result.push_back(alpha);
    }
    return result;
}

PrincipalComponents principalComponents(const PreparedIndex& prepared)
{
    PrincipalComponents result;
    result.indicators = takingPart(prepared);
    std::vector<const std::vector<double>*> columns;
    for (std::size_t i : result.indicators)
        columns.push_back(&prepared.indicators[i].normalised);
    const Eigen::MatrixXd x = completeCases(columns);
    result.completeCases = static_cast<std::size_t>(x.rows());
    const std::size_t k = result.indicators.size();
    if (k < 2 || x.rows() < 3)
        return result;
    const Eigen::MatrixXd c = covariance(x);
    const Eigen::VectorXd sd = c.diagonal().cwiseSqrt();
    const Eigen::MatrixXd correlation = c.cwiseQuotient(sd * sd.transpose());
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(correlation);
    const double total = solver.eigenvalues().sum();
    result.weights.assign(prepared.indicators.size(), 0.0);
    // Eigen orders the eigenvalues ascending; components are reported descending.
    for (Eigen::Index j = static_cast<Eigen::Index>(k) - 1; j >= 0; --j) {
        Eigen::VectorXd vector = solver.eigenvectors().col(j);
        if (vector.sum() < 0)
            vector = -vector;
        result.eigenvalues.push_back(solver.eigenvalues()(j));
        result.explainedShare.push_back(solver.eigenvalues()(j) / total);
        result.loadings.emplace_back(vector.data(), vector.data() + vector.size());
    }
    for (std::size_t a = 0; a < k; ++a)
        result.weights[result.indicators[a]] = result.loadings[0][a] * result.loadings[0][a];
    return result;
}

IndexWeights weightsForEffective(const PreparedIndex& prepared, const std::vector<double>& effective)
{
    IndexWeights weights;
    weights.indicators.assign(prepared.indicators.size(), 0.0);
    weights.domains.assign(prepared.domains.size(), 0.0);
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        weights.indicators[i] = effective[i];
        weights.domains[prepared.indicators[i].domain] += effective[i];
    }
    return weights;
}

} // namespace bib::core
