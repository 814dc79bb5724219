// SPDX-License-Identifier: GPL-3.0-or-later
// The only file of the command line with platform-specific calls.
#include "platform.h"

#ifdef _WIN32
#include <io.h>
#include <stdio.h>
#else
#include <unistd.h>
#endif

namespace bib::cli {

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

} // namespace bib::cli
