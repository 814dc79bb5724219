// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/geosgeometry.h"

#include "util/error.h"

#include <algorithm>
#include <vector>

namespace bib::core::demo {

GeosContext::GeosContext() : mHandle(GEOS_init_r())
{
    if (!mHandle)
        throw InternalError("GEOS could not create a context");
    GEOSContext_setErrorMessageHandler_r(mHandle, &GeosContext::handleError, this);
}

GeosContext::~GeosContext()
{
    GEOS_finish_r(mHandle);
}

void GeosContext::handleError(const char* message, void* userData)
{
    static_cast<GeosContext*>(userData)->mLastError = message ? message : "";
}

GeosGeometryPtr GeosContext::own(GEOSGeometry* geometry, const char* operation) const
{
    if (!geometry)
        throw InternalError(std::string("GEOS ") + operation + " failed: " + mLastError);
    return GeosGeometryPtr(geometry, GeosGeometryDeleter{mHandle});
}

namespace {

GEOSGeometry* makeRing(const GeosContext& context, const Ring& ring)
{
    GEOSContextHandle_t h = context.handle();
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(h, static_cast<unsigned>(ring.size()), 2);
    if (!sequence)
        throw InternalError("GEOS could not create a coordinate sequence: " + context.lastError());
    for (std::size_t i = 0; i < ring.size(); ++i)
        GEOSCoordSeq_setXY_r(h, sequence, static_cast<unsigned>(i), ring[i].x, ring[i].y);
    GEOSGeometry* result = GEOSGeom_createLinearRing_r(h, sequence); // takes the sequence
    if (!result)
        throw InternalError("GEOS could not create a ring: " + context.lastError());
    return result;
}

GEOSGeometry* makePolygon(const GeosContext& context, const Polygon& polygon)
{
    GEOSContextHandle_t h = context.handle();
    if (polygon.rings.empty())
        return GEOSGeom_createEmptyPolygon_r(h);
    GeosGeometryPtr shell = context.own(makeRing(context, polygon.rings.front()), "ring");
    std::vector<GeosGeometryPtr> holes;
    for (std::size_t r = 1; r < polygon.rings.size(); ++r)
        holes.push_back(context.own(makeRing(context, polygon.rings[r]), "ring"));
    std::vector<GEOSGeometry*> raw;
    for (auto& hole : holes)
        raw.push_back(hole.release());
    GEOSGeometry* result =
        GEOSGeom_createPolygon_r(h, shell.release(), raw.data(), static_cast<unsigned>(raw.size()));
    if (!result)
        throw InternalError("GEOS could not create a polygon: " + context.lastError());
    return result;
}

Ring readRing(const GeosContext& context, const GEOSGeometry& ring, bool counterClockwise)
{
    GEOSContextHandle_t h = context.handle();
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(h, &ring);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(h, sequence, &size);
    Ring out(size);
    for (unsigned i = 0; i < size; ++i)
        GEOSCoordSeq_getXY_r(h, sequence, i, &out[i].x, &out[i].y);
    if ((signedRingArea(out) > 0.0) != counterClockwise)
        std::reverse(out.begin(), out.end());
    return out;
}

void appendPolygons(const GeosContext& context, const GEOSGeometry& geometry, MultiPolygon& out)
{
    GEOSContextHandle_t h = context.handle();
    const int type = GEOSGeomTypeId_r(h, &geometry);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(h, &geometry);
        for (int i = 0; i < count; ++i)
            appendPolygons(context, *GEOSGetGeometryN_r(h, &geometry, i), out);
        return;
    }
    if (type != GEOS_POLYGON || GEOSisEmpty_r(h, &geometry))
        return;
    Polygon polygon;
    polygon.rings.push_back(readRing(context, *GEOSGetExteriorRing_r(h, &geometry), true));
    const int holes = GEOSGetNumInteriorRings_r(h, &geometry);
    for (int i = 0; i < holes; ++i)
        polygon.rings.push_back(readRing(context, *GEOSGetInteriorRingN_r(h, &geometry, i), false));
    out.polygons.push_back(std::move(polygon));
}

} // namespace

GeosGeometryPtr toGeos(const GeosContext& context, const Polygon& polygon)
{
    return context.own(makePolygon(context, polygon), "polygon");
}

GeosGeometryPtr toGeos(const GeosContext& context, const MultiPolygon& shape)
{
    std::vector<GeosGeometryPtr> parts;
    for (const auto& polygon : shape.polygons)
        parts.push_back(toGeos(context, polygon));
    std::vector<GEOSGeometry*> raw;
    for (auto& part : parts)
        raw.push_back(part.release());
    return context.own(GEOSGeom_createCollection_r(context.handle(), GEOS_MULTIPOLYGON, raw.data(),
                                                   static_cast<unsigned>(raw.size())),
                       "multipolygon");
}

GeosGeometryPtr pointGeometry(const GeosContext& context, const Point& point)
{
    return context.own(GEOSGeom_createPointFromXY_r(context.handle(), point.x, point.y), "point");
}

MultiPolygon toMultiPolygon(const GeosContext& context, const GEOSGeometry& geometry)
{
    MultiPolygon out;
    appendPolygons(context, geometry, out);
    out.updateEnvelope();
    return out;
}

double geosArea(const GeosContext& context, const GEOSGeometry& geometry)
{
    double value = 0.0;
    if (!GEOSArea_r(context.handle(), &geometry, &value))
        throw InternalError("GEOS area failed: " + context.lastError());
    return value;
}

} // namespace bib::core::demo
