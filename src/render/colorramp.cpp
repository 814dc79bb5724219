// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorramp.h"

#include "util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace bib::render {

namespace {

QColor interpolate(const QColor& a, const QColor& b, double t)
{
    const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + t * (y - x))); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor colourAt(const std::vector<QColor>& palette, double position)
{
    const double scaled = position * static_cast<double>(palette.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(scaled));
    if (lower + 1 >= palette.size())
        return palette.back();
    return interpolate(palette[lower], palette[lower + 1], scaled - std::floor(scaled));
}

QColor parseColour(const QJsonValue& value)
{
    const QColor colour = QColor::fromString(value.toString());
    if (!colour.isValid())
        throw core::InternalError("ramps.json: invalid colour '" + value.toString().toStdString() + "'");
    return colour;
}

ColorRamp parseRamp(const QJsonObject& object)
{
    ColorRamp ramp;
    ramp.name = object.value(QLatin1String("name")).toString();
    ramp.kind = object.value(QLatin1String("kind")).toString() == QLatin1String("diverging")
                    ? RampKind::Diverging
                    : RampKind::Sequential;
    ramp.colourBlindSafe = object.value(QLatin1String("colourBlindSafe")).toBool();
    const QJsonObject classes = object.value(QLatin1String("classes")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it) {
        std::vector<QColor> palette;
        for (const QJsonValue& colour : it.value().toArray())
            palette.push_back(parseColour(colour));
        if (static_cast<int>(palette.size()) != it.key().toInt())
            throw core::InternalError("ramps.json: ramp " + ramp.name.toStdString() +
                                      " has a wrong palette size");
        ramp.palettes[it.key().toInt()] = std::move(palette);
    }
    if (ramp.name.isEmpty() || ramp.palettes.empty())
        throw core::InternalError("ramps.json: a ramp without name or palettes");
    return ramp;
}

} // namespace

std::vector<QColor> ColorRamp::colours(int classCount) const
{
    if (classCount <= 0 || palettes.empty())
        return {};
    if (const auto exact = palettes.find(classCount); exact != palettes.end())
        return exact->second;
    const auto larger = palettes.lower_bound(classCount);
    const std::vector<QColor>& palette =
        larger != palettes.end() ? larger->second : palettes.rbegin()->second;
    std::vector<QColor> result;
    for (int i = 0; i < classCount; ++i) {
        const double position = classCount == 1 ? 0.5 : static_cast<double>(i) / (classCount - 1);
        if (larger != palettes.end())
            result.push_back(palette[static_cast<std::size_t>(
                std::lround(position * static_cast<double>(palette.size() - 1)))]);
        else
            result.push_back(colourAt(palette, position));
    }
    return result;
}

const RampCatalogue& RampCatalogue::builtIn()
{
    static const RampCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/styles/ramps.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw core::InternalError("the colour ramps resource :/styles/ramps.json is missing");
        return fromJson(file.readAll());
    }();
    return catalogue;
}

RampCatalogue RampCatalogue::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        throw core::InternalError("ramps.json: " + error.errorString().toStdString());
    RampCatalogue catalogue;
    const QJsonObject root = document.object();
    const QJsonObject noData = root.value(QLatin1String("noData")).toObject();
    if (!noData.isEmpty()) {
        catalogue.mNoDataFill = parseColour(noData.value(QLatin1String("fill")));
        catalogue.mNoDataHatch = parseColour(noData.value(QLatin1String("hatch")));
    }
    for (const QJsonValue& ramp : root.value(QLatin1String("ramps")).toArray())
        catalogue.mRamps.push_back(parseRamp(ramp.toObject()));
    if (catalogue.mRamps.empty())
        throw core::InternalError("ramps.json holds no ramps");
    return catalogue;
}

const ColorRamp* RampCatalogue::ramp(const QString& name) const
{
    const auto it =
        std::find_if(mRamps.begin(), mRamps.end(), [&](const ColorRamp& r) { return r.name == name; });
    return it == mRamps.end() ? nullptr : &*it;
}

const ColorRamp& RampCatalogue::rampOrDefault(const QString& name) const
{
    if (const ColorRamp* found = ramp(name))
        return *found;
    const auto sequential = std::find_if(mRamps.begin(), mRamps.end(),
                                         [](const ColorRamp& r) { return r.kind == RampKind::Sequential; });
    return sequential == mRamps.end() ? mRamps.front() : *sequential;
}

} // namespace bib::render
