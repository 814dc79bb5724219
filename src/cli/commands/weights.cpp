// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "spatial/weightsbuilder.h"
#include "spatial/weightsfile.h"
#include "weightsoptions.h"

#include <filesystem>
#include <ostream>

namespace bib::cli {

namespace {

struct WeightsCommandOptions
{
    AreaOptions areas;
    WeightsCliOptions weights;
    std::string output;
};

void run(const WeightsCommandOptions& options, Context& context)
{
    core::weightsFileFormat(options.output); // a wrong extension fails before any work
    const core::WeightsOptions weightsOptions = options.weights.options();
    const core::AreaSet areas = core::loadAreas(options.areas.source, context.feedback);
    core::WeightsReport report;
    const core::SpatialWeights weights = core::buildWeights(areas, weightsOptions, report, context.feedback);

    core::WeightsFileHeader header;
    header.layer = !areas.layer.empty() ? areas.layer : std::filesystem::path(areas.source).stem().string();
    header.idField = areas.idField;
    if (core::weightsFileFormat(options.output) == core::WeightsFileFormat::Gal &&
        weightsOptions.method == core::WeightsMethod::InverseDistance)
        context.feedback.warn(
            options.output, "", -1,
            "a GAL file holds neighbours only: the inverse-distance weights are not written "
            "(write a .gwt to keep them)");
    std::vector<std::string> inputs{options.areas.source.path};
    if (weightsOptions.method == core::WeightsMethod::File)
        inputs.push_back(weightsOptions.path);
    core::writeWeightsFile(weights, options.output, header, inputs);

    if (context.json) {
        std::string json = weightsReportJson(report);
        json.pop_back(); // the closing brace: add the output
        context.out << json << ", \"output\": " << jsonString(options.output) << "}\n";
        return;
    }
    context.out << weightsReportText(report) << "written: " << options.output << "\n";
}

} // namespace

CommandSpec weightsCommand()
{
    return {"weights",
            "Build spatial weights (queen/rook contiguity, k nearest, distance band, inverse distance) and "
            "write a GeoDa .gal or .gwt file",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<WeightsCommandOptions>();
                options->areas.addTo(command);
                options->weights.addTo(command);
                command
                    .add_option("-o,--output", options->output,
                                "Output: .gal (neighbours, GeoDa/PySAL/spdep) or .gwt (weighted links)")
                    ->required();
                return [options](Context& context) { run(*options, context); };
            }};
}

} // namespace bib::cli
