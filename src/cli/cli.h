// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>

namespace bib::cli {

/// Exit codes of `bib`, a public contract.
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitInput = 2,
    ExitCancelled = 3,
    ExitInternal = 4,
};

/// Runs `bib` with the given arguments, writing results to `out` and messages to `err`.
/// The one place where the core's exceptions become messages and exit codes.
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace bib::cli
