// SPDX-License-Identifier: GPL-3.0-or-later
#include "maptransform.h"

#include <algorithm>

namespace bib::render {

MapTransform::MapTransform(core::Point centre, double metresPerPixel, QPointF deviceCentre)
    : mCentre(centre), mMetresPerPixel(metresPerPixel > 0.0 ? metresPerPixel : 1.0),
      mDeviceCentre(deviceCentre)
{
}

MapTransform MapTransform::fit(const core::Envelope& extent, const QRectF& target, double marginFraction)
{
    if (extent.isNull())
        return MapTransform({0.0, 0.0}, 1.0, target.center());
    const core::Point centre{(extent.minX + extent.maxX) / 2.0, (extent.minY + extent.maxY) / 2.0};
    const double usableWidth = target.width() * (1.0 - 2.0 * marginFraction);
    const double usableHeight = target.height() * (1.0 - 2.0 * marginFraction);
    if (extent.width() <= 0.0 || extent.height() <= 0.0 || usableWidth <= 0.0 || usableHeight <= 0.0)
        return MapTransform(centre, 1.0, target.center());
    const double scale = std::max(extent.width() / usableWidth, extent.height() / usableHeight);
    return MapTransform(centre, scale, target.center());
}

QPointF MapTransform::toDevice(const core::Point& world) const
{
    return {mDeviceCentre.x() + (world.x - mCentre.x) / mMetresPerPixel,
            mDeviceCentre.y() - (world.y - mCentre.y) / mMetresPerPixel};
}

core::Point MapTransform::toWorld(const QPointF& device) const
{
    return {mCentre.x + (device.x() - mDeviceCentre.x()) * mMetresPerPixel,
            mCentre.y - (device.y() - mDeviceCentre.y()) * mMetresPerPixel};
}

QTransform MapTransform::toDeviceTransform() const
{
    const double s = 1.0 / mMetresPerPixel;
    return QTransform(s, 0.0, 0.0, -s, mDeviceCentre.x() - s * mCentre.x, mDeviceCentre.y() + s * mCentre.y);
}

core::Envelope MapTransform::toWorld(const QRectF& device) const
{
    core::Envelope envelope;
    envelope.expand(toWorld(device.topLeft()));
    envelope.expand(toWorld(device.bottomRight()));
    return envelope;
}

MapTransform MapTransform::zoomed(double factor, QPointF devicePoint) const
{
    if (factor <= 0.0)
        return *this;
    const core::Point anchor = toWorld(devicePoint);
    MapTransform result = *this;
    result.mMetresPerPixel = mMetresPerPixel / factor;
    // Keep the anchor under the same device point.
    const QPointF moved = result.toDevice(anchor);
    return result.panned(devicePoint - moved);
}

MapTransform MapTransform::panned(QPointF deviceDelta) const
{
    MapTransform result = *this;
    result.mCentre.x -= deviceDelta.x() * mMetresPerPixel;
    result.mCentre.y += deviceDelta.y() * mMetresPerPixel;
    return result;
}

MapTransform MapTransform::recentred(QPointF deviceCentre) const
{
    MapTransform result = *this;
    result.mDeviceCentre = deviceCentre;
    return result;
}

} // namespace bib::render
