// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "context.h"
#include "terminalfeedback.h"
#include "util/error.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <ostream>

namespace bib::cli {

void AreaOptions::addTo(CLI::App& command)
{
    command
        .add_option("AREAS", source.path,
                    "Area layer: GeoPackage, shapefile, GeoJSON, FlatGeobuf or PG:… connection")
        ->required();
    command.add_option("--layer", source.layer, "Layer of a multi-layer source (default: the first)");
    command.add_option("--id", source.idField, "Field with the area code, e.g. bu_code")->required();
    command.add_option("--name", source.nameField, "Field with the area name, e.g. bu_naam");
    command.add_option("--filter", source.filter, "Attribute filter, e.g. \"gm_code = 'GM0344'\"");
    command.add_option("--assume-crs", source.assumeCrs,
                       "CRS for a layer that declares none, e.g. EPSG:28992");
    command.add_option("--working-crs", source.workingCrs, "CRS to analyse in (default EPSG:28992, RD New)");
}

std::vector<CommandSpec> allCommands()
{
    return {infoCommand(),     joinCommand(),    composeCommand(),  exportCommand(),
            recipeCommand(),   weightsCommand(), moranCommand(),    lisaCommand(),
            gistarCommand(),   ebrateCommand(),  peaksCommand(),    aggregateCommand(),
            forecastCommand(), mapCommand(),     briefingCommand(), demoCommand()};
}

std::string jsonString(const std::string& text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

int run(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    CLI::App app{"bib — Buurt in Beeld on the command line: neighbourhood indicators, maps and statistics"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("bib 0.1.0"));
    app.failure_message(CLI::FailureMessage::simple);
    bool json = false;
    bool quiet = false;
    app.add_flag("--json", json, "Structured output as JSON where a command has it");
    app.add_flag("-q,--quiet", quiet, "No progress bar and no warnings on stderr");

    std::vector<std::pair<CLI::App*, CommandRunner>> runners;
    for (const auto& spec : allCommands()) {
        CLI::App* sub = app.add_subcommand(spec.name, spec.help);
        sub->fallthrough();
        runners.emplace_back(sub, spec.factory(*sub));
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and --version end here with code 0; CLI11 prints the help of the chosen subcommand.
        const int code = app.exit(e, out, err);
        if (code == 0)
            return ExitOk;
        err << "Run 'bib --help' or 'bib COMMAND --help' for usage.\n";
        return ExitUsage;
    }

    TerminalFeedback feedback(err, quiet);
    Context context{out, err, feedback, json, quiet};
    try {
        for (auto& [sub, runner] : runners) {
            if (sub->parsed()) {
                runner(context);
                break;
            }
        }
        feedback.finish();
        return ExitOk;
    } catch (const core::CancelledError&) {
        feedback.finish();
        err << "bib: cancelled; nothing was written\n";
        return ExitCancelled;
    } catch (const core::InputError& e) {
        feedback.finish();
        err << "bib: error: " << e.what() << "\n";
        return ExitInput;
    } catch (const std::exception& e) {
        feedback.finish();
        err << "bib: internal error: " << e.what() << "\nPlease report this with the command you ran.\n";
        return ExitInternal;
    }
}

} // namespace bib::cli
