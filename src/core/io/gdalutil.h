// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <string>
#include <vector>

namespace bib::core {

/// Registers GDAL drivers once and sets process-wide options (thread-safe, idempotent).
void ensureGdal();

struct GdalDatasetCloser
{
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

struct OgrTransformDeleter
{
    void operator()(OGRCoordinateTransformation* t) const { OGRCoordinateTransformation::DestroyCT(t); }
};
using OgrTransformPtr = std::unique_ptr<OGRCoordinateTransformation, OgrTransformDeleter>;

/// Collects GDAL/OGR errors raised during one operation instead of printing them to stderr.
/// Push/pop guard: the previous handler is restored on destruction.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    /// The messages of CE_Failure and CE_Fatal errors so far, joined by "; ".
    std::string failures() const;
    const std::vector<std::string>& warnings() const { return mWarnings; }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char* message);
    std::vector<std::string> mFailures;
    std::vector<std::string> mWarnings;
};

/// Opens a vector source (file path or "PG:…" connection string) read-only. Throws InputError that
/// names the path and says what is wrong (missing file, no driver, a shapefile without .shx/.dbf).
GdalDatasetPtr openVector(const std::string& path);

/// Picks a layer by name, or the only/first layer when name is empty. Throws InputError listing the
/// available layers when the name is unknown, or when a multi-layer source needs a name.
OGRLayer* pickLayer(GDALDataset& dataset, const std::string& path, const std::string& name);

/// A spatial reference from user text (EPSG:28992, a WKT or PROJ string) with traditional GIS axis
/// order (x = easting/longitude). Throws CrsError naming `what` on unknown text.
OGRSpatialReference spatialReference(const std::string& text, const std::string& what);

/// A transformation from `source` to `target`, or nullptr when they are the same CRS.
OgrTransformPtr makeTransform(const OGRSpatialReference& source, const OGRSpatialReference& target);

/// "EPSG:28992" when the CRS has an EPSG authority code, otherwise its name.
std::string crsLabel(const OGRSpatialReference& srs);

/// The path's extension in lower case, with its dot (".gpkg"); "" when there is none.
std::string lowerExtension(const std::string& path);

/// True when a layer declares no usable CRS: none at all, or GeoPackage's placeholders "Undefined
/// geographic SRS" / "Undefined Cartesian SRS" (srs_id 0 and −1, GeoPackage 1.3 table 21), which
/// GDAL reports as a CRS without an authority code.
bool declaresNoCrs(const OGRSpatialReference* srs);

} // namespace bib::core
