// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/empiricalbayes.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>

namespace bib::core {

namespace {

void checkRates(std::span<const double> events, std::span<const double> population)
{
    if (events.size() != population.size())
        throw InternalError("empirical Bayes: counts and populations differ in length");
    if (events.empty())
        throw InputError("empirical Bayes: no areas with a count and a population");
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!std::isfinite(population[i]) || population[i] <= 0)
            throw InputError("empirical Bayes: every population must be positive (row " +
                             std::to_string(i + 1) + ")");
        if (!std::isfinite(events[i]) || events[i] < 0)
            throw InputError("empirical Bayes: every count must be zero or more (row " +
                             std::to_string(i + 1) + ")");
    }
}

/// prior + (raw − prior)·a / (a + prior/population), or the prior when the shrinkage is 0/0.
double shrink(double raw, double prior, double a, double population)
{
    const double denominator = a + prior / population;
    return denominator > 0 ? prior + (raw - prior) * a / denominator : prior;
}

} // namespace

EmpiricalBayesRates globalEmpiricalBayes(std::span<const double> events, std::span<const double> population)
{
    checkRates(events, population);
    const std::size_t count = events.size();
    EmpiricalBayesRates out;
    out.raw.resize(count);
    double eventSum = 0.0, populationSum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        out.raw[i] = events[i] / population[i];
        eventSum += events[i];
        populationSum += population[i];
    }
    const double b = eventSum / populationSum;
    double s2 = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        s2 += population[i] * ((out.raw[i] - b) * (out.raw[i] - b) / populationSum);
    const double a = std::max(0.0, s2 - b / (populationSum / static_cast<double>(count)));
    out.smoothed.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        out.smoothed[i] = shrink(out.raw[i], b, a, population[i]);
    out.priorMean = {b};
    out.priorVariance = {a};
    return out;
}

EmpiricalBayesRates localEmpiricalBayes(std::span<const double> events, std::span<const double> population,
                                        const SpatialWeights& weights)
{
    checkRates(events, population);
    const std::size_t count = events.size();
    if (weights.size() != count)
        throw InternalError("local empirical Bayes: weights and rates differ in length");
    EmpiricalBayesRates out;
    out.raw.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        out.raw[i] = events[i] / population[i];
    // Sums over Nᵢ = {i} ∪ neighbours(i); spdep's include.self() adds i unless it is already there.
    auto overNeighbourhood = [&](std::size_t i, auto&& term) {
        double sum = term(i);
        for (std::uint32_t j : weights.neighbours(i))
            if (j != i)
                sum += term(j);
        return sum;
    };
    out.priorMean.resize(count);
    std::vector<double> populationSum(count), meanPopulation(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double eventSum = overNeighbourhood(i, [&](std::size_t j) { return events[j]; });
        populationSum[i] = overNeighbourhood(i, [&](std::size_t j) { return population[j]; });
        const double size = overNeighbourhood(i, [](std::size_t) { return 1.0; });
        out.priorMean[i] = eventSum / populationSum[i];
        meanPopulation[i] = populationSum[i] / size;
    }
    std::vector<double> spread(count);
    for (std::size_t j = 0; j < count; ++j)
        spread[j] = population[j] * (out.raw[j] - out.priorMean[j]) * (out.raw[j] - out.priorMean[j]);
    out.priorVariance.resize(count);
    out.smoothed.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const double c = overNeighbourhood(i, [&](std::size_t j) { return spread[j]; });
        const double m = out.priorMean[i];
        out.priorVariance[i] = std::max(0.0, c / populationSum[i] - m / meanPopulation[i]);
        out.smoothed[i] = shrink(out.raw[i], m, out.priorVariance[i], population[i]);
    }
    return out;
}

std::vector<double> empiricalBayesStandardised(std::span<const double> events,
                                               std::span<const double> population)
{
    const EmpiricalBayesRates global = globalEmpiricalBayes(events, population);
    const double a = global.priorVariance.front();
    const double b = global.priorMean.front();
    if (b <= 0)
        throw InputError("empirical Bayes standardisation: there are no events in any area");
    std::vector<double> z(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        double v = a + b / population[i];
        if (v < 0)
            v = b / population[i];
        z[i] = (global.raw[i] - b) / std::sqrt(v);
    }
    return z;
}

GlobalMoranResult empiricalBayesMoran(std::span<const double> events, std::span<const double> population,
                                      const SpatialWeights& weights, const PermutationOptions& permutation,
                                      Feedback& feedback)
{
    GlobalMoranOptions options;
    options.permutation = permutation;
    options.adjustForIslands = false;
    const std::vector<double> z = empiricalBayesStandardised(events, population);
    return globalMoran(z, weights, options, feedback);
}

} // namespace bib::core
