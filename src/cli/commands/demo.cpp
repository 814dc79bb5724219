// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "demo/demogenerator.h"
#include "demo/demotime.h"

#include <filesystem>
#include <ostream>

namespace bib::cli {

namespace {

struct DemoCommandOptions
{
    std::string folder;
    core::DemoOptions demo;
};

std::uintmax_t sizeOf(const std::filesystem::path& file)
{
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    return ec ? 0 : size;
}

void printText(const core::DemoWriteResult& result, std::ostream& out)
{
    const core::DemoData& data = result.data;
    out << "Wrote the SYNTHETIC demo data set Voorbeeldstad (seed " << data.options.seed << "):\n";
    for (const auto& file : result.files)
        out << "  " << file.string() << "  (" << sizeOf(file) << " bytes)\n";
    const auto& m = data.messages;
    const auto& burst = data.town.buurten[m.burstBuurt];
    out << data.town.buurten.size() << " buurten, " << data.town.wijken.size() << " wijken, "
        << data.meldingen.size() << " nuisance reports, " << m.weeks.size() << " weeks of message counts\n"
        << "planted burst: " << burst.code << " " << burst.name << ", week starting "
        << core::demo::isoDate(m.weeks[m.burstWeek]) << "\n";
}

void printJson(const core::DemoWriteResult& result, std::ostream& out)
{
    const core::DemoData& data = result.data;
    const auto& m = data.messages;
    out << "{\"seed\": " << data.options.seed << ", \"files\": [";
    for (std::size_t i = 0; i < result.files.size(); ++i)
        out << (i ? ", " : "") << jsonString(result.files[i].string());
    out << "], \"buurten\": " << data.town.buurten.size() << ", \"wijken\": " << data.town.wijken.size()
        << ", \"meldingen\": " << data.meldingen.size()
        << ", \"burst\": {\"bu_code\": " << jsonString(data.town.buurten[m.burstBuurt].code)
        << ", \"week_start\": " << jsonString(core::demo::isoDate(m.weeks[m.burstWeek])) << "}}\n";
}

} // namespace

CommandSpec demoCommand()
{
    return {"demo", "Write the SYNTHETIC demo data set Voorbeeldstad (areas, indicators, reports, messages)",
            [](CLI::App& command) -> CommandRunner {
                auto options = std::make_shared<DemoCommandOptions>();
                command
                    .add_option("-o,--output", options->folder, "Folder to write into (created when missing)")
                    ->required();
                command.add_option("--seed", options->demo.seed, "Seed of every random stream")
                    ->capture_default_str();
                command.add_option("--buurten", options->demo.buurten, "Number of buurten")
                    ->check(CLI::Range(20, 400))
                    ->capture_default_str();
                command.add_option("--wijken", options->demo.wijken, "Number of wijken")
                    ->check(CLI::Range(2, 30))
                    ->capture_default_str();
                return [options](Context& context) {
                    const core::DemoWriteResult result =
                        core::writeDemoData(options->folder, options->demo, context.feedback);
                    if (context.json)
                        printJson(result, context.out);
                    else
                        printText(result, context.out);
                };
            }};
}

} // namespace bib::cli
