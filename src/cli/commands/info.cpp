// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "io/datasetinfo.h"

#include <ostream>

namespace bib::cli {

namespace {

struct InfoOptions
{
    std::string path;
    std::string layer;
};

void printText(const core::DatasetInfo& info, std::ostream& out)
{
    out << info.path << " (" << info.driver << ")\n";
    for (const auto& layer : info.layers) {
        out << "\nlayer " << layer.name << "\n";
        out << "  geometry: " << layer.geometryType << "\n";
        if (layer.geometryType != "None")
            out << "  crs: " << (layer.crs.empty() ? "none declared (use --assume-crs)" : layer.crs) << "\n";
        out << "  features: " << layer.featureCount << "\n";
        if (!layer.extent.isNull())
            out << "  extent: " << core::formatNumber(layer.extent.minX) << " "
                << core::formatNumber(layer.extent.minY) << " — " << core::formatNumber(layer.extent.maxX)
                << " " << core::formatNumber(layer.extent.maxY) << "\n";
        out << "  fields (" << layer.fields.size() << "):\n";
        for (const auto& f : layer.fields)
            out << "    " << f.name << "  " << f.type << "  missing " << f.missingCount << "\n";
    }
}

void printJson(const core::DatasetInfo& info, std::ostream& out)
{
    out << "{\"path\": " << jsonString(info.path) << ", \"driver\": " << jsonString(info.driver)
        << ", \"layers\": [";
    for (std::size_t l = 0; l < info.layers.size(); ++l) {
        const auto& layer = info.layers[l];
        out << (l ? ", " : "") << "{\"name\": " << jsonString(layer.name)
            << ", \"geometry\": " << jsonString(layer.geometryType) << ", \"crs\": " << jsonString(layer.crs)
            << ", \"features\": " << layer.featureCount << ", \"extent\": ";
        if (layer.extent.isNull())
            out << "null";
        else
            out << "[" << core::formatNumber(layer.extent.minX) << ", "
                << core::formatNumber(layer.extent.minY) << ", " << core::formatNumber(layer.extent.maxX)
                << ", " << core::formatNumber(layer.extent.maxY) << "]";
        out << ", \"fields\": [";
        for (std::size_t f = 0; f < layer.fields.size(); ++f)
            out << (f ? ", " : "") << "{\"name\": " << jsonString(layer.fields[f].name)
                << ", \"type\": " << jsonString(layer.fields[f].type)
                << ", \"missing\": " << layer.fields[f].missingCount << "}";
        out << "]}";
    }
    out << "]}\n";
}

} // namespace

CommandSpec infoCommand()
{
    return {"info", "Describe a file: layers, CRS, feature count, extent, fields with type and missing count",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<InfoOptions>();
                command
                    .add_option("FILE", options->path, "Vector file, PG:… connection, or CSV/XLSX/ODS table")
                    ->required();
                command.add_option("--layer", options->layer, "Only this layer (or sheet)");
                return [options](Context& context) {
                    const core::DatasetInfo info =
                        core::describeDataset(options->path, options->layer, context.feedback);
                    if (context.json)
                        printJson(info, context.out);
                    else
                        printText(info, context.out);
                };
            }};
}

} // namespace bib::cli
