// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/robustness.h"

#include "index/rankstatistics.h"
#include "util/error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <memory>
#include <random>
#include <thread>
#include <utility>

namespace bib::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Draws per work item: the unit of cancellation checks (a few ms) and of the rank transpose.
constexpr std::size_t kBlock = 16;

/// Uniform, normal and gamma variates from the raw output of std::mt19937_64, whose sequence the
/// standard fixes; std's distributions are implementation-defined, so they are not used.
class Random
{
public:
    explicit Random(std::uint64_t seed) : mEngine(seed) {}

    /// Uniform on the open interval (0, 1), 53 random bits.
    double uniform() { return (static_cast<double>(mEngine() >> 11) + 0.5) * 0x1p-53; }

    /// 0 … count − 1, uniformly.
    std::size_t index(std::size_t count)
    {
        return std::min(count - 1, static_cast<std::size_t>(uniform() * static_cast<double>(count)));
    }

    /// Standard normal by Marsaglia's polar method (the second variate is discarded).
    double normal()
    {
        for (;;) {
            const double u = 2.0 * uniform() - 1.0;
            const double v = 2.0 * uniform() - 1.0;
            const double s = u * u + v * v;
            if (s < 1.0 && s > 0.0)
                return u * std::sqrt(-2.0 * std::log(s) / s);
        }
    }

    /// Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma
    /// variables", ACM TOMS 26(3); shape < 1 through Gamma(shape + 1) · U^(1/shape).
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            const double x = normal();
            double v = 1.0 + c * x;
            if (v <= 0.0)
                continue;
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }

private:
    std::mt19937_64 mEngine;
};

std::uint64_t drawSeed(std::uint64_t seed, std::size_t draw)
{
    return splitMix64(seed + (static_cast<std::uint64_t>(draw) + 1) * 0x9E3779B97F4A7C15ULL);
}

bool hasMissing(const std::vector<double>& column)
{
    return std::any_of(column.begin(), column.end(), [](double v) { return std::isnan(v); });
}

bool allPositive(const std::vector<double>& column)
{
    return std::all_of(column.begin(), column.end(), [](double v) { return std::isnan(v) || v > 0; });
}

std::vector<double> logarithms(const std::vector<double>& column)
{
    std::vector<double> out(column.size());
    std::transform(column.begin(), column.end(), out.begin(), [](double v) { return std::log(v); });
    return out;
}

/// Everything a draw needs that does not depend on the draw: built once, then read by every thread.
struct Plan
{
    const PreparedIndex* prepared = nullptr;
    IndexWeights nominalWeights;
    std::vector<bool> takesPart; ///< not left out and nominal effective weight > 0
    std::vector<bool> missing;   ///< the column has NaN
    bool anyMissing = false;
    /// [choice][indicator]: choice 0 = each its own, choice k + 1 = options.normalisations[k].
    std::vector<std::vector<std::shared_ptr<const std::vector<double>>>> columns;
    std::vector<std::vector<std::shared_ptr<const std::vector<double>>>>
        logColumns;                                     ///< empty where geometric is impossible
    std::vector<std::vector<Aggregation>> aggregations; ///< [choice]: the feasible aggregations
    std::vector<std::string> notes;
};

bool isParameterFree(const Normalisation& n)
{
    return n.kind == NormalisationKind::ZScore || n.kind == NormalisationKind::MinMax ||
           n.kind == NormalisationKind::Rank || n.kind == NormalisationKind::Percentile;
}

void validate(const UncertaintyOptions& options)
{
    if (options.draws == 0)
        throw InputError("robustness: the number of draws must be at least 1");
    if (options.perturbWeights && !(options.concentration > 0))
        throw InputError("robustness.concentration: must be > 0");
    for (const auto& n : options.normalisations)
        if (!isParameterFree(n))
            throw InputError("robustness.normalisations: \"" + toString(n) +
                             "\" has parameters; use zscore, minmax, rank or percentile");
}

void addChoiceColumns(Plan& plan, const Normalisation* normalisation)
{
    const PreparedIndex& prepared = *plan.prepared;
    std::vector<std::shared_ptr<const std::vector<double>>> columns(prepared.indicators.size());
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        const PreparedIndicator& p = prepared.indicators[i];
        if (!plan.takesPart[i])
            continue;
        const bool own = !normalisation || (normalisation->kind == p.spec.normalisation.kind &&
                                            isParameterFree(p.spec.normalisation));
        columns[i] = own ? std::make_shared<const std::vector<double>>(p.normalised)
                         : std::make_shared<const std::vector<double>>(
                               normalise(p.values, *normalisation, p.spec.direction));
    }
    plan.columns.push_back(std::move(columns));
}

void addChoiceAggregations(Plan& plan, const UncertaintyOptions& options, const std::string& choiceName)
{
    const std::vector<std::shared_ptr<const std::vector<double>>>& columns = plan.columns.back();
    bool positive = true;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (plan.takesPart[i])
            positive = positive && allPositive(*columns[i]);
    const std::vector<Aggregation> candidates = options.aggregations.empty()
                                                    ? std::vector<Aggregation>{plan.prepared->aggregation}
                                                    : options.aggregations;
    std::vector<Aggregation> feasible;
    for (Aggregation a : candidates)
        if (a == Aggregation::Arithmetic || positive)
            feasible.push_back(a);
    if (feasible.size() < candidates.size())
        plan.notes.push_back("geometric aggregation is not possible with " + choiceName +
                             " (normalised values ≤ 0); " +
                             (feasible.empty() ? std::string("those draws aggregate arithmetically")
                                               : std::string("those draws use the other aggregations")));
    if (feasible.empty())
        feasible.push_back(Aggregation::Arithmetic);
    std::vector<std::shared_ptr<const std::vector<double>>> logs;
    if (std::find(feasible.begin(), feasible.end(), Aggregation::Geometric) != feasible.end()) {
        logs.resize(columns.size());
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (plan.takesPart[i])
                logs[i] = std::make_shared<const std::vector<double>>(logarithms(*columns[i]));
    }
    plan.logColumns.push_back(std::move(logs));
    plan.aggregations.push_back(std::move(feasible));
}

Plan makePlan(const PreparedIndex& prepared, const UncertaintyOptions& options)
{
    Plan plan;
    plan.prepared = &prepared;
    plan.nominalWeights = recipeWeights(prepared);
    const std::vector<double> effective = effectiveWeights(prepared, plan.nominalWeights);
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        plan.takesPart.push_back(effective[i] > 0);
        plan.missing.push_back(effective[i] > 0 && hasMissing(prepared.indicators[i].normalised));
        plan.anyMissing = plan.anyMissing || plan.missing.back();
    }
    if (options.normalisations.empty()) {
        addChoiceColumns(plan, nullptr);
        addChoiceAggregations(plan, options, "the indicators' own normalisations");
    } else { // choice 0, each its own, is never drawn
        plan.columns.emplace_back();
        plan.logColumns.emplace_back();
        plan.aggregations.push_back({Aggregation::Arithmetic});
    }
    for (const auto& n : options.normalisations) {
        addChoiceColumns(plan, &n);
        addChoiceAggregations(plan, options, "normalisation " + toString(n));
    }
    return plan;
}

/// Replaces the positive entries of `weights` selected by `members` by Dirichlet shares with
/// α = concentration × w / Σw. Fewer than two members: unchanged.
void perturb(std::vector<double>& weights, const std::vector<std::size_t>& members, double concentration,
             Random& random)
{
    if (members.size() < 2)
        return;
    double total = 0.0;
    for (std::size_t m : members)
        total += weights[m];
    std::vector<double> gammas;
    double gammaTotal = 0.0;
    for (std::size_t m : members) {
        gammas.push_back(random.gamma(concentration * weights[m] / total));
        gammaTotal += gammas.back();
    }
    for (std::size_t k = 0; k < members.size(); ++k)
        // All variates can underflow to 0 only for a tiny concentration: then keep the recipe's shares.
        weights[members[k]] = gammaTotal > 0 ? gammas[k] / gammaTotal : weights[members[k]] / total;
}

void perturbWeights(const Plan& plan, double concentration, IndexWeights& weights, Random& random)
{
    const PreparedIndex& prepared = *plan.prepared;
    std::vector<std::vector<std::size_t>> byDomain(prepared.domains.size());
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i)
        if (plan.takesPart[i])
            byDomain[prepared.indicators[i].domain].push_back(i);
    std::vector<std::size_t> domains;
    for (std::size_t d = 0; d < byDomain.size(); ++d)
        if (!byDomain[d].empty() && weights.domains[d] > 0)
            domains.push_back(d);
    perturb(weights.domains, domains, concentration, random);
    for (const auto& members : byDomain)
        perturb(weights.indicators, members, concentration, random);
}

/// The choices of a draw: consumes the draw's random stream in the documented order.
UncertaintyDraw choose(const Plan& plan, const UncertaintyOptions& options, std::size_t draw)
{
    Random random(drawSeed(options.seed, draw));
    UncertaintyDraw choice;
    const std::size_t alternatives = options.normalisations.size();
    choice.normalisation = alternatives == 0 ? -1 : 0;
    if (alternatives >= 2)
        choice.normalisation = static_cast<int>(random.index(alternatives));
    const std::vector<Aggregation>& feasible =
        plan.aggregations[static_cast<std::size_t>(choice.normalisation + 1)];
    choice.aggregation = feasible.size() >= 2 ? feasible[random.index(feasible.size())] : feasible.front();
    choice.weights = plan.nominalWeights;
    if (options.perturbWeights)
        perturbWeights(plan, options.concentration, choice.weights, random);
    return choice;
}

/// Buffers of one thread, reused from draw to draw.
struct Workspace
{
    std::vector<std::vector<double>> sum;    ///< [domain][area]
    std::vector<std::vector<double>> weight; ///< [domain][area], only with missing values
    std::vector<double> presentShare;        ///< only with missing values
    std::vector<std::uint32_t> missing;      ///< only with missing values
    std::vector<double> index;
    RankSorter sorter;

    Workspace(std::size_t areas, std::size_t domains, bool withMissing)
        : sum(domains, std::vector<double>(areas)), index(areas)
    {
        if (withMissing) {
            weight.assign(domains, std::vector<double>(areas));
            presentShare.resize(areas);
            missing.resize(areas);
        }
    }
};

/// Adds w × column (and the weight and share of the present values) in indicator order, as computeIndex does.
void accumulate(const Plan& plan, const UncertaintyDraw& choice, Workspace& work)
{
    const PreparedIndex& prepared = *plan.prepared;
    const std::size_t n = prepared.areaCount;
    const bool geometric = choice.aggregation == Aggregation::Geometric;
    const std::size_t c = static_cast<std::size_t>(choice.normalisation + 1);
    const std::vector<double> effective = effectiveWeights(prepared, choice.weights);
    for (auto& s : work.sum)
        std::fill(s.begin(), s.end(), 0.0);
    for (auto& w : work.weight)
        std::fill(w.begin(), w.end(), 0.0);
    std::fill(work.presentShare.begin(), work.presentShare.end(), 0.0);
    std::fill(work.missing.begin(), work.missing.end(), 0u);
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        if (effective[i] <= 0)
            continue;
        const double* values = geometric ? plan.logColumns[c][i]->data() : plan.columns[c][i]->data();
        const std::size_t d = prepared.indicators[i].domain;
        const double w = choice.weights.indicators[i];
        double* sum = work.sum[d].data();
        if (!plan.anyMissing) {
            for (std::size_t a = 0; a < n; ++a)
                sum[a] += w * values[a];
            continue;
        }
        for (std::size_t a = 0; a < n; ++a) {
            if (std::isnan(values[a])) {
                ++work.missing[a];
                continue;
            }
            sum[a] += w * values[a];
            work.weight[d][a] += w;
            work.presentShare[a] += effective[i];
        }
    }
}

/// finishIndex when no value is missing: every area has the same weight per domain and share, so
/// the domains are added column by column (vectorised) in computeIndex's order of operations.
void finishWithoutMissing(const UncertaintyDraw& choice, const std::vector<double>& domainWeight,
                          double share, bool geometric, Workspace& work)
{
    std::vector<double>& total = work.index;
    std::fill(total.begin(), total.end(), 0.0);
    double totalWeight = 0.0;
    for (std::size_t d = 0; d < domainWeight.size() && !(share < 2.0 / 3.0 - 1e-12); ++d) {
        if (domainWeight[d] <= 0)
            continue;
        const double w = choice.weights.domains[d], weight = domainWeight[d];
        const double* sum = work.sum[d].data();
        if (geometric)
            for (std::size_t a = 0; a < total.size(); ++a)
                total[a] += w * std::log(std::exp(sum[a] / weight));
        else
            for (std::size_t a = 0; a < total.size(); ++a)
                total[a] += w * (sum[a] / weight);
        totalWeight += w;
    }
    if (share < 2.0 / 3.0 - 1e-12 || totalWeight <= 0) {
        std::fill(total.begin(), total.end(), kNaN);
        return;
    }
    for (double& t : total)
        t = geometric ? std::exp(t / totalWeight) : t / totalWeight;
}

/// The index of each area from the accumulated sums, operation by operation as computeIndex; NaN without
/// index.
void finishIndex(const Plan& plan, const UncertaintyDraw& choice, Workspace& work)
{
    const PreparedIndex& prepared = *plan.prepared;
    const std::size_t nd = prepared.domains.size();
    const bool geometric = choice.aggregation == Aggregation::Geometric;
    const std::vector<double> effective = effectiveWeights(prepared, choice.weights);
    // Without missing values, every area has the same weight per domain and the same present share.
    std::vector<double> constantWeight(nd, 0.0);
    double constantShare = 0.0;
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        if (effective[i] <= 0)
            continue;
        constantWeight[prepared.indicators[i].domain] += choice.weights.indicators[i];
        constantShare += effective[i];
    }
    if (!plan.anyMissing) {
        finishWithoutMissing(choice, constantWeight, constantShare, geometric, work);
        return;
    }
    for (std::size_t a = 0; a < prepared.areaCount; ++a) {
        work.index[a] = kNaN;
        const double share = plan.anyMissing ? work.presentShare[a] : constantShare;
        if (plan.anyMissing && work.missing[a] > 0 && prepared.missing != MissingRule::Reweight)
            continue;
        if (share < 2.0 / 3.0 - 1e-12)
            continue;
        double total = 0.0, totalWeight = 0.0;
        for (std::size_t d = 0; d < nd; ++d) {
            const double weight = plan.anyMissing ? work.weight[d][a] : constantWeight[d];
            if (weight <= 0)
                continue;
            const double score = geometric ? std::exp(work.sum[d][a] / weight) : work.sum[d][a] / weight;
            total += choice.weights.domains[d] * (geometric ? std::log(score) : score);
            totalWeight += choice.weights.domains[d];
        }
        if (totalWeight > 0)
            work.index[a] = geometric ? std::exp(total / totalWeight) : total / totalWeight;
    }
}

/// Runs body(item) for item 0 … count − 1 on `threads` threads, handing out items in order; the
/// first exception is rethrown after all threads have stopped.
template <typename Body> void parallelFor(unsigned threads, std::size_t count, const Body& body)
{
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    auto worker = [&](std::exception_ptr& mine) {
        try {
            for (std::size_t item = next++; item < count && !failed.load(); item = next++)
                body(item);
        } catch (...) {
            mine = std::current_exception();
            failed.store(true);
        }
    };
    std::vector<std::exception_ptr> failures(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker, std::ref(failures[t]));
    worker(failures[0]);
    for (auto& thread : pool)
        thread.join();
    for (const auto& f : failures)
        if (f)
            std::rethrow_exception(f);
}

unsigned threadCount(const UncertaintyOptions& options, std::size_t blocks)
{
    unsigned threads = options.threads;
    if (threads == 0)
        threads = std::min(16u, std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
}

/// The parallel collect phase: ranks[area × draws + draw], 0 where the area has no index in the
/// draw. Rank is uint16 when the ranks fit (halves the memory: 29 MB for 14,574 areas × 1,000 draws).
template <typename Rank>
std::unique_ptr<Rank[]> collectRanks(const Plan& plan, const UncertaintyOptions& options, unsigned threads,
                                     std::size_t& geometricDraws, Feedback& feedback)
{
    const std::size_t n = plan.prepared->areaCount, draws = options.draws;
    const std::size_t blocks = (draws + kBlock - 1) / kBlock;
    // Not value-initialised: the blocks write every slot, and first touch happens in the threads.
    std::unique_ptr<Rank[]> ranks(new Rank[n * draws]);
    std::vector<std::uint8_t> geometric(draws, 0);
    std::atomic<std::size_t> done{0};
    parallelFor(threads, blocks, [&](std::size_t block) {
        feedback.throwIfCancelled();
        Workspace work(n, plan.prepared->domains.size(), plan.anyMissing);
        const std::size_t first = block * kBlock, count = std::min(kBlock, draws - first);
        std::vector<std::uint32_t> local(count * n);
        for (std::size_t b = 0; b < count; ++b) {
            const UncertaintyDraw choice = choose(plan, options, first + b);
            geometric[first + b] = choice.aggregation == Aggregation::Geometric;
            accumulate(plan, choice, work);
            finishIndex(plan, choice, work);
            work.sorter.rank(work.index, local.data() + b * n);
        }
        // Each block owns the slots [a × draws + first, + count) of every area: no two threads share one.
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = 0; b < count; ++b)
                ranks[a * draws + first + b] = static_cast<Rank>(local[b * n + a]);
        feedback.setProgress(90.0 * static_cast<double>(done += count) / static_cast<double>(draws));
    });
    geometricDraws = static_cast<std::size_t>(std::count(geometric.begin(), geometric.end(), 1));
    return ranks;
}

/// The percentiles per area from ranks[area × draws + draw]: pure per area, each area writes only
/// its own slots, so the areas are spread over the threads.
template <typename Rank> void summariseRanks(const std::unique_ptr<Rank[]>& ranks, UncertaintyResult& result)
{
    const std::size_t n = result.nominalRank.size(), draws = result.draws;
    result.rankMedian.assign(n, kNaN);
    result.rankP05.assign(n, kNaN);
    result.rankP95.assign(n, kNaN);
    std::vector<std::uint8_t> outside(n, 0);
    constexpr std::size_t kAreasPerItem = 256;
    parallelFor(result.threads, (n + kAreasPerItem - 1) / kAreasPerItem, [&](std::size_t item) {
        std::vector<std::uint32_t> x, bucket;
        for (std::size_t a = item * kAreasPerItem; a < std::min(n, (item + 1) * kAreasPerItem); ++a) {
            const double nominal = result.nominalRank[a];
            x.clear();
            for (std::size_t d = 0; d < draws; ++d)
                if (const Rank r = ranks[a * draws + d]; r > 0)
                    x.push_back(r);
            if (std::isnan(nominal) || x.empty())
                continue;
            const auto q = type7Quantiles(x, {0.05, 0.5, 0.95}, bucket);
            result.rankMedian[a] = q[1];
            result.rankP05[a] = std::min(q[0], nominal);
            result.rankP95[a] = std::max(q[2], nominal);
            outside[a] = nominal < q[0] || nominal > q[2];
        }
    });
    result.nominalOutside.assign(outside.begin(), outside.end());
    result.nominalOutsideCount = static_cast<std::size_t>(std::count(outside.begin(), outside.end(), 1));
}

} // namespace

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

UncertaintyOptions uncertaintyOptions(const RobustnessSpec& spec, std::uint64_t seed)
{
    UncertaintyOptions options;
    options.draws = spec.draws;
    options.perturbWeights = spec.perturbWeights;
    options.concentration = spec.concentration;
    options.normalisations = spec.normalisations;
    options.aggregations = spec.aggregations;
    options.seed = seed;
    return options;
}

UncertaintyDraw describeDraw(const PreparedIndex& prepared, const UncertaintyOptions& options,
                             std::size_t draw)
{
    validate(options);
    return choose(makePlan(prepared, options), options, draw);
}

PreparedIndex withChoices(const PreparedIndex& prepared, const Normalisation* normalisation,
                          Aggregation aggregation)
{
    PreparedIndex variant = prepared;
    variant.aggregation = aggregation;
    if (normalisation)
        for (auto& p : variant.indicators)
            if (!p.leftOut)
                p.normalised = normalise(p.values, *normalisation, p.spec.direction);
    return variant;
}

UncertaintyResult runUncertainty(const PreparedIndex& prepared, const UncertaintyOptions& options,
                                 Feedback& feedback)
{
    validate(options);
    if (prepared.areaCount >= (std::size_t{1} << 31))
        throw InputError("robustness: more than 2³¹ areas");
    const Plan plan = makePlan(prepared, options);
    UncertaintyResult result;
    result.nominalRank = computeIndex(prepared, plan.nominalWeights).rank;
    result.draws = options.draws;
    result.notes = plan.notes;
    result.threads = threadCount(options, (options.draws + kBlock - 1) / kBlock);
    feedback.setProgress(0);
    if (prepared.areaCount < 65536)
        summariseRanks(
            collectRanks<std::uint16_t>(plan, options, result.threads, result.geometricDraws, feedback),
            result);
    else
        summariseRanks(
            collectRanks<std::uint32_t>(plan, options, result.threads, result.geometricDraws, feedback),
            result);
    feedback.setProgress(100);
    return result;
}

std::vector<IndicatorDropShift> indicatorDropShifts(const PreparedIndex& prepared,
                                                    const IndexWeights& weights, bool perArea)
{
    const std::vector<double> nominal = computeIndex(prepared, weights).rank;
    const std::vector<double> effective = effectiveWeights(prepared, weights);
    std::vector<IndicatorDropShift> shifts;
    for (std::size_t i = 0; i < prepared.indicators.size(); ++i) {
        if (effective[i] <= 0)
            continue;
        IndexWeights without = weights;
        without.indicators[i] = 0.0;
        const std::vector<double> ranks = computeIndex(prepared, without).rank;
        IndicatorDropShift s;
        s.indicator = i;
        double total = 0.0;
        std::size_t count = 0;
        if (perArea)
            s.shift.assign(ranks.size(), kNaN);
        for (std::size_t a = 0; a < ranks.size(); ++a) {
            const double shift = ranks[a] - nominal[a];
            if (std::isnan(shift))
                continue;
            total += std::abs(shift);
            s.maximumAbsoluteShift = std::max(s.maximumAbsoluteShift, std::abs(shift));
            ++count;
            if (perArea)
                s.shift[a] = shift;
        }
        s.meanAbsoluteShift = count > 0 ? total / static_cast<double>(count) : kNaN;
        shifts.push_back(std::move(s));
    }
    return shifts;
}

} // namespace bib::core
