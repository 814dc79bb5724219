// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"
#include "util/feedback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bib::core {

struct FieldInfo
{
    std::string name;
    std::string type;              ///< "integer", "real", "text", "date", …
    std::int64_t missingCount = 0; ///< NULL / missing cells
};

struct LayerInfo
{
    std::string name;
    std::string geometryType; ///< "MultiPolygon", "Point", "None", …
    std::string crs;          ///< "EPSG:28992", or "" when the layer declares none
    std::int64_t featureCount = 0;
    Envelope extent; ///< in the layer's own CRS
    std::vector<FieldInfo> fields;
};

struct DatasetInfo
{
    std::string path;
    std::string driver; ///< "GPKG", "ESRI Shapefile", "CSV table", …
    std::vector<LayerInfo> layers;
};

/// Describes a vector source or a table (CSV/XLSX/ODS read as readTable would). With `layer`
/// given only that layer is described. Missing counts need one pass over the features.
DatasetInfo describeDataset(const std::string& path, const std::string& layer, Feedback& feedback);

} // namespace bib::core
