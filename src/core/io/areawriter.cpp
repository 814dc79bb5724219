// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/areawriter.h"

#include "io/gdalutil.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <charconv>
#include <cmath>

namespace bib::core {

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string csvCell(const std::string& text, char delimiter)
{
    if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

namespace {

/// One attribute column to write after the id (and name): numeric or text.
struct OutputField
{
    const Column* number = nullptr;
    const TextColumn* text = nullptr;
    const std::string& name() const { return number ? number->name : text->name; }
};

/// The columns in the order they are written: options.columnOrder when given, else the text
/// columns (without the name field) followed by the numeric columns.
std::vector<OutputField> outputFields(const AreaSet& areas, const AreaWriteOptions& options)
{
    std::vector<OutputField> fields;
    if (!options.columnOrder.empty()) {
        for (const auto& name : options.columnOrder) {
            if (const Column* c = areas.column(name))
                fields.push_back({c, nullptr});
            else if (const TextColumn* t = areas.textColumn(name))
                fields.push_back({nullptr, t});
            else
                throw InternalError("writeAreas: no column '" + name + "' to write");
        }
        return fields;
    }
    if (options.textColumns)
        for (const auto& c : areas.textColumns())
            if (c.name != areas.nameField)
                fields.push_back({nullptr, &c});
    for (const auto& c : areas.columns())
        fields.push_back({&c, nullptr});
    return fields;
}

void writeCsv(const AreaSet& areas, const std::string& path, const AreaWriteOptions& options)
{
    const std::vector<OutputField> fields = outputFields(areas, options);
    std::string text;
    text.reserve(areas.size() * 64);
    text += csvCell(areas.idField);
    if (!areas.nameField.empty())
        text += "," + csvCell(areas.nameField);
    for (const auto& f : fields)
        text += "," + csvCell(f.name());
    text += "\n";
    for (std::size_t row = 0; row < areas.size(); ++row) {
        text += csvCell(areas.id(row));
        if (!areas.nameField.empty())
            text += "," + csvCell(areas.name(row));
        for (const auto& f : fields)
            text += "," + (f.number ? formatNumber(f.number->values[row]) : csvCell(f.text->values[row]));
        text += "\n";
    }
    writeTextFileAtomically(path, text, options.inputs);
}

OGRPolygon toOgr(const Polygon& polygon)
{
    OGRPolygon out;
    for (const auto& ring : polygon.rings) {
        OGRLinearRing r;
        r.setNumPoints(static_cast<int>(ring.size()), FALSE);
        for (std::size_t i = 0; i < ring.size(); ++i)
            r.setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
        out.addRing(&r);
    }
    return out;
}

void createField(OGRLayer& layer, const std::string& name, OGRFieldType type, const std::string& path)
{
    OGRFieldDefn field(name.c_str(), type);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw InputError(path + ": cannot create the field '" + name + "'");
}

void writeLayer(GDALDataset& ds, const AreaSet& areas, const std::string& path,
                const AreaWriteOptions& options, Feedback& feedback, GdalErrorCapture& capture)
{
    OGRSpatialReference srs = spatialReference(areas.crs, "areas");
    char** layerOptions = CSLSetNameValue(nullptr, "FID", "fid");
    if (!options.title.empty())
        layerOptions = CSLSetNameValue(layerOptions, "IDENTIFIER", options.title.c_str());
    if (!options.description.empty())
        layerOptions = CSLSetNameValue(layerOptions, "DESCRIPTION", options.description.c_str());
    OGRLayer* layer = ds.CreateLayer(options.layerName.c_str(), &srs, wkbMultiPolygon, layerOptions);
    CSLDestroy(layerOptions);
    if (!layer)
        throw InputError(path + ": cannot create the layer '" + options.layerName + "' (" +
                         capture.failures() + ")");
    const std::vector<OutputField> fields = outputFields(areas, options);
    createField(*layer, areas.idField, OFTString, path);
    if (!areas.nameField.empty())
        createField(*layer, areas.nameField, OFTString, path);
    for (const auto& f : fields)
        createField(*layer, f.name(), f.number ? OFTReal : OFTString, path);

    if (ds.StartTransaction() != OGRERR_NONE)
        throw InputError(path + ": cannot start a transaction");
    OGRFeatureDefn* definition = layer->GetLayerDefn();
    for (std::size_t row = 0; row < areas.size(); ++row) {
        if ((row & 255) == 0)
            feedback.throwIfCancelled();
        OGRFeature feature(definition);
        int field = 0;
        feature.SetField(field++, areas.id(row).c_str());
        if (!areas.nameField.empty())
            feature.SetField(field++, areas.name(row).c_str());
        for (const auto& f : fields) {
            if (f.text)
                feature.SetField(field++, f.text->values[row].c_str());
            else if (std::isnan(f.number->values[row]))
                feature.SetFieldNull(field++);
            else
                feature.SetField(field++, f.number->values[row]);
        }
        const MultiPolygon& shape = areas.shape(row);
        if (!shape.isEmpty()) {
            OGRMultiPolygon mp;
            for (const auto& p : shape.polygons) {
                OGRPolygon polygon = toOgr(p);
                mp.addGeometry(&polygon);
            }
            feature.SetGeometry(&mp);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw InputError(path + ": writing area '" + areas.id(row) + "' failed (" + capture.failures() +
                             ")");
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        throw InputError(path + ": writing failed (" + capture.failures() +
                         "); the previous file is unchanged");
}

void writeGeoPackage(const std::vector<AreaLayer>& layers, const std::string& path, Feedback& feedback)
{
    ensureGdal();
    std::vector<std::string> inputs;
    for (const auto& layer : layers)
        inputs.insert(inputs.end(), layer.options.inputs.begin(), layer.options.inputs.end());
    AtomicFile file(path, inputs);
    GdalErrorCapture capture;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw InternalError("GDAL has no GeoPackage driver");
    GdalDatasetPtr ds(driver->Create(file.temporaryPath().string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw InputError(path + ": cannot create the GeoPackage (" + capture.failures() + ")");
    for (const auto& layer : layers)
        writeLayer(*ds, *layer.areas, path, layer.options, feedback, capture);
    ds.reset();
    file.commit();
}

} // namespace

void writeAreaLayers(const std::vector<AreaLayer>& layers, const std::string& path, Feedback& feedback)
{
    if (lowerExtension(path) != ".gpkg")
        throw InputError(path + ": several layers need a GeoPackage; use the extension .gpkg");
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (!layers[i].areas)
            throw InternalError("writeAreaLayers: layer " + std::to_string(i) + " has no areas");
        for (std::size_t j = 0; j < i; ++j)
            if (layers[j].options.layerName == layers[i].options.layerName)
                throw InputError(path + ": two layers are named '" + layers[i].options.layerName + "'");
    }
    writeGeoPackage(layers, path, feedback);
}

void writeAreas(const AreaSet& areas, const std::string& path, const AreaWriteOptions& options,
                Feedback& feedback)
{
    const std::string ext = lowerExtension(path);
    if (ext == ".csv")
        writeCsv(areas, path, options);
    else if (ext == ".gpkg")
        writeGeoPackage({AreaLayer{&areas, options}}, path, feedback);
    else
        throw InputError(path + ": unknown output type '" + ext + "'; use .gpkg (map layer) or .csv (table)");
}

} // namespace bib::core
