// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/eventrows.h"

#include "util/error.h"

#include <charconv>
#include <cmath>

namespace bib::core::eventio {

namespace {

constexpr std::size_t kCellShownChars = 40;

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

/// The text as a std::string for parseTimestamp, in a buffer reused per thread: a timestamp is longer
/// than the small-string buffer, and one allocation per row showed in the profile of 10 million rows.
const std::string& timestampText(std::string_view text)
{
    thread_local std::string buffer;
    buffer.assign(text);
    return buffer;
}

} // namespace

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
    else if (!parseTimestamp(timestampText(text), time.seconds))
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

} // namespace bib::core::eventio
