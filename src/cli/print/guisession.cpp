// SPDX-License-Identifier: GPL-3.0-or-later
#include "guisession.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace bib::print {

namespace {

int gArgumentCount = 1;
char gProgramName[] = "bib";
char* gArguments[] = {gProgramName, nullptr};

} // namespace

GuiSession::GuiSession()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // QTemporaryDir creates the folder readable by its owner only, as the XDG rules ask.
        mRuntimeFolder = std::make_unique<QTemporaryDir>();
        if (mRuntimeFolder->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(mRuntimeFolder->path()));
    }
#endif
    mApplication = std::make_unique<QGuiApplication>(gArgumentCount, gArguments);
}

GuiSession::~GuiSession() = default;

} // namespace bib::print
