// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/eventrows.h"
#include "io/timestamp.h"
#include "util/error.h"

#include <cmath>

namespace bib::core::eventio {

namespace {

std::vector<std::string> fieldNames(OGRFeatureDefn& definition)
{
    std::vector<std::string> names;
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        names.emplace_back(definition.GetFieldDefn(i)->GetNameRef());
    return names;
}

int fieldIndex(OGRFeatureDefn& definition, const std::string& path, const std::string& name,
               const std::string& role)
{
    if (name.empty())
        return -1;
    const int index = definition.GetFieldIndex(name.c_str());
    if (index < 0)
        throw InputError(path + ": no field '" + name + "' for the " + role +
                         "; fields are: " + joined(fieldNames(definition)));
    return index;
}

/// A layer CRS from the file, or source.crs for a layer without one.
OGRSpatialReference layerCrs(OGRLayer& layer, const EventSource& source, Feedback& feedback)
{
    const OGRSpatialReference* declared = layer.GetSpatialRef();
    if (declaresNoCrs(declared)) {
        if (source.crs.empty())
            throw CrsError(source.path + ": the layer has no coordinate reference system; declare it, e.g. "
                                         "EPSG:28992 for RD New or EPSG:4326 for lon/lat");
        return spatialReference(source.crs, source.path + " (crs)");
    }
    OGRSpatialReference srs(*declared);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!source.crs.empty() && !spatialReference(source.crs, source.path + " (crs)").IsSame(&srs))
        feedback.warn(source.path, "", -1,
                      "the layer declares " + crsLabel(srs) + "; the given CRS " + source.crs +
                          " is ignored (it only applies to layers without one)");
    return srs;
}

void requirePointLayer(OGRLayer& layer, const EventSource& source)
{
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    if (definition.GetGeomFieldCount() == 0)
        throw InputError(noLocatorMessage(source.path, fieldNames(definition)));
    const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
    if (type != wkbPoint && type != wkbMultiPoint && type != wkbUnknown)
        throw InputError(source.path + ": layer '" + layer.GetName() + "' holds " +
                         OGRGeometryTypeToName(type) + " geometries, not points; choose a point layer");
}

std::optional<double> numberField(const OGRFeature& feature, int index, const std::string& field,
                                  std::string& problem)
{
    if (!feature.IsFieldSetAndNotNull(index)) {
        problem = "'" + field + "' is empty";
        return std::nullopt;
    }
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64)
        return feature.GetFieldAsDouble(index);
    return coordinateOf(feature.GetFieldAsString(index), field, problem);
}

// OGR time zone flag: 0 unknown and 1 local (read as Europe/Amsterdam, like text without a zone),
// 100 UTC, otherwise UTC plus (flag − 100) quarters of an hour (GDAL RFC 56).
RowTime timeFromDateField(const OGRFeature& feature, int index)
{
    CivilDateTime civil;
    float second = 0.0F;
    int zone = 0;
    RowTime time;
    feature.GetFieldAsDateTime(index, &civil.year, &civil.month, &civil.day, &civil.hour, &civil.minute,
                               &second, &zone);
    civil.second = static_cast<int>(std::floor(second));
    const std::optional<std::int64_t> seconds = zone <= 1 ? amsterdamToUtc(civil) : utcSecondsOf(civil);
    if (!seconds)
        time.problem = quoted(feature.GetFieldAsString(index)) + " is not a possible date or time";
    else
        time.seconds = *seconds - (zone <= 1 ? 0 : (zone - 100) * 15 * 60);
    return time;
}

RowTime timeField(const OGRFeature& feature, int index, const std::string& field)
{
    if (!feature.IsFieldSetAndNotNull(index)) {
        RowTime time;
        time.problem = "'" + field + "' is empty";
        return time;
    }
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    if (type == OFTDate || type == OFTDateTime)
        return timeFromDateField(feature, index);
    return timeFromText(feature.GetFieldAsString(index), field);
}

std::string_view textField(const OGRFeature& feature, int index)
{
    return index >= 0 && feature.IsFieldSetAndNotNull(index) ? feature.GetFieldAsString(index) : "";
}

} // namespace

EventSet readLayerEvents(const EventSource& source, Locator locator, Feedback& feedback, ChunkSink* sink)
{
    GdalDatasetPtr dataset = openVector(source.path);
    OGRLayer& layer = *pickLayer(*dataset, source.path, source.layer);
    OGRFeatureDefn& definition = *layer.GetLayerDefn();
    std::optional<OGRSpatialReference> sourceCrs;
    if (locator == Locator::Geometry) {
        requirePointLayer(layer, source);
        sourceCrs = layerCrs(layer, source, feedback);
    } else {
        sourceCrs = fieldCrs(source, locator);
    }
    const int time = fieldIndex(definition, source.path, source.timeField, "time");
    const int category = fieldIndex(definition, source.path, source.categoryField, "category");
    const std::string& firstName = locator == Locator::XY       ? source.xField
                                   : locator == Locator::LonLat ? source.lonField
                                   : locator == Locator::Wkt    ? source.wktField
                                                                : source.codeField;
    const std::string& secondName = locator == Locator::XY ? source.yField : source.latField;
    const int first = fieldIndex(definition, source.path, firstName, "position");
    const int second = locator == Locator::XY || locator == Locator::LonLat
                           ? fieldIndex(definition, source.path, secondName, "position")
                           : -1;

    const GIntBig total = layer.GetFeatureCount(FALSE);
    EventCollector collector(source.path, feedback);
    if (sink)
        sink->prepare(source, sourceCrs);
    // Drivers report corrupt features and lost database connections while reading, as CPLErrors.
    GdalErrorCapture readErrors;
    std::size_t index = 0;
    layer.ResetReading();
    for (const auto& feature : layer) {
        RowPosition position;
        if (locator == Locator::Geometry) {
            position = positionFromPointGeometry(feature->GetGeometryRef());
        } else if (locator == Locator::Wkt) {
            position = positionFromWkt(textField(*feature, first), firstName);
        } else if (locator == Locator::Code) {
            position = positionFromCode(textField(*feature, first), firstName);
        } else {
            std::string problem;
            const std::optional<double> x = numberField(*feature, first, firstName, problem);
            const std::optional<double> y =
                x ? numberField(*feature, second, secondName, problem) : std::nullopt;
            position = positionFromNumbers(locator, x, y, std::move(problem));
        }
        const RowTime rowTime = timeField(*feature, time, source.timeField);
        // A copy: GetFieldAsString of a non-text field reuses one buffer per feature.
        const std::string rowCategory(textField(*feature, category));
        collector.add(std::to_string(feature->GetFID()), std::move(position), rowTime, rowCategory);
        if (sink)
            sink->deliver(collector, false);
        if ((++index % kRowsPerProgress) == 0 && total > 0)
            feedback.setProgress(100.0 * static_cast<double>(index) / static_cast<double>(total));
    }
    if (const std::string failures = readErrors.failures(); !failures.empty())
        throw InputError(source.path + ": reading layer '" + layer.GetName() + "' failed after " +
                         std::to_string(index) + " features (" + failures.substr(0, failures.find('\n')) +
                         ")");
    if (sink) {
        sink->deliver(collector, true);
        return collector.finishStream();
    }
    return finishEvents(collector, source, sourceCrs);
}

} // namespace bib::core::eventio
