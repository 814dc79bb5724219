// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtfeedback.h"

#include <cmath>

namespace bib::app {

void QtFeedback::onProgress(double percent)
{
    emit progressChanged(static_cast<int>(std::lround(percent)));
}

void QtFeedback::onWarning(const core::Warning& warning)
{
    QString text = QString::fromStdString(warning.message);
    if (!warning.featureId.empty())
        text = QString::fromStdString(warning.featureId) + QStringLiteral(": ") + text;
    emit warningReported(text);
}

} // namespace bib::app
