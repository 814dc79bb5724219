// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "spatial/getisord.h"
#include "statisticsoptions.h"

#include <map>
#include <ostream>

namespace bib::cli {

namespace {

struct GiStarCommandOptions
{
    StatisticsCliOptions statistics;
    std::string field;
    bool noSelf = false;
    std::string output;
};

void printSummary(const core::LocalGResult& r, const PreparedStatistics& prepared,
                  const GiStarCommandOptions& options, Context& context)
{
    std::map<std::string, std::size_t> classes{{"hot", 0}, {"cold", 0}, {"ns", 0}};
    for (auto c : r.cluster)
        ++classes[core::toString(c)];
    std::vector<std::string> islands;
    for (std::size_t i : r.islands)
        islands.push_back(prepared.cases.weights.ids()[i]);
    const auto& s = options.statistics;
    const std::string statistic = options.noSelf ? "Gi" : "Gi*";
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"statistic\": " << jsonString(statistic) << ", \"field\": " << jsonString(options.field)
            << ", \"areas\": " << prepared.cases.rows.size()
            << ", \"left_out\": " << jsonList(prepared.cases.leftOut)
            << ", \"islands\": " << jsonList(islands)
            << ", \"weights\": " << jsonString(prepared.cases.weights.description())
            << ", \"permutations\": " << s.permutations << ", \"seed\": " << s.seed
            << ", \"alpha\": " << jsonNumber(s.alpha)
            << ", \"adjustment\": " << jsonString(core::toString(s.adjustment()))
            << ", \"clusters\": {\"hot\": " << classes["hot"] << ", \"cold\": " << classes["cold"]
            << ", \"ns\": " << classes["ns"] << "}, \"output\": " << jsonString(options.output) << "}\n";
        return;
    }
    out << "Getis-Ord " << statistic << " of " << options.field << ": " << prepared.cases.rows.size()
        << " areas\n";
    if (!prepared.cases.leftOut.empty())
        out << "left out (missing " << options.field
            << "; neighbours recomputed without them): " << listLine(prepared.cases.leftOut) << "\n";
    out << "weights: " << prepared.cases.weights.description()
        << (options.noSelf ? "" : ", each area its own neighbour") << "\n";
    if (!islands.empty())
        out << "islands (class ns, no p_sim): " << listLine(islands) << "\n";
    out << s.permutations << " permutations (" << (options.noSelf ? "conditional" : "total")
        << " randomisation), seed " << s.seed << "\n";
    out << "classes at alpha " << core::formatNumber(s.alpha) << " on "
        << (s.permutations > 0 ? "p_sim" : "p_norm") << " (adjustment: " << core::toString(s.adjustment())
        << "): hot " << classes["hot"] << " cold " << classes["cold"] << " ns " << classes["ns"] << "\n";
    out << "written: " << options.output << "\n";
}

void run(const GiStarCommandOptions& options, Context& context)
{
    const PreparedStatistics prepared = prepareStatistics(options.statistics, {options.field}, true, context);
    warnLeftOut(prepared, "a value of " + options.field, context);
    core::LocalGOptions gOptions;
    gOptions.includeSelf = !options.noSelf;
    gOptions.permutation = options.statistics.permutationOptions();
    gOptions.alpha = options.statistics.alpha;
    gOptions.adjustment = options.statistics.adjustment();
    const auto r =
        core::localG(prepared.cases.columns[0], prepared.cases.weights, gOptions, context.feedback);

    core::AreaSet results = resultAreas(prepared);
    results.setColumn(core::Column{"Z", r.z, {}});
    results.setColumn(core::Column{"p_norm", r.pNormal, {}});
    results.setColumn(core::Column{"p_sim", r.pSimulated, {}});
    core::TextColumn cluster{"cluster", {}, {}};
    for (auto c : r.cluster)
        cluster.values.push_back(core::toString(c));
    results.setTextColumn(std::move(cluster));
    writeResults(results, options.statistics, options.output, options.noSelf ? "gi" : "gistar", context);
    printSummary(r, prepared, options, context);
}

} // namespace

CommandSpec gistarCommand()
{
    return {"gistar",
            "Getis-Ord Gi* (or Gi with --no-self) hot and cold spots: z-values as spdep's localG, normal and "
            "permutation p-values, class hot/cold/ns",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<GiStarCommandOptions>();
                options->statistics.addTo(command, true, true);
                command.add_option("--field", options->field, "Numeric field to analyse")->required();
                command.add_flag("--no-self", options->noSelf, "Gi: the area is not its own neighbour");
                command
                    .add_option("-o,--output", options->output,
                                "Output: .gpkg (map layer) or .csv; only the analysed areas")
                    ->required();
                return [options](Context& context) { run(*options, context); };
            }};
}

} // namespace bib::cli
