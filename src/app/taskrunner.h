// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qtfeedback.h"
#include "util/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace bib::app {

/// Runs long work off the GUI thread and is the one place in the workstation where errors of the
/// core (and anything else thrown) are caught and shown, as a dialog with the message.
///
/// One task at a time: starting a task while one runs cancels nothing and is refused (returns
/// false), so the GUI disables its actions while busy().
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    /// Dialogs are shown over `dialogParent`.
    explicit TaskRunner(QWidget* dialogParent);

    /// Runs `work` on a worker thread with a Feedback bridged to progressChanged(); then, back on
    /// the GUI thread, `done` with the result. An exception from either is shown by showError().
    /// After cancel() `done` never runs, even when the work had already finished: a cancelled
    /// task changes nothing.
    template <typename Result>
    bool run(const QString& title, std::function<Result(core::Feedback&)> work,
             std::function<void(Result&)> done);

    bool busy() const { return mFeedback != nullptr; }
    /// Asks the running task to stop; it ends with a CancelledError, which is not shown as an error.
    void cancel();

    /// The user-facing text for an error: the translation of the core's error hierarchy.
    static QString describe(std::exception_ptr error);
    /// Shows the error as a window-modal dialog (not for cancellation) and emits errorShown().
    void showError(const QString& title, std::exception_ptr error);
    /// Runs `action` now, on this thread, and shows any exception; false when one was thrown.
    bool guard(const QString& title, const std::function<void()>& action);

signals:
    void started(const QString& title);
    void progressChanged(int percent);
    void warningReported(const QString& message);
    void finished(bool succeeded);
    void errorShown(const QString& message);

private:
    void begin(const QString& title, QtFeedback* feedback);
    void end();

    QPointer<QWidget> mDialogParent;
    QtFeedback* mFeedback = nullptr;
};

template <typename Result>
bool TaskRunner::run(const QString& title, std::function<Result(core::Feedback&)> work,
                     std::function<void(Result&)> done)
{
    if (busy())
        return false;
    // Shared by the worker and the completion handler, so it outlives both even when the window
    // goes while the work runs; deleteLater() hands the deletion to the GUI thread.
    auto feedback = std::shared_ptr<QtFeedback>(new QtFeedback, [](QtFeedback* f) { f->deleteLater(); });
    auto result = std::make_shared<std::optional<Result>>();
    auto error = std::make_shared<std::exception_ptr>();
    auto* watcher = new QFutureWatcher<void>(this);
    begin(title, feedback.get());
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        end();
        if (feedback->isCancelled() && !*error)
            *error = std::make_exception_ptr(core::CancelledError());
        const bool succeeded = !*error && result->has_value() && guard(title, [&] { done(**result); });
        if (*error)
            showError(title, *error);
        emit finished(succeeded);
        (void)feedback;
    });
    watcher->setFuture(QtConcurrent::run([feedback, work = std::move(work), result, error] {
        try {
            *result = work(*feedback);
        } catch (...) {
            *error = std::current_exception();
        }
    }));
    return true;
}

} // namespace bib::app
