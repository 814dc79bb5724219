// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsoptions.h"

#include "context.h"
#include "io/areawriter.h"
#include "util/error.h"

#include <cstdio>

namespace bib::cli {

namespace {

/// A CLI11 check that runs a core parser and turns its InputError into a usage message.
template <typename Parse> CLI::Validator coreCheck(const std::string& description, Parse parse)
{
    return CLI::Validator(
        [parse](std::string& value) -> std::string {
            try {
                parse(value);
                return {};
            } catch (const core::InputError& e) {
                return e.what();
            }
        },
        description);
}

std::string jsonIds(const std::vector<std::string>& ids)
{
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? ", " : "") + jsonString(ids[i]);
    return out + "]";
}

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace

void WeightsCliOptions::addTo(CLI::App& command)
{
    command
        .add_option("--weights", weights,
                    "Neighbours: queen, rook, knn:K, distance:METRES, inverse:METRES[:POWER] (centroids), or "
                    "a GeoDa .gal/.gwt file")
        ->capture_default_str()
        ->check(coreCheck("WEIGHTS", [](const std::string& value) {
            core::WeightsOptions parsed;
            core::parseWeightsMethod(value, parsed);
        }));
    command
        .add_option("--snap", snap,
                    "Queen/rook: boundary points closer than this many metres count as shared (closes small "
                    "gaps in generalised layers)")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    command.add_option("--style", style, "W (row-standardised) or B (binary / general weights)")
        ->capture_default_str()
        ->check(coreCheck("W|B", [](const std::string& value) { core::parseWeightStyle(value); }));
    command
        .add_option("--islands", islands,
                    "Areas without neighbours: leave (kept, reported) or nearest (linked to the nearest "
                    "centroid, both ways)")
        ->capture_default_str()
        ->check(coreCheck("leave|nearest", [](const std::string& value) { core::parseIslandRule(value); }));
}

core::WeightsOptions WeightsCliOptions::options() const
{
    core::WeightsOptions out;
    core::parseWeightsMethod(weights, out);
    out.snap = snap;
    out.style = core::parseWeightStyle(style);
    out.islands = core::parseIslandRule(islands);
    return out;
}

std::string weightsSummaryLine(const core::WeightsSummary& summary)
{
    std::string line = "areas " + std::to_string(summary.areas) + ", links " + std::to_string(summary.links) +
                       ", neighbours min/mean/max " + std::to_string(summary.minNeighbours) + "/" +
                       fixed(summary.meanNeighbours, 2) + "/" + std::to_string(summary.maxNeighbours) +
                       ", islands " + std::to_string(summary.islands.size());
    if (summary.islands.empty())
        return line;
    constexpr std::size_t shown = 20;
    line += " (";
    for (std::size_t i = 0; i < summary.islands.size() && i < shown; ++i)
        line += (i ? " " : "") + summary.islands[i];
    if (summary.islands.size() > shown)
        line += " … and " + std::to_string(summary.islands.size() - shown) + " more";
    return line + ")";
}

std::string weightsReportText(const core::WeightsReport& report)
{
    std::string text = "weights: " + report.description + "\n" + weightsSummaryLine(report.summary) + "\n";
    if (report.snap > 0.0)
        text += "snap " + core::formatNumber(report.snap) + " m added " +
                std::to_string(report.pairsAddedBySnap) + " neighbour pair" +
                (report.pairsAddedBySnap == 1 ? "" : "s") + " (compared with exact contact)\n";
    if (!report.islandLinks.empty()) {
        text += "islands linked to their nearest area (" + std::to_string(report.islandLinks.size()) + "):";
        for (const auto& [island, neighbour] : report.islandLinks)
            text += " " + island + "→" + neighbour;
        text += "\n";
    }
    if (!report.missingFromFile.empty())
        text += "areas not in the weights file (islands): " + std::to_string(report.missingFromFile.size()) +
                "\n";
    if (!report.summary.symmetric)
        text += "asymmetric: some links go one way only (usual for k nearest neighbours)\n";
    return text;
}

std::string weightsReportJson(const core::WeightsReport& report)
{
    const auto& s = report.summary;
    std::string json = "{\"description\": " + jsonString(report.description) +
                       ", \"areas\": " + std::to_string(s.areas) + ", \"links\": " + std::to_string(s.links) +
                       ", \"neighbours\": {\"min\": " + std::to_string(s.minNeighbours) +
                       ", \"mean\": " + core::formatNumber(s.meanNeighbours) +
                       ", \"max\": " + std::to_string(s.maxNeighbours) +
                       "}, \"islands\": " + jsonIds(s.islands) +
                       ", \"symmetric\": " + (s.symmetric ? "true" : "false") +
                       ", \"snap\": " + core::formatNumber(report.snap) +
                       ", \"pairs_added_by_snap\": " + std::to_string(report.pairsAddedBySnap) +
                       ", \"islands_found\": " + jsonIds(report.islandsFound) + ", \"island_links\": [";
    for (std::size_t i = 0; i < report.islandLinks.size(); ++i)
        json += (i ? ", " : "") + std::string("[") + jsonString(report.islandLinks[i].first) + ", " +
                jsonString(report.islandLinks[i].second) + "]";
    return json + "], \"missing_from_file\": " + jsonIds(report.missingFromFile) +
           ", \"without_shape\": " + jsonIds(report.withoutShape) + "}";
}

} // namespace bib::cli
