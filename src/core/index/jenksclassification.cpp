// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/jenksclassification.h"

#include <algorithm>
#include <limits>

namespace bib::core {

namespace {

/// Distinct values with their counts, and prefix sums for the within-class SSE of any run.
class WeightedRuns
{
public:
    explicit WeightedRuns(const std::vector<double>& sorted)
    {
        for (double v : sorted) {
            if (mValues.empty() || mValues.back() != v) {
                mValues.push_back(v);
                mWeights.push_back(0.0);
            }
            mWeights.back() += 1.0;
        }
        const double centre = mValues[mValues.size() / 2];
        mWeight.assign(mValues.size() + 1, 0.0);
        mSum.assign(mValues.size() + 1, 0.0);
        mSquares.assign(mValues.size() + 1, 0.0);
        for (std::size_t i = 0; i < mValues.size(); ++i) {
            const double y = mValues[i] - centre;
            mWeight[i + 1] = mWeight[i] + mWeights[i];
            mSum[i + 1] = mSum[i] + mWeights[i] * y;
            mSquares[i + 1] = mSquares[i] + mWeights[i] * y * y;
        }
    }

    std::size_t size() const { return mValues.size(); }
    double value(std::size_t i) const { return mValues[i]; }

    /// Σ w·(x - mean)² over distinct values first … last-1: Σw·y² - (Σw·y)²/Σw.
    double sse(std::size_t first, std::size_t last) const
    {
        const double weight = mWeight[last] - mWeight[first];
        const double sum = mSum[last] - mSum[first];
        return std::max(0.0, (mSquares[last] - mSquares[first]) - sum * sum / weight);
    }

private:
    std::vector<double> mValues;
    std::vector<double> mWeights;
    std::vector<double> mWeight;
    std::vector<double> mSum;
    std::vector<double> mSquares;
};

/// Fills row j of the cost table: cost[i] = min over t in [tFirst, tLast] ∩ [j-1, i-1] of
/// previous[t] + sse(t, i), for i in [iFirst, iLast], recording the best t in split[i].
class RowSolver
{
public:
    RowSolver(const WeightedRuns& runs, const std::vector<double>& previous, std::vector<double>& cost,
              std::vector<std::size_t>& split, std::size_t lowestSplit)
        : mRuns(runs), mPrevious(previous), mCost(cost), mSplit(split), mLowestSplit(lowestSplit)
    {
    }

    void solve(std::size_t iFirst, std::size_t iLast, std::size_t tFirst, std::size_t tLast)
    {
        if (iFirst > iLast)
            return;
        const std::size_t i = iFirst + (iLast - iFirst) / 2;
        double best = std::numeric_limits<double>::infinity();
        std::size_t bestT = std::max(tFirst, mLowestSplit);
        for (std::size_t t = bestT; t <= std::min(tLast, i - 1); ++t) {
            const double candidate = mPrevious[t] + mRuns.sse(t, i);
            if (candidate < best) {
                best = candidate;
                bestT = t;
            }
        }
        mCost[i] = best;
        mSplit[i] = bestT;
        if (i > iFirst)
            solve(iFirst, i - 1, tFirst, bestT);
        solve(i + 1, iLast, bestT, tLast);
    }

private:
    const WeightedRuns& mRuns;
    const std::vector<double>& mPrevious;
    std::vector<double>& mCost;
    std::vector<std::size_t>& mSplit;
    std::size_t mLowestSplit;
};

} // namespace

std::vector<double> JenksClassification::calculateBreaks(const std::vector<double>& sorted,
                                                         int classCount) const
{
    const WeightedRuns runs(sorted);
    const std::size_t d = runs.size();
    const auto k = static_cast<std::size_t>(classCount);
    // cost[i]: best SSE of the first i distinct values in j classes; split[j][i]: where the last
    // of those j classes starts.
    std::vector<double> cost(d + 1, std::numeric_limits<double>::infinity());
    for (std::size_t i = 1; i <= d; ++i)
        cost[i] = runs.sse(0, i);
    std::vector<std::vector<std::size_t>> split(k + 1, std::vector<std::size_t>(d + 1, 0));
    for (std::size_t j = 2; j <= k; ++j) {
        std::vector<double> next(d + 1, std::numeric_limits<double>::infinity());
        RowSolver(runs, cost, next, split[j], j - 1).solve(j, d, j - 1, d - 1);
        cost.swap(next);
    }
    std::vector<double> cuts(k - 1);
    std::size_t end = d;
    for (std::size_t j = k; j >= 2; --j) {
        end = split[j][end];
        cuts[j - 2] = runs.value(end - 1);
    }
    return cuts;
}

} // namespace bib::core
