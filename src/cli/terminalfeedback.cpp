// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalfeedback.h"

#include "platform.h"

#include <csignal>
#include <ostream>

namespace bib::cli {

namespace {

std::atomic<core::Feedback*> gActive{nullptr};

extern "C" void onInterrupt(int)
{
    if (core::Feedback* f = gActive.load())
        f->cancel(); // stores to a lock-free atomic<bool>: async-signal-safe
}

} // namespace

TerminalFeedback::TerminalFeedback(std::ostream& err, bool quiet)
    : mErr(err), mQuiet(quiet), mTerminal(stderrIsTerminal())
{
    gActive.store(this);
    std::signal(SIGINT, onInterrupt);
}

TerminalFeedback::~TerminalFeedback()
{
    std::signal(SIGINT, SIG_DFL);
    gActive.store(nullptr);
}

void TerminalFeedback::onProgress(double percent)
{
    if (mQuiet || !mTerminal)
        return;
    const int width = 40;
    const int filled = static_cast<int>(percent / 100.0 * width);
    mErr << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
         << std::string(static_cast<std::size_t>(width - filled), ' ') << "] " << static_cast<int>(percent)
         << "% " << std::flush;
    mBarShown = true;
}

std::string describe(const core::Warning& warning)
{
    std::string text;
    if (!warning.source.empty())
        text += warning.source + ": ";
    if (warning.row >= 0)
        text += "row " + std::to_string(warning.row) + ": ";
    if (!warning.featureId.empty())
        text += "'" + warning.featureId + "': ";
    return text + warning.message;
}

void TerminalFeedback::onWarning(const core::Warning& warning)
{
    if (mQuiet)
        return;
    if (mPrinted >= maxPrinted) {
        ++mSuppressed;
        return;
    }
    if (mBarShown) {
        mErr << "\r" << std::string(48, ' ') << "\r";
        mBarShown = false;
    }
    mErr << "warning: " << describe(warning) << "\n";
    ++mPrinted;
}

void TerminalFeedback::finish()
{
    if (mBarShown)
        mErr << "\r" << std::string(48, ' ') << "\r" << std::flush;
    mBarShown = false;
    if (mSuppressed > 0 && !mQuiet)
        mErr << "warning: " << mSuppressed << " more warnings not shown\n";
}

} // namespace bib::cli
