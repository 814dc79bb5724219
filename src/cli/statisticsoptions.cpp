// SPDX-License-Identifier: GPL-3.0-or-later
#include "statisticsoptions.h"

#include "algorithms/areastatistics.h"
#include "io/arealoader.h"
#include "io/areawriter.h"
#include "util/error.h"

#include <cmath>

namespace bib::cli {

void StatisticsCliOptions::addTo(CLI::App& command, bool permutation, bool significance)
{
    areas.addTo(command);
    weights.addTo(command);
    if (permutation) {
        command
            .add_option("--permutations", permutations, "Permutations for the pseudo p-value p_sim (0: none)")
            ->capture_default_str()
            ->check(CLI::Range(std::size_t{0}, std::size_t{1000000}));
        command.add_option("--seed", seed, "Seed of the permutations: the same seed gives the same p_sim")
            ->capture_default_str();
    }
    if (significance) {
        command.add_option("--alpha", alpha, "Significance level of the classes")
            ->capture_default_str()
            ->check(CLI::Range(0.0, 1.0));
        auto* fdrFlag =
            command.add_flag("--fdr", fdr, "Benjamini–Hochberg false discovery rate over all areas");
        command.add_flag("--bonferroni", bonferroni, "Bonferroni correction over all areas")
            ->excludes(fdrFlag);
    }
}

core::PermutationOptions StatisticsCliOptions::permutationOptions() const
{
    core::PermutationOptions out;
    out.permutations = permutations;
    out.seed = seed;
    return out;
}

core::PValueAdjustment StatisticsCliOptions::adjustment() const
{
    if (fdr)
        return core::PValueAdjustment::BenjaminiHochberg;
    if (bonferroni)
        return core::PValueAdjustment::Bonferroni;
    return core::PValueAdjustment::None;
}

PreparedStatistics prepareStatistics(const StatisticsCliOptions& options,
                                     const std::vector<std::string>& fields, bool needWeights,
                                     Context& context, bool (*invalid)(std::size_t field, double value))
{
    PreparedStatistics out;
    out.areas = core::loadAreas(options.areas.source, context.feedback);
    core::PreparedCases prepared = core::prepareCases(out.areas, fields, options.weights.options(),
                                                      needWeights, context.feedback, invalid);
    out.weightsReport = std::move(prepared.weightsReport);
    out.cases = std::move(prepared.cases);
    return out;
}

void warnLeftOut(const PreparedStatistics& prepared, const std::string& what, Context& context)
{
    // The text reports list the areas themselves; JSON output (whose keys are fixed) gets a warning.
    if (prepared.cases.leftOut.empty() || !context.json)
        return;
    std::string message =
        std::to_string(prepared.cases.leftOut.size()) + " areas without " + what +
        " were left out and the neighbours recomputed without them: " + listLine(prepared.cases.leftOut);
    if (!prepared.cases.newIslands.empty())
        message += "; areas left without neighbours: " + listLine(prepared.cases.newIslands);
    context.feedback.warn(prepared.areas.source, "", -1, message);
}

core::AreaSet resultAreas(const PreparedStatistics& prepared)
{
    return core::resultAreas(prepared.areas, prepared.cases);
}

void writeResults(const core::AreaSet& results, const StatisticsCliOptions& options,
                  const std::string& output, const std::string& layerName, Context& context)
{
    core::AreaWriteOptions writeOptions;
    writeOptions.layerName = layerName;
    writeOptions.inputs = {options.areas.source.path};
    // The documented column order: numbers first, the class (text) last.
    for (const auto& c : results.columns())
        writeOptions.columnOrder.push_back(c.name);
    for (const auto& c : results.textColumns())
        writeOptions.columnOrder.push_back(c.name);
    const core::WeightsOptions weightsOptions = options.weights.options();
    if (weightsOptions.method == core::WeightsMethod::File)
        writeOptions.inputs.push_back(weightsOptions.path);
    core::writeAreas(results, output, writeOptions, context.feedback);
}

std::string listLine(const std::vector<std::string>& items, std::size_t shown)
{
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i)
        out += (i ? " " : "") + items[i];
    if (items.size() > shown)
        out += " …";
    return out + " (" + std::to_string(items.size()) + ")";
}

std::string jsonList(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + jsonString(items[i]);
    return out + "]";
}

std::string jsonNumber(double value)
{
    return std::isfinite(value) ? core::formatNumber(value) : "null";
}

} // namespace bib::cli
