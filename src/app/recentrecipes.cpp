// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentrecipes.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace bib::app {

namespace {

const QString kKey = QStringLiteral("recent/recipes");

QSettings settings()
{
    return QSettings(QStringLiteral("BuurtInBeeld"), QStringLiteral("buurtinbeeld"));
}

} // namespace

RecentRecipes::RecentRecipes(QWidget* parent)
    : QObject(parent), mMenu(new QMenu(tr("&Recent recipes"), parent))
{
    mMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildMenu();
}

QStringList RecentRecipes::paths() const
{
    return settings().value(kKey).toStringList();
}

void RecentRecipes::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    settings().setValue(kKey, list);
    rebuildMenu();
}

void RecentRecipes::clear()
{
    settings().remove(kKey);
    rebuildMenu();
}

void RecentRecipes::rebuildMenu()
{
    mMenu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        // &1 … &8: the number is the keyboard shortcut inside the menu.
        QAction* action =
            mMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(list[i]).fileName()));
        action->setToolTip(QDir::toNativeSeparators(list[i]));
        action->setStatusTip(QDir::toNativeSeparators(list[i]));
        action->setEnabled(QFileInfo::exists(list[i]));
        const QString path = list[i];
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!list.isEmpty())
        mMenu->addSeparator();
    QAction* clearAction = mMenu->addAction(tr("&Clear the list"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentRecipes::clear);
}

} // namespace bib::app
