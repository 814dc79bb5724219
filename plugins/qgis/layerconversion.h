// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/events.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfields.h>

#include <QString>

#include <string>
#include <vector>

class QgsCoordinateTransformContext;
class QgsFeatureSink;
class QgsFeatureSource;

namespace bib::qgis {

/// How to read a QGIS layer as areas.
struct LayerAreaOptions
{
    QString layerName;                       ///< for messages
    QString idField;                         ///< required
    QString nameField;                       ///< optional
    QgsCoordinateReferenceSystem workingCrs; ///< the shapes are transformed into it
};

/// Reads any QGIS vector source (file, memory layer, PostGIS, only the selected features …) into
/// the core's area model, as core::loadAreas does for files: ids as text, numeric fields as
/// columns (NaN for NULL), text and date fields as text columns, polygons in the working CRS,
/// invalid polygons repaired (GEOS MakeValid) with a warning, features without geometry kept without
/// a shape with a warning. Throws core::InputError naming the layer and the features for an empty
/// layer, a missing id field, empty or duplicate ids, non-polygon features, and core::CrsError for
/// a layer without a valid CRS or a feature that cannot be transformed.
core::AreaSet areasFromSource(const QgsFeatureSource& source, const LayerAreaOptions& options,
                              const QgsCoordinateTransformContext& transformContext,
                              core::Feedback& feedback);

/// The fields of a result layer: the id, the name (when the areas have a name field that is not a
/// text column), then `columns` in order (numbers as doubles, text columns as strings); empty
/// `columns`: the text columns, then the numeric columns (the order `bib` writes).
QgsFields resultFields(const core::AreaSet& areas, const std::vector<std::string>& columns = {});

/// Adds every area to `sink` with the values of `fields` and its shape as a MultiPolygon in the
/// areas' CRS (no geometry for an area without a shape). Throws core::InputError when the sink
/// refuses a feature (QGIS's message included).
void writeAreasToSink(const core::AreaSet& areas, const QgsFields& fields, QgsFeatureSink& sink,
                      core::Feedback& feedback);

/// How to read a QGIS point layer as events.
struct LayerEventOptions
{
    QString layerName;                       ///< for messages
    QString timeField;                       ///< required: a Date/DateTime field, or text (parseTimestamp)
    QString categoryField;                   ///< optional
    QString codeField;                       ///< optional: locate by area code instead of the geometry
    QgsCoordinateReferenceSystem workingCrs; ///< the points are transformed into it
};

/// Reads a QGIS point source (only the selected features, when so chosen) into the core's events,
/// with core::readEvents's rules: a DateTime keeps its zone (UTC or an offset) and is Europe/Amsterdam
/// time without one; text times go through core::parseTimestamp; a feature without a usable point (or
/// code) or time is counted as a bad position or time and reported — the first 20 of each kind by
/// feature id, then one summary. Throws core::InputError for a missing field and when no feature is
/// usable.
core::EventSet eventsFromSource(const QgsFeatureSource& source, const LayerEventOptions& options,
                                const QgsCoordinateTransformContext& transformContext,
                                core::Feedback& feedback);

} // namespace bib::qgis
