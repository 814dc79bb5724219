// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/events.h"

#include "io/cellparser.h"
#include "io/csvparser.h"
#include "io/eventcollector.h"
#include "io/gdalutil.h"
#include "io/table.h"
#include "io/textencoding.h"
#include "io/timestamp.h"
#include "util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

namespace bib::core {

namespace {

constexpr std::size_t kCellShownChars = 40;
constexpr std::size_t kRowsPerProgress = 4096;

/// How the events of one source are located; exactly one per source.
enum class Locator
{
    XY,
    LonLat,
    Wkt,
    Code,
    Geometry
};

// A cell for a message, cut after kCellShownChars bytes (not inside a UTF-8 character).
std::string quoted(std::string_view text)
{
    if (text.size() <= kCellShownChars)
        return "'" + std::string(text) + "'";
    std::size_t cut = kCellShownChars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U)
        --cut;
    return "'" + std::string(text.substr(0, cut)) + "…'";
}

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view space = " \t\r\n";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

Locator chooseLocator(const EventSource& source)
{
    if (source.timeField.empty())
        throw InputError(source.path +
                         ": no time field given; name the field that holds the date and time of "
                         "each event (e.g. created_at)");
    const bool xy = !source.xField.empty() || !source.yField.empty();
    const bool lonLat = !source.lonField.empty() || !source.latField.empty();
    const bool wkt = !source.wktField.empty();
    const bool code = !source.codeField.empty();
    if (static_cast<int>(xy) + static_cast<int>(lonLat) + static_cast<int>(wkt) + static_cast<int>(code) > 1)
        throw InputError(source.path +
                         ": give only one way to locate the events: x and y, lon and lat, a WKT "
                         "field or an area code field");
    if (xy && (source.xField.empty() || source.yField.empty()))
        throw InputError(source.path + ": give both the x and the y field");
    if (lonLat && (source.lonField.empty() || source.latField.empty()))
        throw InputError(source.path + ": give both the lon and the lat field");
    if ((xy || wkt) && source.crs.empty())
        throw CrsError(source.path + ": the coordinate reference system of the " + (xy ? "x/y" : "WKT") +
                       " field is not given; declare it, e.g. EPSG:28992 for RD New (lon/lat in degrees "
                       "need the lon and lat fields instead)");
    if (xy)
        return Locator::XY;
    if (lonLat)
        return Locator::LonLat;
    if (wkt)
        return Locator::Wkt;
    return code ? Locator::Code : Locator::Geometry;
}

std::string noLocatorMessage(const std::string& path, const std::vector<std::string>& fields)
{
    return path +
           ": no way to locate the events; name the x and y fields (with their CRS), the lon and lat "
           "fields, a WKT field or an area code field. Fields are: " +
           joined(fields);
}

/// A coordinate as people write it: decimal point or decimal comma ("6,5797"), whatever the file's
/// own decimal convention (lon/lat often keep the point in a ';' file), optional sign and exponent.
/// Refused: thousands separators ("155.000,5", "1 000"), a trailing separator, NaN, infinities.
std::optional<double> parseCoordinate(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1); // std::from_chars takes '-' but not '+'
        if (!text.empty() && (text.front() == '+' || text.front() == '-'))
            return std::nullopt;
    }
    char buffer[64];
    if (text.empty() || text.size() >= sizeof buffer || text.back() < '0' || text.back() > '9')
        return std::nullopt;
    const bool comma = text.find(',') != std::string_view::npos;
    if (comma && (text.find('.') != std::string_view::npos || text.find(',') != text.rfind(',')))
        return std::nullopt;
    std::copy(text.begin(), text.end(), buffer);
    if (comma)
        std::replace(buffer, buffer + text.size(), ',', '.');
    double value = 0.0;
    const auto [end, error] = std::from_chars(buffer, buffer + text.size(), value);
    if (error != std::errc() || end != buffer + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

RowPosition badPosition(std::string problem)
{
    RowPosition position;
    position.problem = std::move(problem);
    return position;
}

std::optional<double> coordinateOf(std::string_view text, const std::string& field, std::string& problem)
{
    if (trimmed(text).empty()) {
        problem = "'" + field + "' is empty";
        return std::nullopt;
    }
    std::optional<double> value = parseCoordinate(text);
    if (!value)
        problem = quoted(text) + " in '" + field + "' is not a number";
    return value;
}

RowPosition positionFromNumbers(Locator locator, std::optional<double> x, std::optional<double> y,
                                std::string problem)
{
    if (!x || !y)
        return badPosition(std::move(problem));
    if (locator == Locator::LonLat && (std::abs(*x) > 180.0 || std::abs(*y) > 90.0))
        return badPosition(
            "lon " + std::to_string(*x) + ", lat " + std::to_string(*y) +
            " is outside −180…180, −90…90 (are lon and lat swapped, or is it not in degrees?)");
    RowPosition position;
    position.x = *x;
    position.y = *y;
    return position;
}

RowPosition positionFromPointGeometry(const OGRGeometry* geometry)
{
    if (!geometry || geometry->IsEmpty())
        return badPosition("it has no geometry");
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    const OGRPoint* point = nullptr;
    if (type == wkbPoint)
        point = geometry->toPoint();
    else if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1)
        point = geometry->toMultiPoint()->getGeometryRef(0);
    if (!point)
        return badPosition(std::string("its geometry is a ") +
                           OGRGeometryTypeToName(geometry->getGeometryType()) + ", not a point");
    return positionFromNumbers(Locator::Geometry, point->getX(), point->getY(), {});
}

RowPosition positionFromWkt(std::string_view text, const std::string& field)
{
    const std::string wkt(trimmed(text));
    if (wkt.empty())
        return badPosition("'" + field + "' is empty");
    OGRGeometry* parsed = nullptr;
    if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &parsed) != OGRERR_NONE || !parsed) {
        OGRGeometryFactory::destroyGeometry(parsed);
        return badPosition(quoted(wkt) + " in '" + field + "' is not valid WKT");
    }
    const std::unique_ptr<OGRGeometry> geometry(parsed);
    if (wkbFlatten(geometry->getGeometryType()) != wkbPoint)
        return badPosition(quoted(wkt) + " in '" + field + "' is not a POINT");
    if (geometry->IsEmpty())
        return badPosition(quoted(wkt) + " in '" + field + "' is an empty point");
    return positionFromPointGeometry(geometry.get());
}

RowPosition positionFromCode(std::string_view text, const std::string& field)
{
    text = trimmed(text);
    if (text.empty())
        return badPosition("the area code in '" + field + "' is empty");
    RowPosition position;
    position.code = std::string(text);
    return position;
}

RowTime timeFromText(std::string_view text, const std::string& field)
{
    RowTime time;
    if (trimmed(text).empty())
        time.problem = "'" + field + "' is empty";
    else if (!parseTimestamp(std::string(text), time.seconds))
        time.problem = quoted(text) + " in '" + field +
                       "' is not a date or time (expected e.g. 2024-03-05T14:30:00Z, 2024-03-05 14:30 or "
                       "05-03-2024 14:30)";
    return time;
}

/// The position of a table row from its text cells (`second` only for x/y and lon/lat).
RowPosition positionFromCells(Locator locator, std::string_view firstCell, std::string_view secondCell,
                              const std::string& first, const std::string& second)
{
    if (locator == Locator::Wkt)
        return positionFromWkt(firstCell, first);
    if (locator == Locator::Code)
        return positionFromCode(firstCell, first);
    std::string problem;
    const std::optional<double> x = coordinateOf(firstCell, first, problem);
    const std::optional<double> y = x ? coordinateOf(secondCell, second, problem) : std::nullopt;
    return positionFromNumbers(locator, x, y, std::move(problem));
}

/// The CRS of the positions when they come from fields (nullopt for area codes and layer geometry).
std::optional<OGRSpatialReference> fieldCrs(const EventSource& source, Locator locator)
{
    if (locator == Locator::LonLat)
        return spatialReference("EPSG:4326", "lon/lat");
    if (locator == Locator::XY || locator == Locator::Wkt)
        return spatialReference(source.crs, source.path + " (crs of the positions)");
    return std::nullopt;
}

EventSet finishEvents(EventCollector& collector, const EventSource& source,
                      const std::optional<OGRSpatialReference>& sourceCrs)
{
    if (!sourceCrs)
        return collector.finish(nullptr, {});
    const OGRSpatialReference working = spatialReference(source.workingCrs, "working CRS");
    const OgrTransformPtr transform = makeTransform(*sourceCrs, working);
    return collector.finish(transform.get(), "from " + crsLabel(*sourceCrs) + " to " + crsLabel(working));
}

/// Hands the events of a streaming read on in chunks, transformed chunk by chunk.
class ChunkSink
{
public:
    ChunkSink(std::size_t chunkSize, const EventChunkCallback& callback)
        : mChunkSize(std::max<std::size_t>(chunkSize, 1)), mCallback(callback)
    {
    }

    /// Sets up the transformation once the CRS of the positions is known (none for area codes, and
    /// none when the positions are already in the working CRS).
    void prepare(const EventSource& source, const std::optional<OGRSpatialReference>& sourceCrs)
    {
        if (!sourceCrs)
            return;
        const OGRSpatialReference working = spatialReference(source.workingCrs, "working CRS");
        if (sourceCrs->IsSame(&working))
            return;
        mTransform = makeTransform(*sourceCrs, working);
        mLabel = "from " + crsLabel(*sourceCrs) + " to " + crsLabel(working);
    }

    /// Passes the pending events on when there are chunkSize of them, or any when `force`.
    void deliver(EventCollector& collector, bool force)
    {
        if (collector.pending() == 0 || (!force && collector.pending() < mChunkSize))
            return;
        EventSet chunk = collector.takeChunk(mTransform.get(), mLabel);
        if (chunk.size() > 0)
            mCallback(chunk);
    }

    /// Streaming a source that was read whole (spreadsheets): the same chunks, sliced.
    EventSet slice(EventSet all)
    {
        for (std::size_t begin = 0; begin < all.size(); begin += mChunkSize) {
            const std::size_t end = std::min(all.size(), begin + mChunkSize);
            EventSet chunk;
            const auto part = [&](const auto& values) {
                return std::vector(values.begin() + static_cast<std::ptrdiff_t>(begin),
                                   values.begin() + static_cast<std::ptrdiff_t>(end));
            };
            chunk.x = part(all.x);
            chunk.y = part(all.y);
            chunk.time = part(all.time);
            chunk.category = part(all.category);
            if (!all.codes.empty())
                chunk.codes = part(all.codes);
            chunk.categoryNames = all.categoryNames;
            chunk.rowsRead = all.rowsRead;
            mCallback(chunk);
        }
        EventSet totals;
        totals.rowsRead = all.rowsRead;
        totals.badPosition = all.badPosition;
        totals.badTime = all.badTime;
        totals.categoryNames = std::move(all.categoryNames);
        return totals;
    }

private:
    std::size_t mChunkSize;
    const EventChunkCallback& mCallback;
    OgrTransformPtr mTransform;
    std::string mLabel;
};

// ---- Tables (CSV, TSV, XLSX, ODS) through readTable -------------------------------------------

bool isTable(const std::string& path)
{
    const std::string extension = lowerExtension(path);
    return extension == ".csv" || extension == ".tsv" || extension == ".txt" || extension == ".xlsx" ||
           extension == ".ods";
}

const TableColumn& tableColumn(const Table& table, const std::string& name, const std::string& role)
{
    if (const TableColumn* column = table.column(name)) {
        if (column->text.size() != table.rowCount)
            throw InternalError(table.path + ": column '" + name + "' has " +
                                std::to_string(column->text.size()) + " cells for " +
                                std::to_string(table.rowCount) + " rows");
        return *column;
    }
    throw InputError(table.path + ": no column '" + name + "' for the " + role +
                     "; columns are: " + joined(table.columnNames()));
}

EventSet readTableEvents(const EventSource& source, Locator locator, Feedback& feedback)
{
    TableReadOptions options;
    options.sheet = source.layer;
    for (const std::string* field :
         {&source.xField, &source.yField, &source.lonField, &source.latField, &source.wktField,
          &source.codeField, &source.timeField, &source.categoryField})
        if (!field->empty())
            options.textColumns.push_back(*field);
    const Table table = readTable(source.path, options, feedback);
    if (locator == Locator::Geometry)
        throw InputError(noLocatorMessage(source.path, table.columnNames()));

    const std::vector<std::string>& time = tableColumn(table, source.timeField, "time").text;
    const std::vector<std::string>* category =
        source.categoryField.empty() ? nullptr : &tableColumn(table, source.categoryField, "category").text;
    const std::string& first = locator == Locator::XY       ? source.xField
                               : locator == Locator::LonLat ? source.lonField
                               : locator == Locator::Wkt    ? source.wktField
                                                            : source.codeField;
    const std::string& second = locator == Locator::XY ? source.yField : source.latField;
    const std::vector<std::string>& firstCells = tableColumn(table, first, "position").text;
    const std::vector<std::string>* secondCells = locator == Locator::XY || locator == Locator::LonLat
                                                      ? &tableColumn(table, second, "position").text
                                                      : nullptr;

    EventCollector collector(source.path, feedback);
    GdalErrorCapture quiet; // WKT syntax errors are reported per row, not on stderr
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        RowPosition position =
            positionFromCells(locator, firstCells[row],
                              secondCells ? std::string_view((*secondCells)[row]) : "", first, second);
        collector.add({}, std::move(position), timeFromText(time[row], source.timeField),
                      category ? std::string_view((*category)[row]) : std::string_view());
    }
    return finishEvents(collector, source, fieldCrs(source, locator));
}

// ---- OGR layers (GeoPackage, shapefile, GeoJSON, FlatGeobuf …) ---------------------------------

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

EventSet readLayerEvents(const EventSource& source, Locator locator, Feedback& feedback,
                         ChunkSink* sink = nullptr)
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

// ---- Streaming CSV (forEachEventChunk) --------------------------------------------------------

constexpr std::size_t kBlockBytes = std::size_t{4} << 20;
constexpr std::size_t kSniffNulBytes = 64 * 1024;

/// The end of the last complete record in `text` (0 when there is none), splitting records as
/// CsvParser does: a field that starts with '"' after spaces is quoted and may hold line breaks. A
/// '\r' at the very end is not an end yet (a '\n' may follow in the next block).
std::size_t completeRecordsEnd(std::string_view text, char delimiter)
{
    if (text.find('"') == std::string_view::npos) {
        const std::size_t lf = text.rfind('\n');
        if (lf != std::string_view::npos)
            return lf + 1;
        const std::size_t cr = text.size() < 2 ? std::string_view::npos : text.rfind('\r', text.size() - 2);
        return cr == std::string_view::npos ? 0 : cr + 1;
    }
    std::size_t end = 0;
    bool fieldStart = true;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 >= text.size())
                    break;
                if (text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 >= text.size())
                break;
            if (c == '\r' && text[i + 1] == '\n')
                ++i;
            end = i + 1;
            fieldStart = true;
        } else if (fieldStart && c == '"') {
            quoted = true;
            fieldStart = false;
        } else if (c == delimiter) {
            fieldStart = true;
        } else if (c != ' ') {
            fieldStart = false;
        }
    }
    return end;
}

/// Line breaks as CsvParser counts them: LF, CRLF or a lone CR.
std::size_t lineBreaks(std::string_view text)
{
    std::size_t count = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (text.find('\r') == std::string_view::npos)
        return count;
    for (std::size_t i = 0; i < text.size(); ++i)
        count += text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n') ? 1 : 0;
    return count;
}

/// Reads a CSV file as blocks of whole records, decoded to UTF-8.
class CsvBlocks
{
public:
    explicit CsvBlocks(const std::string& path) : mPath(path), mIn(std::fopen(path.c_str(), "rb"))
    {
        if (!mIn)
            throw InputError(path + ": file not found or not readable; check the path and the file name");
        long size = -1;
        if (std::fseek(mIn.get(), 0, SEEK_END) == 0)
            size = std::ftell(mIn.get());
        if (size < 0 || std::fseek(mIn.get(), 0, SEEK_SET) != 0)
            throw InputError(path + ": cannot read the file; check that it is a readable file, not a folder");
        if (size == 0)
            throw InputError(path + ": the file is empty (0 bytes); export the table again");
        mSize = static_cast<std::uintmax_t>(size);
    }

    /// The next block of whole records (the rest of the file at its end); false when none is left.
    bool next(std::string& block)
    {
        block = std::move(mCarry);
        mCarry.clear();
        std::size_t want = kBlockBytes;
        while (true) {
            if (!mEof)
                readMore(block, want);
            if (mFirst)
                startFile(block);
            const std::size_t end = mEof ? block.size() : completeRecordsEnd(block, mDelimiter);
            if (end > 0 || mEof) {
                mCarry.assign(block, end);
                block.resize(end);
                break;
            }
            want *= 2; // one record longer than a block: read on until it ends
        }
        if (block.empty())
            return false;
        if (!mWindows1252 && !isValidUtf8(block))
            mWindows1252 = true;
        if (mWindows1252)
            block = windows1252ToUtf8(block);
        return true;
    }

    char delimiter() const { return mDelimiter; }
    double percentRead() const
    {
        return 100.0 * static_cast<double>(mRead) / static_cast<double>(std::max<std::uintmax_t>(mSize, 1));
    }

private:
    void readMore(std::string& block, std::size_t want)
    {
        const std::size_t old = block.size();
        block.resize(old + want);
        const std::size_t got = std::fread(block.data() + old, 1, want, mIn.get());
        block.resize(old + got);
        if (got < want && std::ferror(mIn.get()))
            throw InputError(mPath + ": reading the file failed after " + std::to_string(mRead + got) +
                             " bytes");
        mRead += got;
        if (got < want)
            mEof = true;
    }

    void startFile(std::string& block)
    {
        mFirst = false;
        if (block.compare(0, 3, "\xEF\xBB\xBF") == 0)
            block.erase(0, 3);
        if (std::memchr(block.data(), 0, std::min(block.size(), kSniffNulBytes)) != nullptr)
            throw InputError(mPath +
                             ": the file holds binary data (NUL bytes), not text; export the events as CSV");
        const char detected = detectDelimiter(block);
        mDelimiter = detected != 0 ? detected : ',';
    }

    struct FileCloser
    {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };

    std::string mPath;
    std::unique_ptr<std::FILE, FileCloser> mIn;
    std::uintmax_t mSize = 0;
    std::uintmax_t mRead = 0;
    std::string mCarry;
    char mDelimiter = ',';
    bool mEof = false;
    bool mFirst = true;
    bool mWindows1252 = false;
};

/// Column positions of the fields a CSV event source names (-1 when not used).
struct CsvColumns
{
    int first = -1;
    int second = -1;
    int time = -1;
    int category = -1;
};

int csvColumn(const std::vector<std::string>& names, const std::string& path, const std::string& name,
              const std::string& role)
{
    if (name.empty())
        return -1;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        throw InputError(path + ": no column '" + name + "' for the " + role +
                         "; columns are: " + joined(names));
    return static_cast<int>(it - names.begin());
}

const std::string& firstField(const EventSource& source, Locator locator)
{
    return locator == Locator::XY       ? source.xField
           : locator == Locator::LonLat ? source.lonField
           : locator == Locator::Wkt    ? source.wktField
                                        : source.codeField;
}

const std::string& secondField(const EventSource& source, Locator locator)
{
    return locator == Locator::XY ? source.yField : source.latField;
}

CsvColumns csvColumns(const EventSource& source, Locator locator, const std::vector<std::string>& names)
{
    if (locator == Locator::Geometry)
        throw InputError(noLocatorMessage(source.path, names));
    CsvColumns columns;
    columns.time = csvColumn(names, source.path, source.timeField, "time");
    columns.category = csvColumn(names, source.path, source.categoryField, "category");
    columns.first = csvColumn(names, source.path, firstField(source, locator), "position");
    if (locator == Locator::XY || locator == Locator::LonLat)
        columns.second = csvColumn(names, source.path, secondField(source, locator), "position");
    return columns;
}

bool isBlankRecord(const std::vector<CsvCell>& record)
{
    return record.size() == 1 && !record[0].quoted && trimSpaces(record[0].text).empty();
}

/// Turns CSV records into collector rows; the header comes first.
class CsvEventRows
{
public:
    CsvEventRows(const EventSource& source, Locator locator, EventCollector& collector, Feedback& feedback)
        : mSource(source), mLocator(locator), mCollector(collector), mFeedback(feedback),
          mRagged(source.path, "row", feedback)
    {
    }

    void add(const std::vector<CsvCell>& record, std::size_t line)
    {
        if (isBlankRecord(record)) {
            mPendingBlank += mNames.empty() ? 0 : 1;
            return;
        }
        if (mNames.empty())
            return readHeader(record);
        mBlankLines += mPendingBlank; // empty lines at the end of the file are not worth a warning
        mPendingBlank = 0;
        if (record.size() > mNames.size())
            return mRagged.add(-1, "",
                               "line " + std::to_string(line) + " has " + std::to_string(record.size()) +
                                   " cells but the header has " + std::to_string(mNames.size()) +
                                   "; the row is left out because its values may be shifted");
        const auto cell = [&record](int index) -> std::string_view {
            if (index < 0 || static_cast<std::size_t>(index) >= record.size())
                return {};
            const CsvCell& c = record[static_cast<std::size_t>(index)];
            return c.quoted ? c.text : trimSpaces(c.text);
        };
        mCollector.add({},
                       positionFromCells(mLocator, cell(mColumns.first), cell(mColumns.second),
                                         firstField(mSource, mLocator), secondField(mSource, mLocator)),
                       timeFromText(cell(mColumns.time), mSource.timeField), cell(mColumns.category));
    }

    void finish()
    {
        if (mNames.empty())
            throw InputError(mSource.path +
                             ": the file has no header row (only empty lines); the first line must name the "
                             "columns");
        if (mBlankLines > 0)
            mFeedback.warn(mSource.path, "", -1, std::to_string(mBlankLines) + " empty lines were skipped");
        mRagged.finish();
    }

private:
    void readHeader(const std::vector<CsvCell>& record)
    {
        for (const auto& c : record)
            mNames.emplace_back(trimSpaces(c.text));
        mColumns = csvColumns(mSource, mLocator, mNames);
    }

    const EventSource& mSource;
    Locator mLocator;
    EventCollector& mCollector;
    Feedback& mFeedback;
    SkippedRows mRagged;
    std::vector<std::string> mNames;
    CsvColumns mColumns;
    std::size_t mPendingBlank = 0;
    std::size_t mBlankLines = 0;
};

EventSet streamCsvEvents(const EventSource& source, Locator locator, ChunkSink& sink, Feedback& feedback)
{
    CsvBlocks blocks(source.path);
    EventCollector collector(source.path, feedback);
    sink.prepare(source, fieldCrs(source, locator));
    CsvEventRows rows(source, locator, collector, feedback);
    GdalErrorCapture quiet; // WKT syntax errors are reported per row, not on stderr
    std::string block;
    std::vector<CsvCell> record;
    std::size_t lineOffset = 0;
    while (blocks.next(block)) {
        CsvParser parser(block, blocks.delimiter(), source.path);
        while (parser.next(record)) {
            rows.add(record, lineOffset + parser.recordLine());
            sink.deliver(collector, false);
        }
        lineOffset += lineBreaks(block);
        feedback.setProgress(blocks.percentRead());
    }
    rows.finish();
    sink.deliver(collector, true);
    return collector.finishStream();
}

} // namespace

EventSet readEvents(const EventSource& source, Feedback& feedback)
{
    const Locator locator = chooseLocator(source);
    EventSet events = isTable(source.path) ? readTableEvents(source, locator, feedback)
                                           : readLayerEvents(source, locator, feedback);
    feedback.setProgress(100.0);
    return events;
}

EventSet forEachEventChunk(const EventSource& source, std::size_t chunkSize,
                           const EventChunkCallback& callback, Feedback& feedback)
{
    const Locator locator = chooseLocator(source);
    ChunkSink sink(chunkSize, callback);
    const std::string extension = lowerExtension(source.path);
    EventSet totals;
    if (extension == ".xlsx" || extension == ".ods")
        totals = sink.slice(readTableEvents(source, locator, feedback));
    else if (isTable(source.path))
        totals = streamCsvEvents(source, locator, sink, feedback);
    else
        totals = readLayerEvents(source, locator, feedback, &sink);
    feedback.setProgress(100.0);
    return totals;
}

} // namespace bib::core
