// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <iosfwd>
#include <string>

namespace bib::cli {

/// Feedback for the terminal: a progress bar on stderr when it is a terminal, warnings printed as
/// they come (the first `maxPrinted`, then a count), and Ctrl-C turned into cancellation.
class TerminalFeedback : public core::Feedback
{
public:
    TerminalFeedback(std::ostream& err, bool quiet);
    ~TerminalFeedback() override;
    /// Ends the progress line and prints how many warnings were not shown.
    void finish();

protected:
    void onProgress(double percent) override;
    void onWarning(const core::Warning& warning) override;

private:
    std::ostream& mErr;
    bool mQuiet;
    bool mTerminal;
    bool mBarShown = false;
    std::size_t mPrinted = 0;
    std::size_t mSuppressed = 0;
    static constexpr std::size_t maxPrinted = 50;
};

/// "file: row 12: feature 'BU1': message" for people.
std::string describe(const core::Warning& warning);

} // namespace bib::cli
