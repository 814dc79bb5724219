// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerconversion.h"

#include "util/error.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsfeaturesource.h>
#include <qgsgeometry.h>
#include <qgsmultipolygon.h>
#include <qgswkbtypes.h>

#include <QDateTime>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace bib::qgis {

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

struct FieldPlan
{
    int index;
    std::string name;
    bool numeric;
};

bool isNumericType(QVariant::Type type)
{
    return type == QVariant::Int || type == QVariant::UInt || type == QVariant::LongLong ||
           type == QVariant::ULongLong || type == QVariant::Double;
}

bool isTextType(QVariant::Type type)
{
    return type == QVariant::String || type == QVariant::Date || type == QVariant::DateTime;
}

bool isIntegerType(QVariant::Type type)
{
    return type == QVariant::Int || type == QVariant::UInt || type == QVariant::LongLong ||
           type == QVariant::ULongLong;
}

std::vector<FieldPlan> planFields(const QgsFields& fields)
{
    std::vector<FieldPlan> plan;
    for (int i = 0; i < fields.count(); ++i) {
        const QVariant::Type type = fields.at(i).type();
        // QGIS shows a GeoPackage's feature id as a field "fid"; GDAL's loader (and so `bib`) does not,
        // and a GeoPackage result cannot take it as an ordinary column.
        if (fields.at(i).name().compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0 &&
            isIntegerType(type))
            continue;
        if (isNumericType(type) || isTextType(type))
            plan.push_back({i, fields.at(i).name().toStdString(), isNumericType(type)});
    }
    return plan;
}

core::Ring toRing(const QgsPolylineXY& line)
{
    core::Ring ring;
    ring.reserve(static_cast<std::size_t>(line.size()));
    for (const QgsPointXY& p : line)
        ring.push_back({p.x(), p.y()});
    return ring;
}

void appendPolygon(const QgsPolygonXY& polygon, core::MultiPolygon& out)
{
    core::Polygon p;
    for (const QgsPolylineXY& line : polygon)
        if (line.size() >= 4)
            p.rings.push_back(toRing(line));
    if (!p.rings.empty())
        out.polygons.push_back(std::move(p));
}

// The polygons of any geometry: a repaired geometry may be a collection with lines in it.
void collectPolygons(const QgsGeometry& geometry, core::MultiPolygon& out)
{
    if (QgsWkbTypes::flatType(geometry.wkbType()) == QgsWkbTypes::GeometryCollection) {
        for (const QgsGeometry& part : geometry.asGeometryCollection())
            collectPolygons(part, out);
        return;
    }
    if (geometry.type() != QgsWkbTypes::PolygonGeometry)
        return;
    if (geometry.isMultipart())
        for (const QgsPolygonXY& polygon : geometry.asMultiPolygon())
            appendPolygon(polygon, out);
    else
        appendPolygon(geometry.asPolygon(), out);
}

std::string name(const LayerAreaOptions& options)
{
    return "layer '" + options.layerName.toStdString() + "'";
}

core::MultiPolygon shapeOf(QgsGeometry geometry, const std::string& id, std::int64_t index,
                           const QgsCoordinateTransform& transform, const LayerAreaOptions& options,
                           core::Feedback& feedback)
{
    if (QgsWkbTypes::isCurvedType(geometry.wkbType()))
        geometry = QgsGeometry(geometry.constGet()->segmentize());
    if (!geometry.isGeosValid()) {
        QgsGeometry repaired = geometry.makeValid();
        if (repaired.isNull())
            throw core::InputError(name(options) + ": feature '" + id +
                                   "' has an invalid polygon that could not be repaired");
        feedback.warn(options.layerName.toStdString(), id, index,
                      "invalid polygon (e.g. self-intersection) repaired with MakeValid");
        geometry = repaired;
    }
    if (!transform.isShortCircuited()) {
        try {
            geometry.transform(transform);
        } catch (const QgsCsException& e) {
            throw core::CrsError(name(options) + ": feature '" + id + "' cannot be transformed from " +
                                 transform.sourceCrs().authid().toStdString() + " to " +
                                 transform.destinationCrs().authid().toStdString() + " (" +
                                 e.what().toStdString() + "); is the layer's CRS right?");
        }
    }
    core::MultiPolygon shape;
    collectPolygons(geometry, shape);
    shape.updateEnvelope();
    return shape;
}

std::string crsText(const QgsCoordinateReferenceSystem& crs)
{
    const QString authid = crs.authid();
    return authid.isEmpty() ? crs.toWkt(QgsCoordinateReferenceSystem::WKT_PREFERRED).toStdString()
                            : authid.toStdString();
}

} // namespace

core::AreaSet areasFromSource(const QgsFeatureSource& source, const LayerAreaOptions& options,
                              const QgsCoordinateTransformContext& transformContext, core::Feedback& feedback)
{
    const QgsFields fields = source.fields();
    const int idIndex = fields.lookupField(options.idField);
    if (options.idField.isEmpty() || idIndex < 0)
        throw core::InputError(
            name(options) + ": no field '" + options.idField.toStdString() +
            "' for the area id; fields are: " + fields.names().join(QStringLiteral(", ")).toStdString());
    const int nameIndex = options.nameField.isEmpty() ? -1 : fields.lookupField(options.nameField);
    if (!options.nameField.isEmpty() && nameIndex < 0)
        throw core::InputError(name(options) + ": no field '" + options.nameField.toStdString() +
                               "' for the area name");
    if (!source.sourceCrs().isValid())
        throw core::CrsError(name(options) +
                             ": the layer has no coordinate reference system; set it in QGIS (Layer "
                             "Properties → Source → Assigned Coordinate Reference System)");
    if (!options.workingCrs.isValid())
        throw core::CrsError("the working CRS is not valid; choose one such as EPSG:28992 (RD New)");
    const QgsCoordinateTransform transform(source.sourceCrs(), options.workingCrs, transformContext);

    const std::vector<FieldPlan> plan = planFields(fields);
    std::vector<std::vector<double>> numbers(plan.size());
    std::vector<std::vector<std::string>> texts(plan.size());
    core::AreaSet areas;
    areas.idField = options.idField.toStdString();
    areas.nameField = options.nameField.toStdString();
    areas.crs = crsText(options.workingCrs);
    areas.source = options.layerName.toStdString();
    areas.layer = options.layerName.toStdString();

    std::map<std::string, int> idCounts;
    std::vector<std::string> emptyIds, wrongType;
    const long long total = source.featureCount();
    std::int64_t index = 0;
    QgsFeatureIterator features = source.getFeatures();
    QgsFeature feature;
    while (features.nextFeature(feature)) {
        ++index;
        if ((index & 255) == 0) {
            feedback.throwIfCancelled();
            if (total > 0)
                feedback.setProgress(100.0 * static_cast<double>(index) / static_cast<double>(total));
        }
        const QVariant idValue = feature.attribute(idIndex);
        std::string id = idValue.isNull() ? std::string() : idValue.toString().toStdString();
        if (id.empty()) {
            emptyIds.push_back("feature " + std::to_string(feature.id()));
            continue;
        }
        if (++idCounts[id] > 1)
            continue;
        const QVariant nameValue = nameIndex >= 0 ? feature.attribute(nameIndex) : QVariant();
        std::string areaName = nameValue.isNull() ? std::string() : nameValue.toString().toStdString();
        core::MultiPolygon shape;
        const QgsGeometry geometry = feature.geometry();
        if (geometry.isNull() || geometry.isEmpty()) {
            feedback.warn(areas.source, id, index,
                          "has no geometry; kept as a row without a shape (not drawn, no neighbours)");
        } else if (geometry.type() != QgsWkbTypes::PolygonGeometry) {
            wrongType.push_back(id + " (" + QgsWkbTypes::displayString(geometry.wkbType()).toStdString() +
                                ")");
            continue;
        } else {
            shape = shapeOf(geometry, id, index, transform, options, feedback);
            if (shape.isEmpty())
                feedback.warn(areas.source, id, index,
                              "has no polygon area left after repair; kept as a row without a shape");
        }
        for (std::size_t f = 0; f < plan.size(); ++f) {
            const QVariant value = feature.attribute(plan[f].index);
            if (plan[f].numeric) {
                bool ok = false;
                const double number = value.isNull() ? 0.0 : value.toDouble(&ok);
                numbers[f].push_back(ok ? number : std::numeric_limits<double>::quiet_NaN());
            } else {
                texts[f].push_back(value.isNull() ? std::string() : value.toString().toStdString());
            }
        }
        areas.addArea(std::move(id), std::move(areaName), std::move(shape));
    }
    feedback.throwIfCancelled();

    if (!wrongType.empty())
        throw core::InputError(name(options) + ": " + std::to_string(wrongType.size()) +
                               " features are not polygons, so they cannot be areas: " + listed(wrongType) +
                               "; choose a polygon layer");
    std::vector<std::string> duplicates;
    for (const auto& [id, count] : idCounts)
        if (count > 1)
            duplicates.push_back("'" + id + "' (" + std::to_string(count) + "×)");
    if (!duplicates.empty())
        throw core::InputError(name(options) + ": the id field '" + areas.idField +
                               "' is not unique: " + listed(duplicates) +
                               "; choose a field with one value per area, or dissolve the duplicates first");
    if (!emptyIds.empty())
        throw core::InputError(name(options) + ": " + std::to_string(emptyIds.size()) +
                               " features have an empty '" + areas.idField + "': " + listed(emptyIds));
    if (areas.size() == 0)
        throw core::InputError(name(options) +
                               " has no features (or none is selected while 'selected features only' is on)");

    for (std::size_t f = 0; f < plan.size(); ++f) {
        if (plan[f].name == areas.idField)
            continue;
        const core::Provenance provenance{areas.source, plan[f].name, std::nullopt};
        if (plan[f].numeric)
            areas.setColumn(core::Column{plan[f].name, std::move(numbers[f]), provenance});
        else
            areas.setTextColumn(core::TextColumn{plan[f].name, std::move(texts[f]), provenance});
    }
    feedback.setProgress(100.0);
    return areas;
}

QgsFields resultFields(const core::AreaSet& areas, const std::vector<std::string>& columns)
{
    QgsFields fields;
    fields.append(QgsField(QString::fromStdString(areas.idField), QVariant::String));
    if (!areas.nameField.empty() && !areas.textColumn(areas.nameField))
        fields.append(QgsField(QString::fromStdString(areas.nameField), QVariant::String));
    std::vector<std::string> order = columns;
    if (order.empty()) {
        for (const auto& c : areas.textColumns())
            order.push_back(c.name);
        for (const auto& c : areas.columns())
            order.push_back(c.name);
    }
    for (const auto& column : order) {
        if (areas.column(column))
            fields.append(QgsField(QString::fromStdString(column), QVariant::Double));
        else if (areas.textColumn(column))
            fields.append(QgsField(QString::fromStdString(column), QVariant::String));
        else
            throw core::InternalError("resultFields: no column '" + column + "'");
    }
    return fields;
}

namespace {

QgsGeometry toGeometry(const core::MultiPolygon& shape)
{
    QgsMultiPolygonXY polygons;
    for (const core::Polygon& polygon : shape.polygons) {
        QgsPolygonXY rings;
        for (const core::Ring& ring : polygon.rings) {
            QgsPolylineXY line;
            line.reserve(static_cast<int>(ring.size()));
            for (const core::Point& p : ring)
                line.append(QgsPointXY(p.x, p.y));
            rings.append(line);
        }
        polygons.append(rings);
    }
    return QgsGeometry::fromMultiPolygonXY(polygons);
}

} // namespace

void writeAreasToSink(const core::AreaSet& areas, const QgsFields& fields, QgsFeatureSink& sink,
                      core::Feedback& feedback)
{
    // Per field: where its value comes from.
    std::vector<const core::Column*> numbers(static_cast<std::size_t>(fields.count()), nullptr);
    std::vector<const core::TextColumn*> texts(static_cast<std::size_t>(fields.count()), nullptr);
    for (int i = 1; i < fields.count(); ++i) {
        const std::string field = fields.at(i).name().toStdString();
        numbers[static_cast<std::size_t>(i)] = areas.column(field);
        texts[static_cast<std::size_t>(i)] = areas.textColumn(field);
    }
    for (std::size_t row = 0; row < areas.size(); ++row) {
        if ((row & 255) == 0)
            feedback.throwIfCancelled();
        QgsFeature feature(fields);
        QgsAttributes attributes(fields.count());
        attributes[0] = QString::fromStdString(areas.id(row));
        for (int i = 1; i < fields.count(); ++i) {
            const auto f = static_cast<std::size_t>(i);
            if (numbers[f]) {
                const double v = numbers[f]->values[row];
                attributes[i] = std::isnan(v) ? QVariant(QVariant::Double) : QVariant(v);
            } else if (texts[f]) {
                const std::string& v = texts[f]->values[row];
                attributes[i] = v.empty() ? QVariant(QVariant::String) : QVariant(QString::fromStdString(v));
            } else {
                attributes[i] = QString::fromStdString(areas.name(row));
            }
        }
        feature.setAttributes(attributes);
        if (!areas.shape(row).isEmpty())
            feature.setGeometry(toGeometry(areas.shape(row)));
        if (!sink.addFeature(feature, QgsFeatureSink::FastInsert))
            throw core::InputError("the result layer refused area '" + areas.id(row) +
                                   "': " + sink.lastError().toStdString());
    }
}

} // namespace bib::qgis

namespace bib::qgis {

namespace {

int requireField(const QgsFields& fields, const QString& field, const std::string& layer, const char* what)
{
    const int index = fields.lookupField(field);
    if (index < 0)
        throw core::InputError("layer '" + layer + "': no field '" + field.toStdString() + "' for the " +
                               what +
                               "; fields are: " + fields.names().join(QStringLiteral(", ")).toStdString());
    return index;
}

/// The time of a field value as UTC seconds, by the core's rules.
std::optional<std::int64_t> utcSeconds(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    QString text;
    if (value.type() == QVariant::DateTime) {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            return std::nullopt;
        text = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (time.timeSpec() == Qt::UTC)
            text += QLatin1Char('Z');
        else if (time.timeSpec() == Qt::OffsetFromUTC || time.timeSpec() == Qt::TimeZone) {
            const int offset = time.offsetFromUtc();
            const int minutes = std::abs(offset) / 60;
            text += QStringLiteral("%1%2:%3")
                        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
        }
    } else if (value.type() == QVariant::Date) {
        text = value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    } else {
        text = value.toString().trimmed();
    }
    std::int64_t seconds = 0;
    if (!core::parseTimestamp(text.toStdString(), seconds))
        return std::nullopt;
    return seconds;
}

/// Reports the first 20 problems of a kind one by one, then counts them for one summary.
class ProblemReport
{
public:
    ProblemReport(core::Feedback& feedback, std::string layer) : mFeedback(feedback), mLayer(std::move(layer))
    {
    }
    void add(std::size_t& counter, const std::string& featureId, std::int64_t row, const std::string& message)
    {
        ++counter;
        if (counter <= 20)
            mFeedback.warn(mLayer, featureId, row, message + "; skipped");
    }
    void summarise(std::size_t counter, const std::string& what)
    {
        if (counter > 20)
            mFeedback.warn(mLayer, "", -1, std::to_string(counter) + " features skipped for " + what);
    }

private:
    core::Feedback& mFeedback;
    std::string mLayer;
};

} // namespace

core::EventSet eventsFromSource(const QgsFeatureSource& source, const LayerEventOptions& options,
                                const QgsCoordinateTransformContext& transformContext,
                                core::Feedback& feedback)
{
    const std::string layer = options.layerName.toStdString();
    const QgsFields fields = source.fields();
    const int timeIndex = requireField(fields, options.timeField, layer, "event time");
    const int categoryIndex =
        options.categoryField.isEmpty() ? -1 : requireField(fields, options.categoryField, layer, "category");
    const int codeIndex =
        options.codeField.isEmpty() ? -1 : requireField(fields, options.codeField, layer, "area code");
    if (codeIndex < 0 && !source.sourceCrs().isValid())
        throw core::CrsError("layer '" + layer + "' has no coordinate reference system; set it in QGIS");
    const QgsCoordinateTransform transform(source.sourceCrs(), options.workingCrs, transformContext);

    core::EventSet events;
    std::unordered_map<std::string, std::uint32_t> categories;
    if (categoryIndex < 0)
        events.categoryNames = {""};
    ProblemReport report(feedback, layer);
    QgsFeatureIterator features = source.getFeatures();
    QgsFeature feature;
    while (features.nextFeature(feature)) {
        const auto row = static_cast<std::int64_t>(++events.rowsRead);
        if ((events.rowsRead & 1023) == 0)
            feedback.throwIfCancelled();
        const std::string fid = std::to_string(feature.id());
        double x = std::numeric_limits<double>::quiet_NaN(), y = x;
        std::string code;
        if (codeIndex >= 0) {
            const QVariant value = feature.attribute(codeIndex);
            code = value.isNull() ? std::string() : value.toString().trimmed().toStdString();
            if (code.empty()) {
                report.add(events.badPosition, fid, row, "no area code");
                continue;
            }
        } else {
            QgsGeometry geometry = feature.geometry();
            if (geometry.isNull() || geometry.isEmpty() || geometry.type() != QgsWkbTypes::PointGeometry ||
                (geometry.isMultipart() && geometry.asMultiPoint().size() != 1)) {
                report.add(events.badPosition, fid, row, "no single point");
                continue;
            }
            try {
                if (!transform.isShortCircuited())
                    geometry.transform(transform);
            } catch (const QgsCsException&) {
                report.add(events.badPosition, fid, row,
                           "the point cannot be transformed to the working CRS");
                continue;
            }
            const QgsPointXY point =
                geometry.isMultipart() ? geometry.asMultiPoint().front() : geometry.asPoint();
            x = point.x();
            y = point.y();
        }
        const auto time = utcSeconds(feature.attribute(timeIndex));
        if (!time) {
            report.add(events.badTime, fid, row,
                       "unreadable time '" + feature.attribute(timeIndex).toString().toStdString() + "'");
            continue;
        }
        std::uint32_t category = 0;
        if (categoryIndex >= 0) {
            const QVariant value = feature.attribute(categoryIndex);
            const std::string name = value.isNull() ? std::string() : value.toString().toStdString();
            const auto [it, added] =
                categories.emplace(name, static_cast<std::uint32_t>(events.categoryNames.size()));
            if (added)
                events.categoryNames.push_back(name);
            category = it->second;
        }
        events.x.push_back(x);
        events.y.push_back(y);
        events.time.push_back(*time);
        events.category.push_back(category);
        if (codeIndex >= 0)
            events.codes.push_back(std::move(code));
    }
    feedback.throwIfCancelled();
    report.summarise(events.badPosition, "an unusable position");
    report.summarise(events.badTime, "an unreadable time");
    if (events.size() == 0)
        throw core::InputError("layer '" + layer + "': none of its " + std::to_string(events.rowsRead) +
                               " features has a usable position and time (or none is selected)");
    return events;
}

} // namespace bib::qgis
