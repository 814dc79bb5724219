// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choropleth.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace bib::app {

/// The View → Classification menu: method, number of classes and colour ramp. It shows a style
/// and asks for changes by signal; the window decides what they mean.
class StyleMenu : public QObject
{
    Q_OBJECT

public:
    explicit StyleMenu(QWidget* parent);

    QMenu* menu() const { return mMenu; }
    /// One entry per method key (action data) and per class count.
    QList<QAction*> methodActions() const;
    QList<QAction*> classCountActions() const;
    /// Checks the entries of `style`. `manualOffered`: a recipe's index with breaks is shown;
    /// `classified`: the map is a choropleth (a class map has fixed colours).
    void sync(const render::ChoroplethStyle& style, bool manualOffered, bool classified);

signals:
    void methodChosen(const std::string& method);
    void classCountChosen(int count);
    void rampChosen(const QString& ramp);

private:
    QMenu* mMenu = nullptr;
    QActionGroup* mMethodGroup = nullptr;
    QActionGroup* mClassCountGroup = nullptr;
    QMenu* mClassCountMenu = nullptr;
    QActionGroup* mRampGroup = nullptr;
};

} // namespace bib::app
