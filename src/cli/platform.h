// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bib::cli {

/// True when standard error is an interactive terminal (progress bars only there).
bool stderrIsTerminal();

} // namespace bib::cli
