// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetinfo.h"

#include "io/gdalutil.h"
#include "io/table.h"
#include "util/error.h"

namespace bib::core {

namespace {

std::string typeName(OGRFieldType type)
{
    switch (type) {
    case OFTInteger:
    case OFTInteger64:
        return "integer";
    case OFTReal:
        return "real";
    case OFTString:
        return "text";
    case OFTDate:
        return "date";
    case OFTDateTime:
        return "datetime";
    case OFTTime:
        return "time";
    default:
        return "other";
    }
}

LayerInfo describeLayer(OGRLayer& layer, Feedback& feedback)
{
    LayerInfo info;
    info.name = layer.GetName();
    info.geometryType = layer.GetGeomType() == wkbNone ? "None" : OGRGeometryTypeToName(layer.GetGeomType());
    if (const OGRSpatialReference* srs = layer.GetSpatialRef())
        info.crs = crsLabel(*srs);
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        info.fields.push_back(
            {definition->GetFieldDefn(i)->GetNameRef(), typeName(definition->GetFieldDefn(i)->GetType()), 0});
    layer.ResetReading();
    for (auto& feature : layer) {
        if ((++info.featureCount & 1023) == 0)
            feedback.throwIfCancelled();
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            if (!feature->IsFieldSetAndNotNull(i))
                ++info.fields[static_cast<std::size_t>(i)].missingCount;
        if (const OGRGeometry* g = feature->GetGeometryRef(); g && !g->IsEmpty()) {
            OGREnvelope e;
            g->getEnvelope(&e);
            info.extent.expand(Envelope{e.MinX, e.MinY, e.MaxX, e.MaxY});
        }
    }
    return info;
}

bool isTable(const std::string& path)
{
    const std::string ext = lowerExtension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".xlsx" || ext == ".ods";
}

} // namespace

DatasetInfo describeDataset(const std::string& path, const std::string& layer, Feedback& feedback)
{
    DatasetInfo info;
    info.path = path;
    if (isTable(path)) {
        TableReadOptions options;
        options.sheet = layer;
        const Table table = readTable(path, options, feedback);
        info.driver =
            "table (" + table.format.encoding + ", separator '" +
            (table.format.delimiter == '\t' ? std::string("tab") : std::string(1, table.format.delimiter)) +
            "', decimal '" + std::string(1, table.format.decimalSeparator) + "')";
        LayerInfo li;
        li.name = table.format.sheet.empty() ? "table" : table.format.sheet;
        li.geometryType = "None";
        li.featureCount = static_cast<std::int64_t>(table.rowCount);
        for (const auto& c : table.columns)
            li.fields.push_back(
                {c.name, c.numeric ? "real" : "text", static_cast<std::int64_t>(c.missingCount)});
        info.layers.push_back(std::move(li));
        return info;
    }
    GdalDatasetPtr dataset = openVector(path);
    info.driver = dataset->GetDriverName();
    if (!layer.empty()) {
        info.layers.push_back(describeLayer(*pickLayer(*dataset, path, layer), feedback));
        return info;
    }
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
        info.layers.push_back(describeLayer(*dataset->GetLayer(i), feedback));
    return info;
}

} // namespace bib::core
