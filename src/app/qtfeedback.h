// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <QObject>

namespace bib::app {

/// The core's Feedback as Qt signals. The core calls it on a worker thread; the signals reach
/// receivers in the GUI thread through queued connections.
class QtFeedback : public QObject, public core::Feedback
{
    Q_OBJECT

public:
    explicit QtFeedback(QObject* parent = nullptr) : QObject(parent) {}

signals:
    void progressChanged(int percent);
    void warningReported(const QString& message);

protected:
    void onProgress(double percent) override;
    void onWarning(const core::Warning& warning) override;
};

} // namespace bib::app
