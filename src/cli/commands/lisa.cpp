// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "spatial/moran.h"
#include "statisticsoptions.h"

#include <map>
#include <ostream>

namespace bib::cli {

namespace {

struct LisaCommandOptions
{
    StatisticsCliOptions statistics;
    std::string field;
    std::string output;
};

void printSummary(const core::LocalMoranResult& r, const PreparedStatistics& prepared,
                  const LisaCommandOptions& options, Context& context)
{
    std::map<std::string, std::size_t> classes{{"HH", 0}, {"LL", 0}, {"HL", 0}, {"LH", 0}, {"ns", 0}};
    for (auto c : r.cluster)
        ++classes[core::toString(c)];
    std::vector<std::string> islands;
    for (std::size_t i : r.islands)
        islands.push_back(prepared.cases.weights.ids()[i]);
    const auto& s = options.statistics;
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"field\": " << jsonString(options.field) << ", \"areas\": " << prepared.cases.rows.size()
            << ", \"left_out\": " << jsonList(prepared.cases.leftOut)
            << ", \"islands\": " << jsonList(islands)
            << ", \"weights\": " << jsonString(prepared.cases.weights.description())
            << ", \"style\": " << jsonString(s.weights.style) << ", \"permutations\": " << s.permutations
            << ", \"seed\": " << s.seed << ", \"alpha\": " << jsonNumber(s.alpha)
            << ", \"adjustment\": " << jsonString(core::toString(s.adjustment())) << ", \"clusters\": {";
        bool first = true;
        for (const auto& [name, count] : classes) {
            out << (first ? "" : ", ") << jsonString(name) << ": " << count;
            first = false;
        }
        out << "}, \"output\": " << jsonString(options.output) << "}\n";
        return;
    }
    out << "local Moran (LISA) of " << options.field << ": " << prepared.cases.rows.size() << " areas\n";
    if (!prepared.cases.leftOut.empty())
        out << "left out (missing " << options.field
            << "; neighbours recomputed without them): " << listLine(prepared.cases.leftOut) << "\n";
    out << "weights: " << prepared.cases.weights.description() << "\n";
    if (!islands.empty())
        out << "islands (I = 0, no z or p, class ns): " << listLine(islands) << "\n";
    out << "inference: conditional randomisation (spdep localmoran), " << s.permutations
        << " conditional permutations, seed " << s.seed << "\n";
    out << "classes at alpha " << core::formatNumber(s.alpha) << " on "
        << (s.permutations > 0 ? "p_sim" : "p_norm") << " (adjustment: " << core::toString(s.adjustment())
        << "):";
    for (const auto& name : {"HH", "LL", "HL", "LH", "ns"})
        out << " " << name << " " << classes[name];
    out << "\nwritten: " << options.output << "\n";
}

void run(const LisaCommandOptions& options, Context& context)
{
    const PreparedStatistics prepared = prepareStatistics(options.statistics, {options.field}, true, context);
    warnLeftOut(prepared, "a value of " + options.field, context);
    core::LocalMoranOptions lisaOptions;
    lisaOptions.permutation = options.statistics.permutationOptions();
    lisaOptions.alpha = options.statistics.alpha;
    lisaOptions.adjustment = options.statistics.adjustment();
    const auto r =
        core::localMoran(prepared.cases.columns[0], prepared.cases.weights, lisaOptions, context.feedback);

    core::AreaSet results = resultAreas(prepared);
    for (const auto& [name, values] : {std::pair<const char*, const std::vector<double>*>{"I", &r.i},
                                       {"E_I", &r.expected},
                                       {"Var_I", &r.variance},
                                       {"Z_I", &r.z},
                                       {"p_norm", &r.pNormal},
                                       {"p_sim", &r.pSimulated}})
        results.setColumn(core::Column{name, *values, {}});
    core::TextColumn cluster{"cluster", {}, {}};
    for (auto c : r.cluster)
        cluster.values.push_back(core::toString(c));
    results.setTextColumn(std::move(cluster));
    writeResults(results, options.statistics, options.output, "lisa", context);
    printSummary(r, prepared, options, context);
}

} // namespace

CommandSpec lisaCommand()
{
    return {"lisa",
            "Local Moran (LISA) per area: I, E_I, Var_I, Z_I as spdep's localmoran, normal and permutation "
            "p-values, and the cluster class HH/LL/HL/LH/ns",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<LisaCommandOptions>();
                options->statistics.addTo(command, true, true);
                command.add_option("--field", options->field, "Numeric field to analyse")->required();
                command
                    .add_option("-o,--output", options->output,
                                "Output: .gpkg (map layer) or .csv; only the analysed areas")
                    ->required();
                return [options](Context& context) { run(*options, context); };
            }};
}

} // namespace bib::cli
