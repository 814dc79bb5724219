// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"

#include <geos_c.h>

#include <memory>
#include <string>

namespace bib::core::demo {

/// Deletes a GEOS geometry with the context that made it.
struct GeosGeometryDeleter
{
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(context, geometry); }
};
using GeosGeometryPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

/// One GEOS reentrant context (GEOS_init_r … GEOS_finish_r) that collects its error messages.
///
/// Make one per call and per thread; every geometry it creates must be destroyed before it.
class GeosContext
{
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return mHandle; }
    /// Takes ownership of a geometry GEOS returned; throws InternalError naming `operation` and
    /// GEOS's last message when it is null.
    GeosGeometryPtr own(GEOSGeometry* geometry, const char* operation) const;
    const std::string& lastError() const { return mLastError; }

private:
    static void handleError(const char* message, void* userData);
    GEOSContextHandle_t mHandle;
    std::string mLastError;
};

/// A GEOS (multi)polygon with the same rings; an empty MultiPolygon becomes an empty one.
GeosGeometryPtr toGeos(const GeosContext& context, const MultiPolygon& shape);
GeosGeometryPtr toGeos(const GeosContext& context, const Polygon& polygon);
GeosGeometryPtr pointGeometry(const GeosContext& context, const Point& point);

/// The polygons of a Polygon, MultiPolygon or GeometryCollection (other parts are dropped), with
/// exteriors counter-clockwise and holes clockwise, whatever orientation GEOS produced.
MultiPolygon toMultiPolygon(const GeosContext& context, const GEOSGeometry& geometry);

/// Area in CRS units² (GEOSArea).
double geosArea(const GeosContext& context, const GEOSGeometry& geometry);

} // namespace bib::core::demo
