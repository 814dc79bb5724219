// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "temporal/aggregation.h"
#include "util/error.h"

#include <map>
#include <ostream>

namespace bib::cli {

namespace {

struct AggregateCommandOptions
{
    AreaOptions areas;
    core::EventSource events;
    std::string period;
    std::string per1000;
    std::string output;
};

std::optional<core::Period> periodOf(const std::string& name)
{
    static const std::map<std::string, core::Period> periods = {{"day", core::Period::Day},
                                                                {"week", core::Period::Week},
                                                                {"month", core::Period::Month},
                                                                {"quarter", core::Period::Quarter},
                                                                {"year", core::Period::Year}};
    if (name.empty())
        return std::nullopt;
    return periods.at(name);
}

void printReport(const core::AggregationResult& result, const std::string& output, Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"rows\": " << result.rowsRead << ", \"counted\": " << result.counted
            << ", \"outside\": " << result.outside << ", \"unmatched_codes\": " << result.unmatched
            << ", \"bad_position\": " << result.badPosition << ", \"bad_time\": " << result.badTime
            << ", \"areas\": " << result.areaCount << ", \"periods\": " << result.periodStarts.size()
            << ", \"categories\": " << result.categories.size() << ", \"output\": " << jsonString(output)
            << "}\n";
        return;
    }
    out << "aggregate report: " << result.rowsRead << " event rows\n";
    out << "counted in an area: " << result.counted << "\n";
    out << "outside all areas: " << result.outside << "\n";
    out << "codes matching no area: " << result.unmatched << " events";
    for (std::size_t i = 0; i < result.unmatchedCodes.size() && i < 20; ++i)
        out << (i ? ", " : " (") << result.unmatchedCodes[i].first << ": " << result.unmatchedCodes[i].second;
    out << (result.unmatchedCodes.empty() ? "" : result.unmatchedCodes.size() > 20 ? ", …)" : ")") << "\n";
    out << "skipped, unreadable position: " << result.badPosition << "\n";
    out << "skipped, unreadable time: " << result.badTime << "\n";
    out << "areas: " << result.areaCount << ", categories: " << result.categories.size();
    if (result.period)
        out << ", " << core::toString(*result.period) << " periods: " << result.periodStarts.size() << " ("
            << result.periodStarts.front() << " … " << result.periodStarts.back() << ")";
    out << "\nwritten: " << output << "\n";
}

void addEventOptions(CLI::App& command, AggregateCommandOptions& options)
{
    core::EventSource& events = options.events;
    command.add_option("--events", events.path, "Events: CSV, or a point layer (GeoPackage, …)")->required();
    command.add_option("--events-layer", events.layer,
                       "Layer of a multi-layer events source (default: the first)");
    command.add_option("--x", events.xField, "Field with the x coordinate (needs --events-crs)");
    command.add_option("--y", events.yField, "Field with the y coordinate (needs --events-crs)");
    command.add_option("--lon", events.lonField, "Field with the longitude (WGS84 degrees)");
    command.add_option("--lat", events.latField, "Field with the latitude (WGS84 degrees)");
    command.add_option("--wkt", events.wktField, "Field with a WKT POINT (needs --events-crs)");
    command.add_option("--code", events.codeField,
                       "Field with the area id of each event instead of a position (e.g. pc4)");
    command.add_option("--events-crs", events.crs, "CRS of --x/--y or --wkt, e.g. EPSG:28992");
    command.add_option("--time", events.timeField, "Field with the date and time of each event")->required();
    command.add_option("--category", events.categoryField, "Field to split the counts by");
}

} // namespace

CommandSpec aggregateCommand()
{
    return {
        "aggregate",
        "Count point events per area, per period (Europe/Amsterdam calendar) and per category, with rates",
        [](CLI::App& command) -> CommandRunner {
            auto options = std::make_shared<AggregateCommandOptions>();
            options->areas.addTo(command);
            addEventOptions(command, *options);
            command
                .add_option("--period", options->period, "Count per day, ISO week, month, quarter or year")
                ->check(CLI::IsMember({"day", "week", "month", "quarter", "year"}));
            command.add_option("--per1000", options->per1000,
                               "Numeric area field (inhabitants, youths …): add a rate per 1,000 of it");
            command.add_option("-o,--output", options->output, "Output CSV with the counts")->required();
            return [options](Context& context) {
                const core::AreaSet areas = core::loadAreas(options->areas.source, context.feedback);
                core::AggregationOptions aggregation;
                aggregation.period = periodOf(options->period);
                aggregation.denominatorField = options->per1000;
                const core::AggregationResult result =
                    core::aggregateEvents(areas, options->events, aggregation, context.feedback);
                core::writeAggregation(options->output, areas, result,
                                       {options->areas.source.path, options->events.path});
                printReport(result, options->output, context);
            };
        }};
}

} // namespace bib::cli
