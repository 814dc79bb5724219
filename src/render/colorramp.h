// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

#include <map>
#include <vector>

namespace bib::render {

enum class RampKind
{
    Sequential, ///< light to dark: low to high
    Diverging   ///< two hues around a light middle: below and above a midpoint
};

/// A ColorBrewer-style colour scheme, with a hand-tuned palette per class count.
struct ColorRamp
{
    QString name;
    RampKind kind = RampKind::Sequential;
    bool colourBlindSafe = false;
    std::map<int, std::vector<QColor>> palettes; ///< by class count

    /// Colours for `classCount` classes, light (low) to dark (high). Uses the palette of that size
    /// when there is one; otherwise spreads evenly over the nearest larger palette, or interpolates
    /// in the largest one when more classes are asked than any palette has. Empty for 0 classes.
    std::vector<QColor> colours(int classCount) const;
};

/// The colour ramps the renderer knows, read from styles/ramps.json.
///
/// The hex values are ColorBrewer 2.0 (Cynthia Brewer, Mark Harrower, The Pennsylvania State
/// University, colorbrewer2.org); only schemes ColorBrewer marks colour-blind safe are listed.
class RampCatalogue
{
public:
    /// The ramps compiled into the program (resource :/styles/ramps.json). Loaded once on first
    /// use; safe to call from any thread.
    static const RampCatalogue& builtIn();
    /// Parses the ramps.json format. Throws bib::core::InternalError when the JSON is malformed.
    static RampCatalogue fromJson(const QByteArray& json);

    const std::vector<ColorRamp>& ramps() const { return mRamps; }
    /// The ramp of that name, or nullptr.
    const ColorRamp* ramp(const QString& name) const;
    /// The ramp of that name, or the first sequential one when there is none of that name.
    const ColorRamp& rampOrDefault(const QString& name) const;

    QColor noDataFill() const { return mNoDataFill; }
    QColor noDataHatch() const { return mNoDataHatch; }

private:
    std::vector<ColorRamp> mRamps;
    QColor mNoDataFill{0xe6, 0xe6, 0xe6};
    QColor mNoDataHatch{0x9a, 0x9a, 0x9a};
};

} // namespace bib::render
