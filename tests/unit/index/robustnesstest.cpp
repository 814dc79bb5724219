// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo rank uncertainty: repeatability, the nominal rank inside its interval, the collapse
// without perturbation, the fast draw against computeIndex, the Dirichlet moments, and the rank
// shift when an indicator is dropped.
#include "index/robustness.h"
#include "util/error.h"

#include "indexfixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

using namespace bib::core;
using bib::test::areasWith;
using bib::test::indicator;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

PreparedIndex prepare(const AreaSet& areas, const Recipe& recipe)
{
    SilentFeedback feedback;
    return prepareIndex(areas, recipe, feedback);
}

/// 300 areas, 6 indicators in 2 domains, values from a fixed LCG (no std distribution), with a few
/// missing values and a duplicated area so that ties occur.
PreparedIndex syntheticIndex(MissingRule missing = MissingRule::Reweight,
                             Aggregation aggregation = Aggregation::Arithmetic)
{
    std::uint64_t state = 42;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1p-53;
    };
    std::vector<std::pair<std::string, std::vector<double>>> columns;
    for (int c = 0; c < 6; ++c) {
        std::vector<double> values;
        for (int a = 0; a < 300; ++a)
            values.push_back(1.0 + 10.0 * next());
        values[299] = values[298]; // areas 299 and 300 are the same in every indicator
        if (c == 2)
            values[10] = kNaN;
        if (c == 4)
            values[20] = values[30] = kNaN;
        columns.emplace_back("x" + std::to_string(c + 1), values);
    }
    Recipe recipe;
    recipe.domains = {{"a", 1.0}, {"b", 2.0}};
    recipe.indicators = {indicator("x1", "zscore", 1, "a"),
                         indicator("x2", "zscore", 2, "a"),
                         indicator("x3", "zscore", 1, "a", Direction::Negative),
                         indicator("x4", "zscore", 1, "b"),
                         indicator("x5", "zscore", 3, "b"),
                         indicator("x6", "zscore", 0, "b")};
    recipe.missing = missing;
    recipe.aggregation = aggregation;
    if (aggregation == Aggregation::Geometric)
        for (auto& spec : recipe.indicators)
            spec.normalisation = *parseNormalisation("goalposts:0:12");
    return prepare(areasWith(columns), recipe);
}

UncertaintyOptions everythingVaries(std::size_t draws)
{
    UncertaintyOptions options;
    options.draws = draws;
    options.seed = 2024;
    options.normalisations = {*parseNormalisation("zscore"), *parseNormalisation("minmax"),
                              *parseNormalisation("rank")};
    options.aggregations = {Aggregation::Arithmetic, Aggregation::Geometric};
    return options;
}

UncertaintyResult run(const PreparedIndex& prepared, const UncertaintyOptions& options)
{
    SilentFeedback feedback;
    return runUncertainty(prepared, options, feedback);
}

/// Equal bit for bit, NaN equal to NaN.
void expectIdentical(const std::vector<double>& a, const std::vector<double>& b, const char* what)
{
    ASSERT_EQ(a.size(), b.size()) << what;
    for (std::size_t i = 0; i < a.size(); ++i)
        EXPECT_TRUE((std::isnan(a[i]) && std::isnan(b[i])) || std::memcmp(&a[i], &b[i], sizeof(double)) == 0)
            << what << " area " << i << ": " << a[i] << " vs " << b[i];
}

void expectIdentical(const UncertaintyResult& a, const UncertaintyResult& b)
{
    expectIdentical(a.nominalRank, b.nominalRank, "nominal");
    expectIdentical(a.rankMedian, b.rankMedian, "median");
    expectIdentical(a.rankP05, b.rankP05, "p05");
    expectIdentical(a.rankP95, b.rankP95, "p95");
    EXPECT_EQ(a.nominalOutside, b.nominalOutside);
    EXPECT_EQ(a.geometricDraws, b.geometricDraws);
}

TEST(Robustness, sameSeedGivesIdenticalOutput)
{
    const PreparedIndex prepared = syntheticIndex();
    const UncertaintyResult a = run(prepared, everythingVaries(200));
    const UncertaintyResult b = run(prepared, everythingVaries(200));
    expectIdentical(a, b);
}

TEST(Robustness, threadCountDoesNotChangeTheOutput)
{
    const PreparedIndex prepared = syntheticIndex();
    UncertaintyOptions options = everythingVaries(150);
    options.threads = 1;
    const UncertaintyResult one = run(prepared, options);
    EXPECT_EQ(one.threads, 1u);
    for (unsigned threads : {2u, 3u, 7u}) {
        options.threads = threads;
        const UncertaintyResult many = run(prepared, options);
        EXPECT_EQ(many.threads, threads);
        expectIdentical(one, many);
    }
}

TEST(Robustness, anotherSeedGivesOtherDraws)
{
    const PreparedIndex prepared = syntheticIndex();
    UncertaintyOptions options = everythingVaries(100);
    const UncertaintyResult a = run(prepared, options);
    options.seed = 2025;
    const UncertaintyResult b = run(prepared, options);
    std::size_t different = 0;
    for (std::size_t i = 0; i < a.rankMedian.size(); ++i)
        different += a.rankMedian[i] != b.rankMedian[i] && !std::isnan(a.rankMedian[i]);
    EXPECT_GT(different, 10u);
}

TEST(Robustness, everyIntervalContainsTheNominalRank)
{
    const PreparedIndex prepared = syntheticIndex();
    const UncertaintyResult r = run(prepared, everythingVaries(300));
    std::size_t withInterval = 0, flagged = 0;
    for (std::size_t a = 0; a < r.nominalRank.size(); ++a) {
        if (std::isnan(r.nominalRank[a])) {
            EXPECT_TRUE(std::isnan(r.rankMedian[a]) && std::isnan(r.rankP05[a]) && std::isnan(r.rankP95[a]));
            continue;
        }
        ++withInterval;
        flagged += r.nominalOutside[a];
        EXPECT_LE(r.rankP05[a], r.nominalRank[a]) << a;
        EXPECT_GE(r.rankP95[a], r.nominalRank[a]) << a;
        EXPECT_LE(r.rankP05[a], r.rankMedian[a]) << a;
        EXPECT_GE(r.rankP95[a], r.rankMedian[a]) << a;
    }
    EXPECT_GT(withInterval, 290u);
    EXPECT_EQ(flagged, r.nominalOutsideCount);
    EXPECT_EQ(r.draws, 300u);
}

TEST(Robustness, withoutPerturbationTheIntervalCollapsesToTheNominalRank)
{
    for (MissingRule rule : {MissingRule::Reweight, MissingRule::Exclude, MissingRule::Mean}) {
        for (Aggregation aggregation : {Aggregation::Arithmetic, Aggregation::Geometric}) {
            const PreparedIndex prepared = syntheticIndex(rule, aggregation);
            UncertaintyOptions options;
            options.draws = 40;
            options.perturbWeights = false;
            const UncertaintyResult r = run(prepared, options);
            expectIdentical(r.rankMedian, r.nominalRank, "median");
            expectIdentical(r.rankP05, r.nominalRank, "p05");
            expectIdentical(r.rankP95, r.nominalRank, "p95");
            EXPECT_EQ(r.nominalOutsideCount, 0u);
            // The duplicated areas tie: competition ranks share the lowest number.
            EXPECT_EQ(r.nominalRank[298], r.nominalRank[299]);
        }
    }
}

TEST(Robustness, aDrawRanksAsComputeIndexWithTheDrawsChoices)
{
    // With one draw the median is that draw's rank; compare it with computeIndex on the draw's
    // normalisation, aggregation and weights, for several seeds (so several choices).
    std::size_t geometric = 0;
    for (MissingRule rule : {MissingRule::Reweight, MissingRule::Exclude}) {
        const PreparedIndex prepared = syntheticIndex(rule);
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            UncertaintyOptions options = everythingVaries(1);
            options.seed = seed;
            const UncertaintyDraw draw = describeDraw(prepared, options, 0);
            geometric += draw.aggregation == Aggregation::Geometric;
            const Normalisation* normalisation =
                draw.normalisation < 0
                    ? nullptr
                    : &options.normalisations[static_cast<std::size_t>(draw.normalisation)];
            const IndexResult expected =
                computeIndex(withChoices(prepared, normalisation, draw.aggregation), draw.weights);
            const UncertaintyResult r = run(prepared, options);
            for (std::size_t a = 0; a < expected.rank.size(); ++a) {
                if (std::isnan(r.nominalRank[a]))
                    continue;
                EXPECT_TRUE(r.rankMedian[a] == expected.rank[a] ||
                            (std::isnan(r.rankMedian[a]) && std::isnan(expected.rank[a])))
                    << "seed " << seed << " area " << a << ": " << r.rankMedian[a] << " vs "
                    << expected.rank[a];
            }
        }
    }
    EXPECT_GT(geometric, 0u); // the geometric kernel was compared too
}

TEST(Robustness, dirichletWeightsHaveTheRecipeSharesAsMeanAndTheDocumentedVariance)
{
    // Dirichlet(α = c·w/Σw): mean share p = w/Σw, variance p(1 − p)/(c + 1). Weights 1, 2, 3, 4 in
    // one group, c = 50, 4,000 draws: standard errors ≈ 0.0011 for the means and ≈ 2.2 % for the
    // variances, so the tolerances below are > 4 standard errors.
    const AreaSet areas =
        areasWith({{"x1", {1, 2, 3, 4}}, {"x2", {4, 1, 2, 3}}, {"x3", {2, 4, 1, 3}}, {"x4", {3, 1, 4, 2}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 1), indicator("x2", "minmax", 2),
                         indicator("x3", "minmax", 3), indicator("x4", "minmax", 4)};
    const PreparedIndex prepared = prepare(areas, recipe);
    UncertaintyOptions options;
    options.concentration = 50;
    constexpr int kDraws = 4000;
    std::vector<double> sum(4, 0.0), squares(4, 0.0);
    for (std::size_t d = 0; d < kDraws; ++d) {
        const UncertaintyDraw draw = describeDraw(prepared, options, d);
        double total = 0.0;
        for (double w : draw.weights.indicators)
            total += w;
        EXPECT_NEAR(total, 1.0, 1e-12);
        for (std::size_t i = 0; i < 4; ++i) {
            sum[i] += draw.weights.indicators[i];
            squares[i] += draw.weights.indicators[i] * draw.weights.indicators[i];
        }
    }
    for (std::size_t i = 0; i < 4; ++i) {
        const double p = static_cast<double>(i + 1) / 10.0;
        const double mean = sum[i] / kDraws;
        const double variance = (squares[i] - kDraws * mean * mean) / (kDraws - 1);
        EXPECT_NEAR(mean, p, 0.005) << i;
        EXPECT_NEAR(variance / (p * (1 - p) / 51.0), 1.0, 0.1) << i;
    }
}

TEST(Robustness, geometricIsOnlyDrawnWithNormalisationsThatArePositive)
{
    // zscore has values ≤ 0, so those draws aggregate arithmetically; rank (1 … n) allows geometric.
    const PreparedIndex prepared = syntheticIndex();
    UncertaintyOptions options;
    options.normalisations = {*parseNormalisation("zscore"), *parseNormalisation("rank")};
    options.aggregations = {Aggregation::Arithmetic, Aggregation::Geometric};
    options.draws = 64;
    std::size_t geometric = 0;
    for (std::size_t d = 0; d < options.draws; ++d) {
        const UncertaintyDraw draw = describeDraw(prepared, options, d);
        if (draw.normalisation == 0) {
            EXPECT_EQ(draw.aggregation, Aggregation::Arithmetic) << d;
        }
        geometric += draw.aggregation == Aggregation::Geometric;
    }
    const UncertaintyResult r = run(prepared, options);
    EXPECT_GT(geometric, 0u);
    EXPECT_EQ(r.geometricDraws, geometric);
    ASSERT_EQ(r.notes.size(), 1u);
    EXPECT_NE(r.notes[0].find("normalisation zscore"), std::string::npos) << r.notes[0];
}

TEST(Robustness, rejectsNormalisationsWithParametersAndZeroDraws)
{
    const PreparedIndex prepared = syntheticIndex();
    UncertaintyOptions options;
    options.normalisations = {*parseNormalisation("goalposts:0:10")};
    SilentFeedback feedback;
    EXPECT_THROW(runUncertainty(prepared, options, feedback), InputError);
    options.normalisations.clear();
    options.draws = 0;
    EXPECT_THROW(runUncertainty(prepared, options, feedback), InputError);
}

TEST(Robustness, cancelledFeedbackStopsTheRun)
{
    const PreparedIndex prepared = syntheticIndex();
    SilentFeedback feedback;
    feedback.cancel();
    EXPECT_THROW(runUncertainty(prepared, everythingVaries(100), feedback), CancelledError);
}

TEST(Robustness, splitMix64MatchesTheReferenceSequence)
{
    // Vigna's splitmix64.c from state 0 returns e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f.
    EXPECT_EQ(splitMix64(0), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(splitMix64(0x9E3779B97F4A7C15ULL), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(splitMix64(2 * 0x9E3779B97F4A7C15ULL), 0x06C45D188009454FULL);
}

TEST(Robustness, droppingAnIndicatorShiftsRanksAsWorkedByHand)
{
    // minmax: x1 = 0, 1, 2, 3 → 0, 1/3, 2/3, 1;  x2 = 0, 3, 1, 2 → 0, 1, 1/3, 2/3;  weights 3 and 1
    // (x3 has weight 0 and takes no part). Index (3·n1 + n2)/4 = 0, 0.5, 0.583, 0.917 → ranks 4, 3, 2, 1.
    // Without x1 the index is n2: ranks 4, 1, 3, 2 → shifts 0, −2, +1, +1: mean |shift| 1, max 2.
    // Without x2 the index is n1: ranks 4, 3, 2, 1 → no shift.
    const AreaSet areas = areasWith({{"x1", {0, 1, 2, 3}}, {"x2", {0, 3, 1, 2}}, {"x3", {5, 1, 4, 2}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 3), indicator("x2", "minmax", 1),
                         indicator("x3", "minmax", 0)};
    const PreparedIndex prepared = prepare(areas, recipe);
    const auto shifts = indicatorDropShifts(prepared, recipeWeights(prepared), true);
    ASSERT_EQ(shifts.size(), 2u);
    EXPECT_EQ(shifts[0].indicator, 0u);
    EXPECT_DOUBLE_EQ(shifts[0].meanAbsoluteShift, 1.0);
    EXPECT_DOUBLE_EQ(shifts[0].maximumAbsoluteShift, 2.0);
    EXPECT_EQ(shifts[0].shift, (std::vector<double>{0, -2, 1, 1}));
    EXPECT_EQ(shifts[1].indicator, 1u);
    EXPECT_DOUBLE_EQ(shifts[1].meanAbsoluteShift, 0.0);
    EXPECT_TRUE(indicatorDropShifts(prepared, recipeWeights(prepared))[0].shift.empty());
}

TEST(Robustness, percentilesAreRType7OfTheDrawRanks)
{
    // Index = w1·n1 + w2·n2 (shares): A1 = w1, A2 = w2, A3 = 0.5, so A1 ranks 1 when w1 > w2 and 3
    // otherwise. With m draws of which k have w1 > w2, A1's sorted ranks are k ones then m − k
    // threes, and type 7 gives Q(p) = 1 + 2·clamp((m − 1)p − (k − 1), 0, 1); k from describeDraw.
    const AreaSet areas = areasWith({{"x1", {1, 0, 0.5}}, {"x2", {0, 1, 0.5}}});
    Recipe recipe;
    recipe.indicators = {indicator("x1", "minmax", 1), indicator("x2", "minmax", 1)};
    const PreparedIndex prepared = prepare(areas, recipe);
    UncertaintyOptions options;
    options.draws = 37;
    options.concentration = 5;
    std::size_t first = 0;
    for (std::size_t d = 0; d < options.draws; ++d) {
        const UncertaintyDraw draw = describeDraw(prepared, options, d);
        first += draw.weights.indicators[0] > draw.weights.indicators[1];
    }
    ASSERT_GT(first, 3u);
    ASSERT_LT(first, 34u);
    const UncertaintyResult r = run(prepared, options);
    auto type7 = [&](double p) {
        const double h = 36.0 * p - static_cast<double>(first - 1);
        return 1.0 + 2.0 * std::clamp(h, 0.0, 1.0);
    };
    // Nominal: the three areas tie at 0.5 → rank 1 for all; the median of A1 does not depend on that.
    EXPECT_DOUBLE_EQ(r.rankMedian[0], type7(0.5));
    EXPECT_DOUBLE_EQ(r.rankP95[0], std::max(type7(0.95), r.nominalRank[0]));
}

} // namespace
