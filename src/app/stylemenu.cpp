// SPDX-License-Identifier: GPL-3.0-or-later
#include "stylemenu.h"

#include "index/classification.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

#include <utility>

namespace bib::app {

StyleMenu::StyleMenu(QWidget* parent) : QObject(parent)
{
    mMenu = new QMenu(tr("&Classification"), parent);
    mMethodGroup = new QActionGroup(this);
    const std::pair<QString, const char*> methods[] = {
        {tr("&Quantiles (equal counts)"), "quantile"}, {tr("&Equal intervals"), "equal-interval"},
        {tr("&Natural breaks (Jenks)"), "jenks"},      {tr("&Standard deviations"), "stddev"},
        {tr("&Head/tail breaks"), "headtail"},         {tr("&Manual breaks (from the recipe)"), "manual"}};
    for (const auto& [label, key] : methods) {
        QAction* action = mMenu->addAction(label);
        action->setCheckable(true);
        action->setData(QString::fromLatin1(key));
        mMethodGroup->addAction(action);
    }
    mMenu->addSeparator();
    mClassCountMenu = mMenu->addMenu(tr("&Number of classes"));
    mClassCountGroup = new QActionGroup(this);
    for (int count = core::ClassificationMethod::minimumClassCount;
         count <= core::ClassificationMethod::maximumClassCount; ++count) {
        QAction* action = mClassCountMenu->addAction(tr("%1 classes").arg(count));
        action->setCheckable(true);
        action->setData(count);
        mClassCountGroup->addAction(action);
    }
    QMenu* ramps = mMenu->addMenu(tr("Colour &ramp"));
    mRampGroup = new QActionGroup(this);
    for (const render::ColorRamp& ramp : render::RampCatalogue::builtIn().ramps()) {
        const QString kind = ramp.kind == render::RampKind::Diverging ? tr("diverging") : tr("sequential");
        QAction* action = ramps->addAction(QStringLiteral("%1 (%2)").arg(ramp.name, kind));
        action->setCheckable(true);
        action->setData(ramp.name);
        mRampGroup->addAction(action);
    }
    connect(mMethodGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { emit methodChosen(action->data().toString().toStdString()); });
    connect(mClassCountGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { emit classCountChosen(action->data().toInt()); });
    connect(mRampGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { emit rampChosen(action->data().toString()); });
}

QList<QAction*> StyleMenu::methodActions() const
{
    return mMethodGroup->actions();
}

QList<QAction*> StyleMenu::classCountActions() const
{
    return mClassCountGroup->actions();
}

void StyleMenu::sync(const render::ChoroplethStyle& style, bool manualOffered, bool classified)
{
    for (QAction* action : mMethodGroup->actions()) {
        const std::string key = action->data().toString().toStdString();
        if (key == "manual")
            action->setVisible(manualOffered);
        action->setChecked(key == style.method);
    }
    for (QAction* action : mClassCountGroup->actions())
        action->setChecked(action->data().toInt() == style.classCount);
    // Manual breaks fix the number of classes themselves.
    mClassCountMenu->setEnabled(style.method != "manual");
    for (QAction* action : mRampGroup->actions())
        action->setChecked(action->data().toString() == style.ramp);
    for (QActionGroup* group : {mMethodGroup, mRampGroup})
        group->setEnabled(classified);
    mClassCountGroup->setEnabled(classified && style.method != "manual");
}

} // namespace bib::app
