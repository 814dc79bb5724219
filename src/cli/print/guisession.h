// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QGuiApplication;

namespace bib::print {

/// The QGuiApplication that fonts and painting need, created only for the commands that draw and
/// only when none exists yet. Without a display setting it picks Qt's offscreen platform
/// (QT_QPA_PLATFORM=offscreen when unset), so maps print on a server.
class GuiSession
{
public:
    GuiSession();
    ~GuiSession();
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

private:
    std::unique_ptr<QGuiApplication> mApplication;
};

} // namespace bib::print
