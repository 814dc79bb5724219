// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>

namespace bib::render {

/// Maps working-CRS coordinates (metres, y up) to device pixels (y down): one uniform scale, no
/// rotation. `centre` in the world lands on `deviceCentre` on the device.
class MapTransform
{
public:
    MapTransform() = default;
    MapTransform(core::Point centre, double metresPerPixel, QPointF deviceCentre);

    /// The transform that shows all of `extent` inside `target`, centred, keeping a margin of
    /// `marginFraction` of the target's size on every side. A null or zero-size extent gets a
    /// 1 m/px scale around its centre (or the origin).
    static MapTransform fit(const core::Envelope& extent, const QRectF& target, double marginFraction = 0.03);

    QPointF toDevice(const core::Point& world) const;
    core::Point toWorld(const QPointF& device) const;
    /// The same mapping as a QTransform (world → device), for mapping whole paths.
    QTransform toDeviceTransform() const;
    /// The world rectangle a device rectangle shows.
    core::Envelope toWorld(const QRectF& device) const;

    double metresPerPixel() const { return mMetresPerPixel; }
    core::Point centre() const { return mCentre; }
    QPointF deviceCentre() const { return mDeviceCentre; }

    /// Zoomed by `factor` (> 1 zooms in) keeping the world point under `devicePoint` in place.
    MapTransform zoomed(double factor, QPointF devicePoint) const;
    /// Moved so the map follows the mouse by `deviceDelta` pixels.
    MapTransform panned(QPointF deviceDelta) const;
    /// Same world centre and scale, shown around a new device centre (after a resize).
    MapTransform recentred(QPointF deviceCentre) const;

private:
    core::Point mCentre;
    double mMetresPerPixel = 1.0;
    QPointF mDeviceCentre;
};

} // namespace bib::render
