// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackbridge.h"

#include <qgsprocessingfeedback.h>

namespace bib::qgis {

FeedbackBridge::FeedbackBridge(QgsProcessingFeedback* feedback) : mFeedback(feedback)
{
    if (!mFeedback)
        return;
    // Direct: canceled() is emitted in the cancelling thread; cancel() is an atomic store.
    mCancelConnection = QObject::connect(mFeedback, &QgsFeedback::canceled, [this] { cancel(); });
    if (mFeedback->isCanceled())
        cancel();
}

FeedbackBridge::~FeedbackBridge()
{
    QObject::disconnect(mCancelConnection);
}

void FeedbackBridge::onProgress(double percent)
{
    if (mFeedback)
        mFeedback->setProgress(percent);
}

void FeedbackBridge::onWarning(const core::Warning& warning)
{
    if (!mFeedback)
        return;
    QString text;
    if (!warning.featureId.empty())
        text = QString::fromStdString(warning.featureId) + QStringLiteral(": ");
    text += QString::fromStdString(warning.message);
    if (!warning.source.empty())
        text += QStringLiteral(" (") + QString::fromStdString(warning.source) + QStringLiteral(")");
    mFeedback->pushWarning(text);
}

} // namespace bib::qgis
