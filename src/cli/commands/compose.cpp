// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "io/areawriter.h"
#include "io/recipedata.h"

#include <optional>
#include <ostream>

namespace bib::cli {

namespace {

struct ComposeOptions
{
    std::string recipe;
    std::string output;
    int robustness = -1; ///< draws; −1: as the recipe says
};

std::string robustnessSettings(const core::UncertaintyOptions& o)
{
    std::string text = std::to_string(o.draws) + " draws, seed " + std::to_string(o.seed) + ", weights ";
    text +=
        o.perturbWeights ? "Dirichlet (concentration " + core::formatNumber(o.concentration) + ")" : "fixed";
    text += ", normalisation ";
    if (o.normalisations.empty())
        text += "each its own";
    for (std::size_t i = 0; i < o.normalisations.size(); ++i)
        text += (i ? "/" : "") + core::toString(o.normalisations[i]);
    text += ", aggregation ";
    if (o.aggregations.empty())
        text += "the recipe's";
    for (std::size_t i = 0; i < o.aggregations.size(); ++i)
        text += (i ? "/" : "") + core::toString(o.aggregations[i]);
    return text;
}

void printRobustnessJson(const core::RobustnessSummary& r, std::ostream& out)
{
    const core::UncertaintyOptions& o = r.options;
    out << ", \"robustness\": {\"draws\": " << o.draws << ", \"seed\": " << o.seed
        << ", \"perturb_weights\": " << (o.perturbWeights ? "true" : "false")
        << ", \"concentration\": " << core::formatNumber(o.concentration) << ", \"normalisations\": [";
    for (std::size_t i = 0; i < o.normalisations.size(); ++i)
        out << (i ? ", " : "") << jsonString(core::toString(o.normalisations[i]));
    out << "], \"aggregations\": [";
    for (std::size_t i = 0; i < o.aggregations.size(); ++i)
        out << (i ? ", " : "") << jsonString(core::toString(o.aggregations[i]));
    out << "], \"percentiles\": \"R type 7 of the draws' ranks; interval widened to contain the nominal "
           "rank\""
        << ", \"threads\": " << r.threads << ", \"geometric_draws\": " << r.geometricDraws
        << ", \"nominal_outside\": " << r.nominalOutside << ", \"notes\": [";
    for (std::size_t i = 0; i < r.notes.size(); ++i)
        out << (i ? ", " : "") << jsonString(r.notes[i]);
    out << "], \"rank_shift_when_dropped\": {";
    for (std::size_t i = 0; i < r.dropShift.size(); ++i)
        out << (i ? ", " : "") << jsonString(r.dropShift[i].first) << ": "
            << core::formatNumber(r.dropShift[i].second);
    out << "}}";
}

void printRobustnessText(const core::RobustnessSummary& r, std::ostream& out)
{
    out << "robustness: " << robustnessSettings(r.options)
        << "; rank_median, rank_p05, rank_p95 (R type 7)\n";
    if (r.nominalOutside > 0)
        out << "  for " << r.nominalOutside
            << " areas the nominal rank lay outside the 5–95% range of the draws; "
            << "their interval was widened to contain it\n";
    for (const auto& note : r.notes)
        out << "  note: " << note << "\n";
    out << "  mean rank shift when an indicator is left out:";
    for (const auto& [field, shift] : r.dropShift)
        out << " " << field << " " << core::formatNumber(shift);
    out << "\n";
}

void printEventsJson(const std::vector<core::EventColumnsReport>& events, std::ostream& out)
{
    out << ", \"events\": [";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const core::EventColumnsReport& e = events[i];
        out << (i ? ", " : "") << "{\"path\": " << jsonString(e.path) << ", \"rows\": " << e.rowsRead
            << ", \"counted\": " << e.counted << ", \"outside\": " << e.outside
            << ", \"unmatched_codes\": " << e.unmatched << ", \"bad_position\": " << e.badPosition
            << ", \"bad_time\": " << e.badTime << ", \"period\": " << jsonString(core::toString(e.period))
            << ", \"first_period\": " << jsonString(e.firstPeriod)
            << ", \"reference_period\": " << jsonString(e.referencePeriod) << ", \"columns\": [";
        for (std::size_t c = 0; c < e.columns.size(); ++c)
            out << (c ? ", " : "") << jsonString(e.columns[c]);
        out << "], \"notes\": [";
        for (std::size_t n = 0; n < e.notes.size(); ++n)
            out << (n ? ", " : "") << jsonString(e.notes[n]);
        out << "]}";
    }
    out << "]";
}

void printEventsText(const std::vector<core::EventColumnsReport>& events, std::ostream& out)
{
    for (const core::EventColumnsReport& e : events) {
        out << "events " << e.path << ": " << e.counted << " of " << e.rowsRead << " rows counted ("
            << e.outside << " outside all areas, " << e.unmatched << " with an unknown code, "
            << e.badPosition + e.badTime << " unreadable); " << core::toString(e.period) << "s "
            << e.firstPeriod << " … " << e.referencePeriod << " (reference); columns:";
        for (const auto& c : e.columns)
            out << " " << c;
        out << "\n";
        for (const auto& note : e.notes)
            out << "  note: " << note << "\n";
    }
}

void printSummary(const core::IndexRunSummary& s, const core::Recipe& recipe,
                  const std::vector<core::EventColumnsReport>& events, const std::string& output,
                  Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"recipe\": " << jsonString(recipe.name) << ", \"sha256\": " << jsonString(recipe.sha256)
            << ", \"areas\": " << s.areas << ", \"with_index\": " << s.withIndex << ", \"excluded\": [";
        for (std::size_t i = 0; i < s.excluded.size(); ++i)
            out << (i ? ", " : "") << "{\"id\": " << jsonString(s.excluded[i].first)
                << ", \"reason\": " << jsonString(s.excluded[i].second) << "}";
        out << "], \"left_out\": [";
        for (std::size_t i = 0; i < s.leftOut.size(); ++i)
            out << (i ? ", " : "") << "{\"field\": " << jsonString(s.leftOut[i].first)
                << ", \"reason\": " << jsonString(s.leftOut[i].second) << "}";
        out << "], \"breaks\": [";
        for (std::size_t i = 0; i < s.breaks.size(); ++i)
            out << (i ? ", " : "") << core::formatNumber(s.breaks[i]);
        out << "]";
        if (s.robustness)
            printRobustnessJson(*s.robustness, out);
        if (!events.empty())
            printEventsJson(events, out);
        out << ", \"protected\": false, \"output\": " << jsonString(output) << "}\n";
        return;
    }
    out << "recipe '" << recipe.name << "' (sha256 " << recipe.sha256.substr(0, 12) << ")\n";
    out << "index for " << s.withIndex << " of " << s.areas << " areas\n";
    if (!s.excluded.empty()) {
        out << "no index (" << s.excluded.size() << "):";
        for (std::size_t i = 0; i < s.excluded.size() && i < 20; ++i)
            out << " " << s.excluded[i].first << " (" << s.excluded[i].second << ")";
        if (s.excluded.size() > 20)
            out << " and " << s.excluded.size() - 20 << " more";
        out << "\n";
    }
    for (const auto& [field, reason] : s.leftOut)
        out << "indicator left out: " << field << " — " << reason << "\n";
    out << "class breaks:";
    for (double b : s.breaks)
        out << " " << core::formatNumber(b);
    out << "\n";
    if (s.robustness)
        printRobustnessText(*s.robustness, out);
    printEventsText(events, out);
    out << "written: " << output << "\n";
    out << "note: an internal working file with every value; the privacy rules are not applied. Share "
           "results "
           "with 'bib export', 'bib map' or 'bib briefing'\n";
}

} // namespace

CommandSpec composeCommand()
{
    return {"compose",
            "Compute the composite index of a recipe and write index, rank, class and drivers per area "
            "(internal working file: no privacy rules; share with export, map or briefing)",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<ComposeOptions>();
                command.add_option("RECIPE", options->recipe, "Recipe file (*.bib.json)")->required();
                command
                    .add_option("-o,--output", options->output, "Output: .gpkg (map layer) or .csv (table)")
                    ->required();
                command
                    .add_option(
                        "--robustness", options->robustness,
                        "Uncertainty analysis with N draws (seeded by the recipe): adds rank_median, "
                        "rank_p05 and rank_p95; settings from the recipe's \"robustness\" section; 0 = off")
                    ->check(CLI::Range(0, 100000));
                return [options](Context& context) {
                    const core::Recipe recipe = core::readRecipe(options->recipe);
                    core::RecipeData data = core::loadRecipeData(recipe, context.feedback);
                    const auto draws =
                        options->robustness < 0
                            ? std::nullopt
                            : std::optional<std::size_t>(static_cast<std::size_t>(options->robustness));
                    const core::IndexRunSummary summary = core::runCompositeIndex(
                        data.areas, recipe, core::indexRunOptions(recipe, draws), context.feedback);
                    core::AreaWriteOptions write;
                    write.layerName = data.areas.layer.empty() ? "index" : data.areas.layer;
                    write.inputs = {options->recipe, recipe.areas.path};
                    for (const auto& t : recipe.tables)
                        write.inputs.push_back(t.path);
                    for (const auto& e : recipe.events)
                        write.inputs.push_back(e.path);
                    // compose is the analyst's own working file (the golden tests compare every
                    // value); it says so in the file, and everything meant for others goes through
                    // the protected writers of export, map and briefing.
                    write.description =
                        "INTERNAL working file of recipe '" + recipe.name +
                        "': every value, privacy rules NOT applied; do not share (use bib export)";
                    core::writeAreas(data.areas, options->output, write, context.feedback);
                    printSummary(summary, recipe, data.events, options->output, context);
                };
            }};
}

} // namespace bib::cli
