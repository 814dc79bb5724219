// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/arealoader.h"
#include "terminalfeedback.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace bib::cli {

/// What every command gets: the output streams, the feedback, and the global flags.
struct Context
{
    std::ostream& out;
    std::ostream& err;
    TerminalFeedback& feedback;
    bool json = false;
    bool quiet = false;
};

/// The options every command that reads areas shares: AREAS --layer --id --name --filter --assume-crs.
struct AreaOptions
{
    core::AreaSource source;
    void addTo(CLI::App& command);
};

/// A subcommand: registers its options on `command` and returns what to run when it is chosen.
using CommandRunner = std::function<void(Context&)>;
using CommandFactory = std::function<CommandRunner(CLI::App& command)>;

struct CommandSpec
{
    std::string name;
    std::string help;
    CommandFactory factory;
};

/// All subcommands, in help order. Each lives in commands/<name>.cpp.
std::vector<CommandSpec> allCommands();

CommandSpec infoCommand();
CommandSpec joinCommand();
CommandSpec demoCommand();
CommandSpec composeCommand();
CommandSpec exportCommand();
CommandSpec recipeCommand();
CommandSpec weightsCommand();
CommandSpec moranCommand();
CommandSpec lisaCommand();
CommandSpec gistarCommand();
CommandSpec ebrateCommand();
CommandSpec aggregateCommand();
CommandSpec peaksCommand();
CommandSpec forecastCommand();
CommandSpec mapCommand();
CommandSpec briefingCommand();

/// A JSON string literal (quotes and escapes).
std::string jsonString(const std::string& text);

} // namespace bib::cli
