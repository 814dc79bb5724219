// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskrunner.h"

#include "util/error.h"

#include <QMessageBox>

#include <new>

namespace bib::app {

TaskRunner::TaskRunner(QWidget* dialogParent) : QObject(dialogParent), mDialogParent(dialogParent) {}

void TaskRunner::begin(const QString& title, QtFeedback* feedback)
{
    mFeedback = feedback;
    connect(feedback, &QtFeedback::progressChanged, this, &TaskRunner::progressChanged);
    connect(feedback, &QtFeedback::warningReported, this, &TaskRunner::warningReported);
    emit started(title);
}

void TaskRunner::end()
{
    mFeedback = nullptr;
}

void TaskRunner::cancel()
{
    if (mFeedback)
        mFeedback->cancel();
}

QString TaskRunner::describe(std::exception_ptr error)
{
    enum class Kind
    {
        Cancelled,
        Crs,
        Input,
        Internal,
        Memory,
        Other,
        Unknown
    };
    Kind kind = Kind::Unknown;
    QString detail;
    try {
        std::rethrow_exception(error);
    } catch (const core::CancelledError&) {
        kind = Kind::Cancelled;
    } catch (const core::CrsError& e) {
        kind = Kind::Crs;
        detail = QString::fromUtf8(e.what());
    } catch (const core::InputError& e) {
        kind = Kind::Input;
        detail = QString::fromUtf8(e.what());
    } catch (const core::InternalError& e) {
        kind = Kind::Internal;
        detail = QString::fromUtf8(e.what());
    } catch (const std::bad_alloc&) {
        kind = Kind::Memory;
    } catch (const std::exception& e) {
        kind = Kind::Other;
        detail = QString::fromUtf8(e.what());
    } catch (...) {
    }
    switch (kind) {
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::Crs:
        return tr("Problem with the coordinate reference system:\n%1").arg(detail);
    case Kind::Input:
        return tr("The input cannot be used:\n%1").arg(detail);
    case Kind::Internal:
        return tr("Internal error (please report this):\n%1").arg(detail);
    case Kind::Memory:
        return tr("Not enough memory to finish the operation.");
    case Kind::Other:
        return tr("Unexpected error:\n%1").arg(detail);
    case Kind::Unknown:
        break;
    }
    return tr("Unknown error.");
}

void TaskRunner::showError(const QString& title, std::exception_ptr error)
{
    const QString message = describe(error);
    emit errorShown(message);
    try {
        std::rethrow_exception(error);
    } catch (const core::CancelledError&) {
        return;
    } catch (...) {
    }
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, mDialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool TaskRunner::guard(const QString& title, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (...) {
        showError(title, std::current_exception());
        return false;
    }
}

} // namespace bib::app
