// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "io/areawriter.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <cpl_conv.h>

namespace bib::core {

namespace {

constexpr int reportYear = 2025; // overlastmeldingen counts the reports of this year

const char* const syntheticNote =
    "SYNTHETIC demo data made by Buurt in Beeld (bib demo); not a real municipality";

AreaSet buurtAreas(const demo::DemoTown& town)
{
    AreaSet areas;
    areas.idField = "bu_code";
    areas.nameField = "bu_naam";
    TextColumn wkCode{"wk_code", {}, {}}, wkNaam{"wk_naam", {}, {}};
    TextColumn gmCode{"gm_code", {}, {}}, gmNaam{"gm_naam", {}, {}};
    for (const auto& b : town.buurten) {
        areas.addArea(b.code, b.name, b.shape);
        wkCode.values.push_back(town.wijken[b.wijk].code);
        wkNaam.values.push_back(town.wijken[b.wijk].name);
        gmCode.values.push_back(demo::demoGemeenteCode);
        gmNaam.values.push_back(demo::demoGemeenteName);
    }
    for (auto* column : {&wkCode, &wkNaam, &gmCode, &gmNaam})
        areas.setTextColumn(std::move(*column));
    return areas;
}

AreaSet wijkAreas(const demo::DemoTown& town)
{
    AreaSet areas;
    areas.idField = "wk_code";
    areas.nameField = "wk_naam";
    TextColumn gmCode{"gm_code", {}, {}};
    for (const auto& w : town.wijken) {
        areas.addArea(w.code, w.name, w.shape);
        gmCode.values.push_back(demo::demoGemeenteCode);
    }
    areas.setTextColumn(std::move(gmCode));
    return areas;
}

AreaWriteOptions layerOptions(const std::string& name, const std::string& what)
{
    AreaWriteOptions options;
    options.layerName = name;
    options.title = std::string("Voorbeeldstad ") + name + " (SYNTHETIC)";
    options.description = std::string(syntheticNote) + ". " + what;
    return options;
}

/// Sets a GDAL configuration option for this thread while it lives.
class ScopedGdalOption
{
public:
    ScopedGdalOption(const char* key, const char* value)
        : mKey(key),
          mPrevious(CPLGetThreadLocalConfigOption(key, nullptr) ? CPLGetThreadLocalConfigOption(key, nullptr)
                                                                : "")
    {
        CPLSetThreadLocalConfigOption(mKey, value);
    }
    ~ScopedGdalOption()
    {
        CPLSetThreadLocalConfigOption(mKey, mPrevious.empty() ? nullptr : mPrevious.c_str());
    }
    ScopedGdalOption(const ScopedGdalOption&) = delete;
    ScopedGdalOption& operator=(const ScopedGdalOption&) = delete;

private:
    const char* mKey;
    std::string mPrevious;
};

void writeGeoPackage(const demo::DemoTown& town, const std::filesystem::path& path, Feedback& feedback)
{
    // A fixed gpkg_contents.last_change keeps the file bytes the same on every run (GDAL GPKG driver
    // option OGR_CURRENT_DATE), so regenerating does not show a changed GeoPackage in git.
    const ScopedGdalOption fixedDate("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z");
    const AreaSet buurten = buurtAreas(town);
    const AreaSet wijken = wijkAreas(town);
    writeAreaLayers(
        {AreaLayer{&buurten,
                   layerOptions("buurten",
                                "Neighbourhoods (buurten) of the invented town Voorbeeldstad (GM9999).")},
         AreaLayer{&wijken, layerOptions("wijken", "Districts (wijken) of the invented town Voorbeeldstad "
                                                   "(GM9999), each the union of its buurten.")}},
        path.string(), feedback);
}

} // namespace

DemoData generateDemoData(const DemoOptions& options, Feedback& feedback)
{
    DemoData data;
    data.options = options;
    data.town = demo::buildDemoTown(options.seed, options.buurten, options.wijken, feedback);
    data.indicators = demo::generateIndicators(data.town, options.seed);
    feedback.throwIfCancelled();
    data.meldingen = demo::generateMeldingen(data.town, data.indicators, options.seed);
    demo::countReports(data.meldingen, reportYear, data.indicators);
    feedback.setProgress(60.0);
    data.messages = demo::generateMessages(data.town, data.indicators, options.seed);
    data.indicatorCsv = demo::indicatorCsv(data.town, data.indicators);
    data.meldingenCsv = demo::meldingenCsv(data.meldingen);
    data.messagesCsv = demo::messagesCsv(data.town, data.messages);
    data.readme = demoReadme(data);
    data.recipe = demoRecipe();
    feedback.setProgress(70.0);
    return data;
}

DemoWriteResult writeDemoData(const std::filesystem::path& folder, const DemoOptions& options,
                              Feedback& feedback)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder))
        throw InputError(folder.string() + ": cannot create this folder (" + ec.message() + ")");
    DemoWriteResult result{generateDemoData(options, feedback), {}};
    feedback.throwIfCancelled();
    const DemoData& data = result.data;
    result.files.push_back(folder / demoGeoPackageName);
    writeGeoPackage(data.town, result.files.back(), feedback);
    const std::pair<const char*, const std::string*> texts[] = {{demoIndicatorName, &data.indicatorCsv},
                                                                {demoMeldingenName, &data.meldingenCsv},
                                                                {demoMessagesName, &data.messagesCsv},
                                                                {demoReadmeName, &data.readme},
                                                                {demoRecipeName, &data.recipe}};
    for (const auto& [name, text] : texts) {
        feedback.throwIfCancelled();
        result.files.push_back(folder / name);
        writeTextFileAtomically(result.files.back(), *text);
    }
    feedback.setProgress(100.0);
    return result;
}

} // namespace bib::core
