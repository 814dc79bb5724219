// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/feedback.h"

#include <QMetaObject>

class QgsProcessingFeedback;

namespace bib::qgis {

/// The core's Feedback on top of a QgsProcessingFeedback: progress and warnings go to QGIS, and
/// QGIS's cancel (the Cancel button, Ctrl-C in qgis_process) sets the core's atomic cancel flag,
/// which the core checks between pieces of work. `feedback` may be null (QGIS allows it); it must
/// outlive this object.
class FeedbackBridge : public core::Feedback
{
public:
    explicit FeedbackBridge(QgsProcessingFeedback* feedback);
    ~FeedbackBridge() override;

protected:
    void onProgress(double percent) override;
    void onWarning(const core::Warning& warning) override;

private:
    QgsProcessingFeedback* mFeedback;
    QMetaObject::Connection mCancelConnection;
};

} // namespace bib::qgis
