// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipeautosave.h"

#include "recipeeditor.h"
#include "taskrunner.h"
#include "util/atomicfile.h"
#include "weightingsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <filesystem>

namespace bib::app {

namespace {

const QString kOriginKey = QStringLiteral("recovery/original");

QSettings settings()
{
    return QSettings(QStringLiteral("BuurtInBeeld"), QStringLiteral("buurtinbeeld"));
}

} // namespace

RecipeAutosave::RecipeAutosave(RecipeEditor* editor)
    : QObject(editor), mEditor(editor), mTimer(new QTimer(this))
{
    mTimer->setInterval(kDefaultInterval);
    connect(mTimer, &QTimer::timeout, this, &RecipeAutosave::saveNow);
    connect(editor, &RecipeEditor::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            mTimer->start();
        } else {
            mTimer->stop();
            discard();
        }
    });
    connect(editor, &RecipeEditor::recipeSaved, this, [this] {
        mTimer->stop();
        discard();
    });
}

QString RecipeAutosave::recoveryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery.bib.json"));
}

bool RecipeAutosave::hasRecovery()
{
    return QFile::exists(recoveryPath());
}

QString RecipeAutosave::recoveredFrom()
{
    return settings().value(kOriginKey).toString();
}

void RecipeAutosave::setInterval(int milliseconds)
{
    mTimer->setInterval(milliseconds);
}

bool RecipeAutosave::saveNow()
{
    if (!mEditor->isModified())
        return false;
    const core::Recipe& recipe = mEditor->session()->recipe();
    const QString path = recoveryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Through the task runner: the one place where errors of the core become messages.
    TaskRunner runner(nullptr);
    const bool written = runner.guard(tr("Autosave"), [&] {
        const std::filesystem::path target(path.toStdString());
        core::writeTextFileAtomically(target, recipeTextFor(recipe, target), {recipe.sourcePath});
    });
    if (written)
        settings().setValue(kOriginKey, QString::fromStdString(recipe.sourcePath));
    return written;
}

void RecipeAutosave::discard()
{
    QFile::remove(recoveryPath());
    settings().remove(kOriginKey);
}

QString RecipeAutosave::offerRecovery(QWidget* parent)
{
    if (!hasRecovery())
        return {};
    const QString origin = recoveredFrom();
    const QString question =
        origin.isEmpty()
            ? tr("Buurt in Beeld stopped while a recipe had unsaved changes. Open the recovered recipe?")
            : tr("Buurt in Beeld stopped while %1 had unsaved changes. Open the recovered recipe?")
                  .arg(QDir::toNativeSeparators(origin));
    const auto answer = QMessageBox::question(parent, tr("Recover recipe"), question,
                                              QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        return recoveryPath();
    discard();
    return {};
}

} // namespace bib::app
