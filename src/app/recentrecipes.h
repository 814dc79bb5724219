// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace bib::app {

/// File → Recent recipes: the last recipes opened or saved, newest first, remembered in QSettings.
/// Choosing one emits openRequested().
class RecentRecipes : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;
    explicit RecentRecipes(QWidget* parent);

    QMenu* menu() const { return mMenu; }
    QStringList paths() const;
    /// Puts `path` first (once); the oldest beyond kMaximum go.
    void add(const QString& path);
    void clear();

signals:
    void openRequested(const QString& path);

private:
    void rebuildMenu();

    QMenu* mMenu;
};

} // namespace bib::app
