// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/arealoader.h"

#include "io/gdalutil.h"
#include "util/error.h"

#include <cmath>
#include <limits>
#include <map>

namespace bib::core {

namespace {

constexpr std::size_t kMaxListed = 20;

std::string listed(const std::vector<std::string>& items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < kMaxListed; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > kMaxListed)
        out += " and " + std::to_string(items.size() - kMaxListed) + " more";
    return out;
}

bool isPolygonal(OGRwkbGeometryType type)
{
    const auto flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon ||
           flat == wkbMultiSurface;
}

void appendPolygon(const OGRPolygon& polygon, MultiPolygon& out)
{
    Polygon p;
    for (const OGRLinearRing* ring : polygon) {
        const int n = ring->getNumPoints();
        if (n < 4)
            continue;
        Ring r(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            r[static_cast<std::size_t>(i)] = {ring->getX(i), ring->getY(i)};
        p.rings.push_back(std::move(r));
    }
    if (!p.rings.empty())
        out.polygons.push_back(std::move(p));
}

// Collects the polygons of any geometry (a repaired geometry may be a collection with lines).
void collectPolygons(const OGRGeometry& geometry, MultiPolygon& out)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*geometry.toPolygon(), out);
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon* p : *geometry.toMultiPolygon())
            appendPolygon(*p, out);
        break;
    case wkbGeometryCollection:
        for (const OGRGeometry* g : *geometry.toGeometryCollection())
            collectPolygons(*g, out);
        break;
    default:
        break;
    }
}

struct FieldPlan
{
    int index;
    std::string name;
    bool numeric;
};

std::vector<FieldPlan> planFields(OGRFeatureDefn& definition)
{
    std::vector<FieldPlan> plan;
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const OGRFieldDefn* field = definition.GetFieldDefn(i);
        const OGRFieldType type = field->GetType();
        const bool numeric = type == OFTInteger || type == OFTInteger64 || type == OFTReal;
        const bool text = type == OFTString || type == OFTDate || type == OFTDateTime;
        if (numeric || text)
            plan.push_back({i, field->GetNameRef(), numeric});
    }
    return plan;
}

OGRSpatialReference layerCrs(OGRLayer& layer, const AreaSource& source, Feedback& feedback)
{
    const OGRSpatialReference* declared = layer.GetSpatialRef();
    if (declaresNoCrs(declared)) {
        if (source.assumeCrs.empty())
            throw CrsError(source.path +
                           ": the layer has no coordinate reference system (no .prj or CRS in the file); "
                           "declare it with --assume-crs, e.g. --assume-crs EPSG:28992 for RD New or "
                           "--assume-crs EPSG:4326 for lon/lat");
        return spatialReference(source.assumeCrs, source.path + " (--assume-crs)");
    }
    OGRSpatialReference srs(*declared);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!source.assumeCrs.empty()) {
        const OGRSpatialReference assumed = spatialReference(source.assumeCrs, "--assume-crs");
        if (!assumed.IsSame(&srs))
            feedback.warn(source.path, "", -1,
                          "the layer declares " + crsLabel(srs) + "; --assume-crs " + source.assumeCrs +
                              " is ignored (it only applies to layers without a CRS)");
    }
    return srs;
}

// Degrees declared as metres (or the other way round) are a common mistake: refuse them.
void checkPlausibleExtent(const Envelope& raw, const OGRSpatialReference& srs, const std::string& path)
{
    if (raw.isNull())
        return;
    const bool looksLikeDegrees = raw.minX >= -180 && raw.maxX <= 180 && raw.minY >= -90 && raw.maxY <= 90;
    if (srs.IsProjected() && looksLikeDegrees && raw.width() < 10 && raw.height() < 10)
        throw CrsError(
            path + ": the coordinates (x " + std::to_string(raw.minX) + " … " + std::to_string(raw.maxX) +
            ") look like longitude/latitude in degrees, but the layer declares " + crsLabel(srs) +
            " in metres; fix the file's CRS (e.g. ogr2ogr -a_srs EPSG:4326) or declare it correctly");
    if (srs.IsGeographic() && !looksLikeDegrees)
        throw CrsError(
            path +
            ": the coordinates are outside −180…180 / −90…90 but the layer declares the geographic CRS " +
            crsLabel(srs) +
            "; the file's CRS is wrong (projected coordinates such as RD New need EPSG:28992)");
}

void throwIfReadFailed(const GdalErrorCapture& readErrors, const AreaSource& source)
{
    const std::string failures = readErrors.failures();
    if (failures.empty())
        return;
    // PostgreSQL's messages go on with the SQL and a caret; the first line says what is wrong.
    const std::string reason = failures.substr(0, failures.find('\n'));
    throw InputError(source.path + ": reading the layer failed (" + reason + ")" +
                     (source.filter.empty()
                          ? std::string()
                          : "; check the filter \"" + source.filter +
                                "\": its field names and SQL must be valid for the source"));
}

} // namespace

AreaSet loadAreas(const AreaSource& source, Feedback& feedback)
{
    if (source.idField.empty())
        throw InputError(
            source.path +
            ": no id field given; name the field that holds the area code (--id, e.g. --id bu_code)");
    GdalDatasetPtr dataset = openVector(source.path);
    OGRLayer* layer = pickLayer(*dataset, source.path, source.layer);
    OGRFeatureDefn* definition = layer->GetLayerDefn();

    const int idIndex = definition->GetFieldIndex(source.idField.c_str());
    if (idIndex < 0 && layer->GetFeatureCount(TRUE) == 0)
        throw InputError(source.path + ": the layer '" + std::string(layer->GetName()) + "' has no features");
    if (idIndex < 0) {
        std::string fields;
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            fields += (i ? ", " : "") + std::string(definition->GetFieldDefn(i)->GetNameRef());
        throw InputError(source.path + ": no field '" + source.idField +
                         "' for the area id; fields are: " + fields);
    }
    int nameIndex = -1;
    if (!source.nameField.empty()) {
        nameIndex = definition->GetFieldIndex(source.nameField.c_str());
        if (nameIndex < 0)
            throw InputError(source.path + ": no field '" + source.nameField + "' for the area name");
    }
    if (!source.filter.empty()) {
        GdalErrorCapture capture;
        if (layer->SetAttributeFilter(source.filter.c_str()) != OGRERR_NONE)
            throw InputError(source.path + ": the filter \"" + source.filter + "\" is not valid (" +
                             capture.failures() + "); write it as in SQL, e.g. gm_code = 'GM0344'");
    }

    const OGRSpatialReference sourceCrs = layerCrs(*layer, source, feedback);
    const OGRSpatialReference targetCrs = spatialReference(source.workingCrs, "working CRS");
    OgrTransformPtr transform = makeTransform(sourceCrs, targetCrs);

    const std::vector<FieldPlan> plan = planFields(*definition);
    std::vector<std::vector<double>> numbers(plan.size());
    std::vector<std::vector<std::string>> texts(plan.size());

    AreaSet areas;
    areas.idField = source.idField;
    areas.nameField = source.nameField;
    areas.crs = crsLabel(targetCrs);
    areas.source = source.path;
    areas.layer = layer->GetName();

    std::map<std::string, int> idCounts;
    std::vector<std::string> emptyIdRows;
    std::vector<std::string> wrongType;
    Envelope rawExtent;
    // A database driver (PostgreSQL) hands the filter to the server and only reports a bad one, or a
    // lost connection, while reading: collect what GDAL reports during the read instead of printing it.
    GdalErrorCapture readErrors;
    const GIntBig total = layer->GetFeatureCount(FALSE);
    GIntBig index = 0;

    layer->ResetReading();
    for (auto& feature : *layer) {
        ++index;
        if ((index & 255) == 0) {
            feedback.throwIfCancelled();
            if (total > 0)
                feedback.setProgress(100.0 * static_cast<double>(index) / static_cast<double>(total));
        }
        std::string id = feature->IsFieldSetAndNotNull(idIndex) ? feature->GetFieldAsString(idIndex) : "";
        if (id.empty()) {
            emptyIdRows.push_back("feature " + std::to_string(feature->GetFID()));
            continue;
        }
        if (++idCounts[id] > 1)
            continue;
        std::string name = nameIndex >= 0 && feature->IsFieldSetAndNotNull(nameIndex)
                               ? feature->GetFieldAsString(nameIndex)
                               : "";

        MultiPolygon shape;
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            feedback.warn(source.path, id, index,
                          "has no geometry; kept as a row without a shape (not drawn, no neighbours)");
        } else if (!isPolygonal(geometry->getGeometryType())) {
            wrongType.push_back(id + " (" + OGRGeometryTypeToName(geometry->getGeometryType()) + ")");
            continue;
        } else {
            std::unique_ptr<OGRGeometry> owned;
            if (wkbFlatten(geometry->getGeometryType()) == wkbCurvePolygon ||
                wkbFlatten(geometry->getGeometryType()) == wkbMultiSurface) {
                owned.reset(geometry->getLinearGeometry());
                geometry = owned.get();
            }
            OGREnvelope e;
            geometry->getEnvelope(&e);
            rawExtent.expand(Envelope{e.MinX, e.MinY, e.MaxX, e.MaxY});
            bool valid;
            {
                // GEOS explains invalidity as a GDAL warning; our own warning below says it better.
                GdalErrorCapture quiet;
                valid = geometry->IsValid();
            }
            if (!valid) {
                GdalErrorCapture capture;
                std::unique_ptr<OGRGeometry> repaired(geometry->MakeValid());
                if (!repaired)
                    throw InputError(source.path + ": feature '" + id +
                                     "' has an invalid polygon that could not be repaired");
                feedback.warn(source.path, id, index,
                              "invalid polygon (e.g. self-intersection) repaired with MakeValid");
                owned = std::move(repaired);
                geometry = owned.get();
            }
            if (transform) {
                if (!owned) {
                    owned.reset(geometry->clone());
                    geometry = owned.get();
                }
                if (owned->transform(transform.get()) != OGRERR_NONE) {
                    // Usually the declared CRS is wrong: say so when the coordinates show it.
                    checkPlausibleExtent(rawExtent, sourceCrs, source.path);
                    throw CrsError(source.path + ": feature '" + id + "' cannot be transformed from " +
                                   crsLabel(sourceCrs) + " to " + areas.crs +
                                   "; are its coordinates in the declared CRS?");
                }
            }
            collectPolygons(*geometry, shape);
            shape.updateEnvelope();
            if (shape.isEmpty())
                feedback.warn(source.path, id, index,
                              "has no polygon area left after repair; kept as a row without a shape");
        }
        for (std::size_t f = 0; f < plan.size(); ++f) {
            const int fi = plan[f].index;
            const bool set = feature->IsFieldSetAndNotNull(fi);
            if (plan[f].numeric)
                numbers[f].push_back(set ? feature->GetFieldAsDouble(fi)
                                         : std::numeric_limits<double>::quiet_NaN());
            else
                texts[f].emplace_back(set ? feature->GetFieldAsString(fi) : "");
        }
        areas.addArea(std::move(id), std::move(name), std::move(shape));
    }

    throwIfReadFailed(readErrors, source);
    for (const auto& message : readErrors.warnings())
        feedback.warn(source.path, "", -1, "GDAL: " + message);
    if (!wrongType.empty())
        throw InputError(source.path + ": " + std::to_string(wrongType.size()) +
                         " features are not polygons, so they cannot be areas: " + listed(wrongType) +
                         "; use a polygon layer (choose it with --layer)");
    std::vector<std::string> duplicates;
    for (const auto& [id, count] : idCounts)
        if (count > 1)
            duplicates.push_back("'" + id + "' (" + std::to_string(count) + "×)");
    if (!duplicates.empty())
        throw InputError(source.path + ": the id field '" + source.idField +
                         "' is not unique: " + listed(duplicates) +
                         "; choose a field with one value per area, or dissolve the duplicates first");
    if (!emptyIdRows.empty())
        throw InputError(source.path + ": " + std::to_string(emptyIdRows.size()) +
                         " features have an empty '" + source.idField + "': " + listed(emptyIdRows));
    if (areas.size() == 0)
        throw InputError(source.path + (source.filter.empty()
                                            ? ": the layer has no features"
                                            : ": no features match the filter \"" + source.filter + "\""));
    checkPlausibleExtent(rawExtent, sourceCrs, source.path);

    for (std::size_t f = 0; f < plan.size(); ++f) {
        const Provenance provenance{source.path, plan[f].name, std::nullopt};
        if (plan[f].name == source.idField)
            continue;
        if (plan[f].numeric)
            areas.setColumn(Column{plan[f].name, std::move(numbers[f]), provenance});
        else
            areas.setTextColumn(TextColumn{plan[f].name, std::move(texts[f]), provenance});
    }
    feedback.setProgress(100.0);
    return areas;
}

} // namespace bib::core
