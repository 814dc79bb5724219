// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bib::app {

/// The whole program behind main(): parses the command line, installs the translation, then
/// either opens the workstation or (with --headless) writes the map and table and exits.
/// Returns the exit code: 0 fine, 2 bad input or options, 3 cancelled, 4 internal error.
int run(int argc, char** argv);

/// Installs the interface translation ("nl" or "en") and the matching number locale into the
/// running application. English is the source language, so "en" installs no translator.
void installLanguage(const QString& language);

} // namespace bib::app
