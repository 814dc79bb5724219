// SPDX-License-Identifier: GPL-3.0-or-later
#include "guisession.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
    mApplication = std::make_unique<QGuiApplication>(gArgumentCount, gArguments);
}

GuiSession::~GuiSession() = default;

} // namespace bib::print
