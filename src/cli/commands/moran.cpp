// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/moran.h"
#include "context.h"
#include "io/areawriter.h"
#include "spatial/empiricalbayes.h"
#include "statisticsoptions.h"
#include "util/error.h"

#include <cmath>
#include <ostream>

namespace bib::cli {

namespace {

struct MoranCommandOptions
{
    StatisticsCliOptions statistics;
    std::string field;
    std::string events;
    std::string population;
};

void printResult(const core::GlobalMoranResult& r, const PreparedStatistics& prepared,
                 const std::string& what, const MoranCommandOptions& options, Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"I\": " << jsonNumber(r.i) << ", \"E_I\": " << jsonNumber(r.expected)
            << ", \"Var_I\": " << jsonNumber(r.variance) << ", \"Z_I\": " << jsonNumber(r.z)
            << ", \"p_norm\": " << jsonNumber(r.pNormal) << ", \"p_sim\": " << jsonNumber(r.pSimulated)
            << "}\n";
        return;
    }
    out << "global Moran's I of " << what << "\n";
    out << "areas analysed: " << prepared.cases.rows.size() << " (n = " << r.n << ", islands " << r.islands
        << ")\n";
    if (!prepared.cases.leftOut.empty())
        out << "left out (missing values; neighbours recomputed without them): "
            << listLine(prepared.cases.leftOut) << "\n";
    out << "weights: " << prepared.cases.weights.description() << "\n";
    out << "inference: randomisation (normal p two-sided); " << options.statistics.permutations
        << " permutations, seed " << options.statistics.seed << " (folded pseudo p)\n";
    out << "I E_I Var_I Z_I p_norm p_sim\n";
    out << core::formatNumber(r.i) << " " << core::formatNumber(r.expected) << " "
        << core::formatNumber(r.variance) << " " << core::formatNumber(r.z) << " "
        << core::formatNumber(r.pNormal) << " "
        << (std::isnan(r.pSimulated) ? std::string("NA") : core::formatNumber(r.pSimulated)) << "\n";
}

void run(const MoranCommandOptions& options, Context& context)
{
    const bool rates = options.field.empty();
    if (rates && (options.events.empty() || options.population.empty()))
        throw core::InputError("give --field, or --events and --population for Moran's I of rates");
    if (!rates && (!options.events.empty() || !options.population.empty()))
        throw core::InputError("give either --field or --events with --population, not both");
    core::PermutationOptions permutation = options.statistics.permutationOptions();
    if (!rates) {
        const PreparedStatistics prepared =
            prepareStatistics(options.statistics, {options.field}, true, context);
        warnLeftOut(prepared, "a value of " + options.field, context);
        core::GlobalMoranOptions moranOptions;
        moranOptions.permutation = permutation;
        const auto result = core::globalMoran(prepared.cases.columns[0], prepared.cases.weights, moranOptions,
                                              context.feedback);
        printResult(result, prepared, options.field, options, context);
        return;
    }
    // A count below 0 or a population of 0 or less has no rate: left out like a missing value.
    const PreparedStatistics prepared = prepareStatistics(
        options.statistics, {options.events, options.population}, true, context,
        [](std::size_t field, double value) { return field == 0 ? value < 0 : value <= 0; });
    warnLeftOut(prepared, "a count and a positive population", context);
    const auto result = core::empiricalBayesMoran(prepared.cases.columns[0], prepared.cases.columns[1],
                                                  prepared.cases.weights, permutation, context.feedback);
    printResult(result, prepared,
                options.events + " per " + options.population +
                    " (Assunção–Reis empirical Bayes standardised)",
                options, context);
}

} // namespace

CommandSpec moranCommand()
{
    return {"moran",
            "Global Moran's I with inference under randomisation and a permutation test (also for rates, "
            "with the Assunção–Reis empirical Bayes standardisation)",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<MoranCommandOptions>();
                options->statistics.addTo(command, true, false);
                command.add_option("--field", options->field, "Numeric field to test");
                command.add_option("--events", options->events, "Rates: field with the counts (e.g. crimes)");
                command.add_option("--population", options->population,
                                   "Rates: field with the population at risk (e.g. inhabitants)");
                return [options](Context& context) { run(*options, context); };
            }};
}

} // namespace bib::cli
