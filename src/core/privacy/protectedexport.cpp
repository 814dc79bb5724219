// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/protectedexport.h"

#include "privacy/publishedresult.h"

#include "index/classification.h"
#include "io/areawriter.h"
#include "io/gdalutil.h"
#include "io/stylewriter.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bib::core {

namespace {

void addOnce(std::vector<std::string>& list, const std::string& name)
{
    if (std::find(list.begin(), list.end(), name) == list.end())
        list.push_back(name);
}

void writeXlsx(const AreaSet& areas, const std::vector<std::string>& columns, const std::string& path,
               const ProtectedExportOptions& options, Feedback& feedback)
{
    ensureGdal();
    AtomicFile file(path, options.inputs);
    GdalErrorCapture capture;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        throw InternalError("GDAL has no XLSX driver");
    GdalDatasetPtr ds(driver->Create(file.temporaryPath().string().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw InputError(path + ": cannot create the spreadsheet (" + capture.failures() + ")");
    // Excel allows sheet names of at most 31 characters.
    const std::string sheet = options.layerName.substr(0, 31);
    OGRLayer* layer = ds->CreateLayer(sheet.c_str(), nullptr, wkbNone, nullptr);
    if (!layer)
        throw InputError(path + ": cannot create the sheet '" + sheet + "' (" + capture.failures() + ")");
    std::vector<std::string> names{areas.idField};
    if (!areas.nameField.empty())
        names.push_back(areas.nameField);
    names.insert(names.end(), columns.begin(), columns.end());
    for (const auto& name : names) {
        OGRFieldDefn field(name.c_str(), areas.column(name) ? OFTReal : OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            throw InputError(path + ": cannot create the column '" + name + "'");
    }
    for (std::size_t row = 0; row < areas.size(); ++row) {
        if ((row & 255) == 0)
            feedback.throwIfCancelled();
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t i = 0; i < names.size(); ++i) {
            const int field = static_cast<int>(i);
            if (i == 0)
                feature.SetField(field, areas.id(row).c_str());
            else if (names[i] == areas.nameField && i == 1)
                feature.SetField(field, areas.name(row).c_str());
            else if (const Column* c = areas.column(names[i])) {
                if (std::isnan(c->values[row]))
                    feature.SetFieldNull(field);
                else
                    feature.SetField(field, c->values[row]);
            } else if (const TextColumn* t = areas.textColumn(names[i])) {
                if (!t->values[row].empty())
                    feature.SetField(field, t->values[row].c_str());
            }
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            throw InputError(path + ": writing area '" + areas.id(row) + "' failed (" + capture.failures() +
                             ")");
    }
    ds.reset(); // the XLSX driver writes the file when the dataset closes
    if (!capture.failures().empty())
        throw InputError(path + ": writing failed (" + capture.failures() +
                         "); the previous file is unchanged");
    file.commit();
}

GraduatedFillStyle indexStyle(const ClassificationResult& classes, const SuppressionMask& mask,
                              const ProtectedExportOptions& options)
{
    GraduatedFillStyle style;
    style.field = "index";
    const auto& columns = mask.protectedColumns();
    if (std::find(columns.begin(), columns.end(), "index") != columns.end())
        style.statusField = "index_status";
    style.breaks = classes.breaks;
    style.labels = classes.labelsDutch;
    style.colours = rampColours(options.rampName, classes.classCount());
    style.noDataLabel = noDataLabel(Language::Dutch);
    style.noDataColour = noDataColour();
    style.suppressedLabel = suppressedText;
    return style;
}

} // namespace

std::vector<std::string> exportColumns(const AreaSet& areas, const Recipe& recipe)
{
    std::vector<std::string> wanted;
    for (const auto& indicator : recipe.indicators)
        addOnce(wanted, indicator.field);
    for (const auto& indicator : recipe.indicators)
        if (indicator.transform.kind == TransformKind::Per1000)
            addOnce(wanted, indicator.transform.denominator);
    for (const auto& field : recipe.privacy.countFields)
        addOnce(wanted, field);
    for (const auto& indicator : recipe.indicators) {
        addOnce(wanted, "n_" + indicator.field);
        addOnce(wanted, "c_" + indicator.field);
    }
    for (const auto& domain : recipe.domains)
        addOnce(wanted, "d_" + domain.name);
    for (const char* name : {"index", "rank", "rank_median", "rank_p05", "rank_p95", "class", "drivers"})
        addOnce(wanted, name);
    std::vector<std::string> present;
    for (const auto& name : wanted)
        if ((areas.column(name) || areas.textColumn(name)) && name != areas.idField &&
            name != areas.nameField)
            present.push_back(name);
    return present;
}

ProtectedExportSummary writeProtectedAreas(const AreaSet& areas, const Recipe& recipe,
                                           const std::string& path, const ProtectedExportOptions& options,
                                           Feedback& feedback)
{
    const std::string extension = lowerExtension(path);
    if (extension != ".gpkg" && extension != ".csv" && extension != ".xlsx")
        throw InputError(path + ": unknown output type '" + extension +
                         "'; use .gpkg (map layer with style), .csv or .xlsx (tables)");
    const SuppressionMask mask = findSuppressions(areas, recipe.privacy, disclosureColumns(recipe));
    const ClassificationResult classes = publishedClasses(areas, recipe, mask);

    AreaSet working = areas;
    rerankPublished(working, mask, classes);
    const SuppressedCellForm form =
        extension == ".csv" ? SuppressedCellForm::TextInCell : SuppressedCellForm::NullWithStatus;
    const WithheldAreas published = withheldCopy(working, mask, exportColumns(areas, recipe), form);

    AreaWriteOptions write;
    write.layerName = options.layerName;
    write.inputs = options.inputs;
    write.columnOrder = published.columns;
    write.title = options.title;
    write.description = options.description;
    ProtectedExportSummary summary;
    if (extension == ".csv") {
        writeAreas(published.areas, path, write, feedback);
    } else if (extension == ".xlsx") {
        writeXlsx(published.areas, published.columns, path, options, feedback);
    } else {
        // The layer and its style land in a temporary GeoPackage that replaces the target at once.
        AtomicFile file(path, options.inputs);
        write.inputs.clear();
        writeAreas(published.areas, file.temporaryPath().string(), write, feedback);
        writeLayerStyle(file.temporaryPath().string(),
                        {options.layerName, "geom", options.layerName,
                         graduatedFillQml(indexStyle(classes, mask, options)),
                         "Buurt in Beeld: index of recipe '" + recipe.name + "' (sha256 " +
                             recipe.sha256.substr(0, 12) + "), classes " + recipe.classification.method});
        file.commit();
        summary.styled = true;
    }
    summary.columns = published.columns;
    summary.withheld = mask.tally();
    summary.withheldCells = mask.cells().size();
    for (std::size_t row = 0; row < areas.size(); ++row)
        summary.areasWithIndexWithheld += mask.isSuppressed("index", row) ? 1 : 0;
    summary.breaks = classes.breaks;
    return summary;
}

} // namespace bib::core
