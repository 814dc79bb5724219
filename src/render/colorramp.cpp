// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorramp.h"

#include "io/stylewriter.h"
#include "util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace bib::render {

namespace {

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
    // One rule for the workstation and the exported QGIS styles: the core picks the colours.
    std::vector<QColor> result;
    for (const std::string& hex : core::rampColours(name.toStdString(), classCount))
        result.push_back(QColor::fromString(QString::fromStdString(hex)));
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
