// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"

#include <QColor>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QObject>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>

#include <cmath>
#include <memory>
#include <vector>

namespace bib::test {

/// A square of `size` metres with its lower-left corner at (x, y), as a one-ring polygon.
inline core::MultiPolygon square(double x, double y, double size)
{
    core::MultiPolygon shape;
    shape.polygons.push_back({{{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}});
    shape.updateEnvelope();
    return shape;
}

/// Areas A, B, C: 100 m squares side by side with 100 m gaps, in EPSG:28992 around (0, 0). Column
/// "waarde" holds `values` (one per area).
inline std::shared_ptr<core::AreaSet> squares(const std::vector<double>& values)
{
    auto areas = std::make_shared<core::AreaSet>();
    const char* const names[] = {"Alfa", "Bravo", "Charlie", "Delta"};
    for (std::size_t i = 0; i < values.size(); ++i)
        areas->addArea(std::string("BU") + std::to_string(i + 1), names[i % 4],
                       square(200.0 * double(i), 0.0, 100.0));
    areas->setColumn({"waarde", values, {}});
    areas->source = "squares.gpkg";
    return areas;
}

/// True when the colours differ by at most `tolerance` in each channel.
inline bool sameColour(QColor a, QColor b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Runs the event loop until `signal` of `sender` fires or `milliseconds` pass; false on timeout.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int milliseconds = 30000)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

/// A number that is zero with a minus sign ("-0", "-0,0", "-0.00") standing alone in a label.
inline QRegularExpression negativeZero()
{
    return QRegularExpression(QStringLiteral("(^|\\s)-0([.,]0+)?(\\s|$)"));
}

/// The workstation in Dutch while the object lives: Dutch default locale (decimal comma, Dutch
/// legend labels) and the embedded Dutch translation; English again afterwards.
class DutchInterface
{
public:
    DutchInterface() : mPrevious(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        mLoaded = mTranslator.load(QStringLiteral(":/i18n/buurtinbeeld_nl.qm")) &&
                  QCoreApplication::installTranslator(&mTranslator);
    }
    ~DutchInterface() { QLocale::setDefault(mPrevious); } // ~QTranslator uninstalls it
    DutchInterface(const DutchInterface&) = delete;
    DutchInterface& operator=(const DutchInterface&) = delete;
    bool loaded() const { return mLoaded; }

private:
    QLocale mPrevious;
    QTranslator mTranslator;
    bool mLoaded = false;
};

} // namespace bib::test
