// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/gdalutil.h"

#include "util/error.h"

#include <cpl_conv.h>

#include <algorithm>
#include <filesystem>
#include <mutex>

namespace bib::core {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Numbers in CSV files are read by our own reader; GDAL's CSV driver is not used for tables.
        CPLSetConfigOption("OGR_GPKG_FOREIGN_KEY_CHECK", "NO");
    });
}

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum /*number*/, const char* message)
{
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    if (level == CE_Failure || level == CE_Fatal)
        self->mFailures.emplace_back(message ? message : "");
    else if (level == CE_Warning)
        self->mWarnings.emplace_back(message ? message : "");
}

std::string GdalErrorCapture::failures() const
{
    std::string out;
    for (const auto& f : mFailures) {
        if (!out.empty())
            out += "; ";
        out += f;
    }
    return out;
}

std::string lowerExtension(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

namespace {

bool isConnectionString(const std::string& path)
{
    return path.rfind("PG:", 0) == 0 || path.rfind("/vsimem/", 0) == 0;
}

void explainMissingShapefileParts(const std::string& path)
{
    namespace fs = std::filesystem;
    if (lowerExtension(path) != ".shp")
        return;
    for (const char* part : {".shx", ".dbf"}) {
        fs::path p(path);
        const fs::path lower = fs::path(p).replace_extension(part);
        std::string upperExt = part;
        std::transform(upperExt.begin(), upperExt.end(), upperExt.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        const fs::path upper = fs::path(p).replace_extension(upperExt);
        if (!fs::exists(lower) && !fs::exists(upper))
            throw InputError(path + ": the shapefile has no " + part +
                             " file beside it; a shapefile is at least "
                             ".shp, .shx and .dbf with the same name — copy all its parts together");
    }
}

} // namespace

GdalDatasetPtr openVector(const std::string& path)
{
    ensureGdal();
    namespace fs = std::filesystem;
    if (!isConnectionString(path)) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            throw InputError(path + ": file not found");
        if (fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0)
            throw InputError(path + ": the file is empty (0 bytes)");
        explainMissingShapefileParts(path);
    }
    GdalErrorCapture capture;
    GDALDataset* ds =
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        std::string why = capture.failures();
        if (isConnectionString(path))
            throw InputError(
                "cannot connect to the database (" + (why.empty() ? std::string("no reason given") : why) +
                "); check host, port, database name, user and password in the connection string");
        throw InputError(path + ": not a vector data set GDAL can read" +
                         (why.empty() ? "" : " (" + why + ")") +
                         "; expected GeoPackage, shapefile, GeoJSON, FlatGeobuf or CSV");
    }
    return GdalDatasetPtr(ds);
}

OGRLayer* pickLayer(GDALDataset& dataset, const std::string& path, const std::string& name)
{
    const int count = dataset.GetLayerCount();
    auto available = [&] {
        std::string list;
        for (int i = 0; i < count; ++i)
            list += (i ? ", " : "") + std::string(dataset.GetLayer(i)->GetName());
        return list;
    };
    if (count == 0)
        throw InputError(path + ": contains no layers");
    if (!name.empty()) {
        OGRLayer* layer = dataset.GetLayerByName(name.c_str());
        if (!layer)
            throw InputError(path + ": no layer '" + name + "'; available: " + available());
        return layer;
    }
    return dataset.GetLayer(0);
}

OGRSpatialReference spatialReference(const std::string& text, const std::string& what)
{
    OGRSpatialReference srs;
    GdalErrorCapture capture;
    if (srs.SetFromUserInput(text.c_str()) != OGRERR_NONE)
        throw CrsError(what + ": unknown coordinate reference system '" + text +
                       "'; give it as EPSG:code, e.g. EPSG:28992 for RD New or EPSG:4326 for lon/lat");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

OgrTransformPtr makeTransform(const OGRSpatialReference& source, const OGRSpatialReference& target)
{
    if (source.IsSame(&target))
        return nullptr;
    GdalErrorCapture capture;
    OGRCoordinateTransformation* t = OGRCreateCoordinateTransformation(&source, &target);
    if (!t)
        throw CrsError("cannot transform from " + crsLabel(source) + " to " + crsLabel(target) +
                       (capture.failures().empty() ? "" : " (" + capture.failures() + ")"));
    return OgrTransformPtr(t);
}

bool declaresNoCrs(const OGRSpatialReference* srs)
{
    if (!srs || srs->IsEmpty() || srs->IsLocal())
        return true;
    const char* name = srs->GetName();
    return !srs->GetAuthorityCode(nullptr) && name && std::string(name).rfind("Undefined", 0) == 0;
}

std::string crsLabel(const OGRSpatialReference& srs)
{
    const char* authority = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (authority && code)
        return std::string(authority) + ":" + code;
    const char* name = srs.GetName();
    return name ? name : "unnamed CRS";
}

} // namespace bib::core
