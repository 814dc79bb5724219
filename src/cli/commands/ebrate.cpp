// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "spatial/empiricalbayes.h"
#include "statisticsoptions.h"
#include "util/error.h"

#include <ostream>

namespace bib::cli {

namespace {

struct EbRateCommandOptions
{
    StatisticsCliOptions statistics;
    std::string events;
    std::string population;
    bool local = false;
    double per = 1.0;
    std::string output;
};

void run(const EbRateCommandOptions& options, Context& context)
{
    // A count below 0 or a population of 0 or less has no rate: left out like a missing value.
    const PreparedStatistics prepared = prepareStatistics(
        options.statistics, {options.events, options.population}, options.local, context,
        [](std::size_t field, double value) { return field == 0 ? value < 0 : value <= 0; });
    warnLeftOut(prepared, "a count and a positive population", context);
    const auto& cases = prepared.cases;
    const core::EmpiricalBayesRates rates =
        options.local ? core::localEmpiricalBayes(cases.columns[0], cases.columns[1], cases.weights)
                      : core::globalEmpiricalBayes(cases.columns[0], cases.columns[1]);
    core::AreaSet results = resultAreas(prepared);
    std::vector<double> raw = rates.raw, smoothed = rates.smoothed;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        raw[i] *= options.per;
        smoothed[i] *= options.per;
    }
    results.setColumn(core::Column{"raw", raw, {}});
    results.setColumn(core::Column{"eb", smoothed, {}});
    writeResults(results, options.statistics, options.output, "ebrate", context);

    const std::string method = options.local ? "local (spatial) empirical Bayes, spdep EBlocal"
                                             : "global empirical Bayes, spdep EBest";
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"method\": " << jsonString(options.local ? "local" : "global")
            << ", \"areas\": " << cases.rows.size() << ", \"left_out\": " << jsonList(cases.leftOut)
            << ", \"per\": " << jsonNumber(options.per);
        if (!options.local)
            out << ", \"prior_mean\": " << jsonNumber(rates.priorMean[0] * options.per)
                << ", \"prior_variance\": " << jsonNumber(rates.priorVariance[0] * options.per * options.per);
        out << ", \"output\": " << jsonString(options.output) << "}\n";
        return;
    }
    out << method << ": " << options.events << " per " << options.population << " × "
        << core::formatNumber(options.per) << ", " << cases.rows.size() << " areas\n";
    if (!cases.leftOut.empty())
        out << "left out (missing count or population ≤ 0"
            << (options.local ? "; neighbours recomputed without them" : "")
            << "): " << listLine(cases.leftOut) << "\n";
    if (options.local)
        out << "weights: " << cases.weights.description()
            << " (neighbour sets only, each area with itself)\n";
    else
        out << "prior: mean " << core::formatNumber(rates.priorMean[0] * options.per) << ", variance "
            << core::formatNumber(rates.priorVariance[0] * options.per * options.per) << "\n";
    out << "written: " << options.output << "\n";
}

} // namespace

CommandSpec ebrateCommand()
{
    return {"ebrate",
            "Empirical Bayes smoothed rates, global (spdep EBest) or local/spatial (spdep EBlocal): columns "
            "raw and eb",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<EbRateCommandOptions>();
                options->statistics.addTo(command, false, false);
                command.add_option("--events", options->events, "Field with the counts (e.g. crimes)")
                    ->required();
                command.add_option("--population", options->population, "Field with the population at risk")
                    ->required();
                command.add_flag("--local", options->local,
                                 "Smooth towards each area's neighbourhood (uses --weights)");
                command
                    .add_option("--per", options->per,
                                "Multiply the rates, e.g. 1000 for per 1 000 inhabitants")
                    ->capture_default_str()
                    ->check(CLI::PositiveNumber);
                command.add_option("-o,--output", options->output, "Output: .gpkg (map layer) or .csv")
                    ->required();
                return [options](Context& context) { run(*options, context); };
            }};
}

} // namespace bib::cli
