// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/stylewriter.h"

#include "io/areawriter.h"
#include "io/gdalutil.h"
#include "io/rampsjson.h"
#include "util/error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <map>

namespace bib::core {

namespace {

using Json = nlohmann::json;

const Json& ramps()
{
    static const Json parsed = Json::parse(rampsJson);
    return parsed;
}

struct Rgb
{
    int red = 0;
    int green = 0;
    int blue = 0;
};

Rgb parseHex(const std::string& hex)
{
    unsigned red = 0, green = 0, blue = 0;
    if (hex.size() != 7 || hex[0] != '#' ||
        std::sscanf(hex.c_str() + 1, "%2x%2x%2x", &red, &green, &blue) != 3)
        throw InternalError("colour '" + hex + "' is not #rrggbb");
    return {static_cast<int>(red), static_cast<int>(green), static_cast<int>(blue)};
}

std::string toHex(const Rgb& c)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.red, c.green, c.blue);
    return buffer;
}

/// The colour at `position` (0…1) along a palette, linearly interpolated in RGB.
std::string colourAt(const std::vector<std::string>& palette, double position)
{
    const double scaled = position * static_cast<double>(palette.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(scaled));
    if (lower + 1 >= palette.size())
        return palette.back();
    const Rgb a = parseHex(palette[lower]);
    const Rgb b = parseHex(palette[lower + 1]);
    const double t = scaled - std::floor(scaled);
    const auto mix = [t](int x, int y) { return static_cast<int>(std::lround(x + t * (y - x))); };
    return toHex({mix(a.red, b.red), mix(a.green, b.green), mix(a.blue, b.blue)});
}

std::string xmlEscape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string quotedField(const std::string& name)
{
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string sqlText(const std::string& text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

/// "r,g,b,255" as QGIS writes colours.
std::string qgisColour(const std::string& hex)
{
    const Rgb c = parseHex(hex);
    return std::to_string(c.red) + "," + std::to_string(c.green) + "," + std::to_string(c.blue) + ",255";
}

/// One SimpleFill symbol layer, with its properties both as <Option> (read by QGIS ≥ 3.20) and as
/// <prop> (read by older versions).
std::string simpleFill(const std::string& fill, const std::string& brushStyle, const std::string& outline,
                       const std::string& outlineStyle)
{
    const std::map<std::string, std::string> properties{
        {"color", qgisColour(fill)}, {"outline_color", qgisColour(outline)}, {"outline_style", outlineStyle},
        {"outline_width", "0.26"},   {"outline_width_unit", "MM"},           {"joinstyle", "bevel"},
        {"style", brushStyle}};
    std::string xml = "        <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n"
                      "          <Option type=\"Map\">\n";
    for (const auto& [key, value] : properties)
        xml += "            <Option name=\"" + key + "\" type=\"QString\" value=\"" + value + "\"/>\n";
    xml += "          </Option>\n";
    for (const auto& [key, value] : properties)
        xml += "          <prop k=\"" + key + "\" v=\"" + value + "\"/>\n";
    return xml + "        </layer>\n";
}

std::string fillSymbol(std::size_t name, const std::string& layers)
{
    return "      <symbol type=\"fill\" name=\"" + std::to_string(name) +
           "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n" + layers + "      </symbol>\n";
}

std::string range(double lower, double upper, std::size_t symbol, const std::string& label)
{
    return "      <range lower=\"" + formatNumber(lower) + "\" upper=\"" + formatNumber(upper) +
           "\" symbol=\"" + std::to_string(symbol) + "\" label=\"" + xmlEscape(label) +
           "\" render=\"true\"/>\n";
}

} // namespace

std::vector<std::string> rampColours(const std::string& rampName, int classCount)
{
    if (classCount <= 0)
        return {};
    std::map<int, std::vector<std::string>> palettes;
    for (const Json& ramp : ramps().at("ramps"))
        if (ramp.at("name").get<std::string>() == rampName)
            for (const auto& [size, colours] : ramp.at("classes").items())
                palettes[std::stoi(size)] = colours.get<std::vector<std::string>>();
    if (palettes.empty())
        throw InputError("no colour ramp '" + rampName + "' in styles/ramps.json");
    if (const auto exact = palettes.find(classCount); exact != palettes.end())
        return exact->second;
    const auto larger = palettes.lower_bound(classCount);
    const std::vector<std::string>& palette =
        larger != palettes.end() ? larger->second : palettes.rbegin()->second;
    std::vector<std::string> result;
    for (int i = 0; i < classCount; ++i) {
        const double position = classCount == 1 ? 0.5 : static_cast<double>(i) / (classCount - 1);
        if (larger != palettes.end())
            result.push_back(palette[static_cast<std::size_t>(
                std::lround(position * static_cast<double>(palette.size() - 1)))]);
        else
            result.push_back(colourAt(palette, position));
    }
    return result;
}

std::string noDataColour()
{
    return ramps().at("noData").at("fill").get<std::string>();
}

std::string graduatedFillQml(const GraduatedFillStyle& style)
{
    const std::size_t k = style.labels.size();
    if (style.colours.size() != k || (k > 0 && style.breaks.size() != k + 1))
        throw InternalError("graduatedFillQml: " + std::to_string(style.breaks.size()) + " breaks, " +
                            std::to_string(k) + " labels and " + std::to_string(style.colours.size()) +
                            " colours do not match");
    // Sentinels far below the lowest break, so they can never meet a class.
    const double lowest = style.breaks.empty() ? 0.0 : style.breaks.front();
    const double noData = std::floor(lowest) - 1.0e6;
    const double suppressed = noData - 1.0;
    const std::string field = quotedField(style.field);
    std::string attribute = "CASE ";
    if (!style.statusField.empty())
        attribute += "WHEN " + quotedField(style.statusField) + " = 'onderdrukt' THEN " +
                     formatNumber(suppressed) + " ";
    attribute += "WHEN " + field + " IS NULL THEN " + formatNumber(noData) + " ELSE " + field + " END";

    std::string ranges, symbols;
    for (std::size_t i = 0; i < k; ++i) {
        ranges += range(style.breaks[i], style.breaks[i + 1], i, style.labels[i]);
        symbols += fillSymbol(i, simpleFill(style.colours[i], "solid", style.outlineColour, "solid"));
    }
    ranges += range(noData, noData, k, style.noDataLabel);
    symbols += fillSymbol(k, simpleFill(style.noDataColour, "solid", style.outlineColour, "solid"));
    if (!style.statusField.empty()) {
        ranges += range(suppressed, suppressed, k + 1, style.suppressedLabel);
        symbols += fillSymbol(
            k + 1, simpleFill(style.noDataColour, "solid", style.outlineColour, "solid") +
                       simpleFill(style.suppressedColour, "b_diagonal", style.outlineColour, "no"));
    }
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
           "<qgis version=\"3.22.16-Białowieża\" styleCategories=\"Symbology\">\n"
           "  <renderer-v2 type=\"graduatedSymbol\" attr=\"" +
           xmlEscape(attribute) +
           "\" graduatedMethod=\"GraduatedColor\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
           "    <ranges>\n" +
           ranges + "    </ranges>\n    <symbols>\n" + symbols +
           "    </symbols>\n"
           "    <mode name=\"manual\"/>\n"
           "  </renderer-v2>\n"
           "  <layerGeometryType>2</layerGeometryType>\n"
           "</qgis>\n";
}

namespace {

void createStyleTable(GDALDataset& ds, const std::string& path)
{
    char** options = CSLSetNameValue(nullptr, "FID", "id");
    OGRLayer* layer = ds.CreateLayer("layer_styles", nullptr, wkbNone, options);
    CSLDestroy(options);
    if (!layer)
        throw InputError(path + ": cannot create the table layer_styles");
    struct FieldSpec
    {
        const char* name;
        OGRFieldType type;
        int width;
    };
    // QGIS's own layout (QgsOgrProviderUtils::saveStyle): the twelve columns after the id.
    const FieldSpec fields[] = {{"f_table_catalog", OFTString, 256},
                                {"f_table_schema", OFTString, 256},
                                {"f_table_name", OFTString, 256},
                                {"f_geometry_column", OFTString, 256},
                                {"styleName", OFTString, 30},
                                {"styleQML", OFTString, 0},
                                {"styleSLD", OFTString, 0},
                                {"useAsDefault", OFTInteger, 0},
                                {"description", OFTString, 0},
                                {"owner", OFTString, 30},
                                {"ui", OFTString, 30},
                                {"update_time", OFTDateTime, 0}};
    for (const auto& f : fields) {
        OGRFieldDefn definition(f.name, f.type);
        definition.SetWidth(f.width);
        if (f.type == OFTInteger)
            definition.SetSubType(OFSTBoolean);
        if (f.type == OFTDateTime)
            definition.SetDefault("CURRENT_TIMESTAMP");
        if (layer->CreateField(&definition) != OGRERR_NONE)
            throw InputError(path + ": cannot create the column layer_styles." + f.name);
    }
}

void executeSql(GDALDataset& ds, const std::string& sql, const std::string& path, GdalErrorCapture& capture)
{
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result)
        ds.ReleaseResultSet(result);
    if (!capture.failures().empty())
        throw InputError(path + ": writing the layer style failed (" + capture.failures() + ")");
}

} // namespace

void writeLayerStyle(const std::string& geoPackagePath, const LayerStyle& style)
{
    ensureGdal();
    GdalErrorCapture capture;
    GdalDatasetPtr ds(GDALDataset::Open(geoPackagePath.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr,
                                        nullptr, nullptr));
    if (!ds)
        throw InputError(geoPackagePath + ": cannot open the GeoPackage to add a style (" +
                         capture.failures() + ")");
    if (!ds->GetLayerByName("layer_styles"))
        createStyleTable(*ds, geoPackagePath);
    const std::string name = style.styleName.empty() ? style.layerName : style.styleName;
    executeSql(*ds,
               "DELETE FROM layer_styles WHERE f_table_name = " + sqlText(style.layerName) +
                   " AND f_geometry_column = " + sqlText(style.geometryColumn),
               geoPackagePath, capture);
    executeSql(
        *ds,
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
        "styleName, styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) VALUES ('', '', " +
            sqlText(style.layerName) + ", " + sqlText(style.geometryColumn) + ", " + sqlText(name) + ", " +
            sqlText(style.qml) + ", '', 1, " + sqlText(style.description) +
            ", '', NULL, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        geoPackagePath, capture);
    ds.reset();
    if (!capture.failures().empty())
        throw InputError(geoPackagePath + ": writing the layer style failed (" + capture.failures() + ")");
}

} // namespace bib::core
