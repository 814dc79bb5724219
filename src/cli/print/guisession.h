// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QTemporaryDir;

class QGuiApplication;

namespace bib::print {

/// The QGuiApplication that fonts and painting need, created only for the commands that draw and
/// only when none exists yet. Without a display setting it picks Qt's offscreen platform
/// (QT_QPA_PLATFORM=offscreen when unset), so maps print on a server. Where the platform expects a
/// runtime folder and none is set (XDG_RUNTIME_DIR on Linux servers), it gets a private temporary
/// one for the session instead of a warning on every run.
class GuiSession
{
public:
    GuiSession();
    ~GuiSession();
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

private:
    std::unique_ptr<QTemporaryDir> mRuntimeFolder;
    std::unique_ptr<QGuiApplication> mApplication;
};

} // namespace bib::print
