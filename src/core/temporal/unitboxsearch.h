// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <vector>

/// The derivative-free minimiser of the exponential-smoothing parameters (holtwinters.cpp), header-only
/// because it takes the objective as a template argument. Deterministic and stateless.
namespace bib::core::unitbox {

/// Nelder–Mead on the box [0, 1]^d (points clamped), from `start`, at most `evaluations` evaluations.
template <typename Function>
std::vector<double> nelderMead(const Function& f, std::vector<double> start, int evaluations)
{
    const std::size_t d = start.size();
    auto clamp = [](std::vector<double> x) {
        for (double& v : x)
            v = std::clamp(v, 0.0, 1.0);
        return x;
    };
    std::vector<std::vector<double>> simplex{clamp(start)};
    for (std::size_t i = 0; i < d; ++i) {
        std::vector<double> x = start;
        x[i] += x[i] < 0.5 ? 0.1 : -0.1;
        simplex.push_back(clamp(x));
    }
    std::vector<double> values;
    for (const auto& x : simplex)
        values.push_back(f(x));
    int used = static_cast<int>(simplex.size());
    auto along = [&](const std::vector<double>& centre, const std::vector<double>& worst, double t) {
        std::vector<double> x(d);
        for (std::size_t i = 0; i < d; ++i)
            x[i] = centre[i] + t * (worst[i] - centre[i]);
        return clamp(x);
    };
    while (used < evaluations) {
        std::vector<std::size_t> order(d + 1);
        for (std::size_t i = 0; i <= d; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        const std::size_t best = order.front(), worst = order.back(), second = order[d - 1];
        if (values[worst] - values[best] <= 1e-10 * (std::abs(values[best]) + 1e-10))
            break;
        std::vector<double> centre(d, 0.0);
        for (std::size_t i = 0; i <= d; ++i)
            if (i != worst)
                for (std::size_t j = 0; j < d; ++j)
                    centre[j] += simplex[i][j] / static_cast<double>(d);
        const std::vector<double> reflected = along(centre, simplex[worst], -1.0);
        const double fr = f(reflected);
        ++used;
        if (fr < values[best]) {
            const std::vector<double> expanded = along(centre, simplex[worst], -2.0);
            const double fe = f(expanded);
            ++used;
            simplex[worst] = fe < fr ? expanded : reflected;
            values[worst] = std::min(fe, fr);
        } else if (fr < values[second]) {
            simplex[worst] = reflected;
            values[worst] = fr;
        } else {
            const std::vector<double> contracted = along(centre, simplex[worst], 0.5);
            const double fc = f(contracted);
            ++used;
            if (fc < values[worst]) {
                simplex[worst] = contracted;
                values[worst] = fc;
            } else {
                for (std::size_t i = 0; i <= d; ++i) {
                    if (i == best)
                        continue;
                    simplex[i] = along(simplex[best], simplex[i], 0.5);
                    values[i] = f(simplex[i]);
                    ++used;
                }
            }
        }
    }
    const auto best = std::min_element(values.begin(), values.end()) - values.begin();
    return simplex[static_cast<std::size_t>(best)];
}

/// The best point of a 6^d grid (d = 1 … 3; from (0.3, 0.1, 0.1) on) refined by nelderMead(), at most
/// 400 evaluations.
template <typename Function> std::vector<double> minimise(const Function& objective, std::size_t dimensions)
{
    constexpr std::array<double, 6> grid{0.02, 0.1, 0.25, 0.45, 0.7, 0.95};
    std::vector<double> best = std::vector<double>{0.3, 0.1, 0.1};
    best.resize(dimensions);
    double bestValue = objective(best);
    std::vector<double> x(dimensions);
    std::size_t points = 1;
    for (std::size_t i = 0; i < dimensions; ++i)
        points *= grid.size();
    for (std::size_t index = 0; index < points; ++index) {
        std::size_t rest = index;
        for (std::size_t i = dimensions; i-- > 0;) {
            x[i] = grid[rest % grid.size()];
            rest /= grid.size();
        }
        const double value = objective(x);
        if (value < bestValue) {
            bestValue = value;
            best = x;
        }
    }
    return nelderMead(objective, best, 400);
}

} // namespace bib::core::unitbox
