// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithms/resultstyles.h"

#include "index/classification.h"
#include "io/stylewriter.h"
#include "util/error.h"

namespace bib::core {

namespace {

constexpr char kHigh[] = "#d7191c";
constexpr char kLow[] = "#2c7bb6";
constexpr char kNotSignificant[] = "#eeeeee";

} // namespace

const std::vector<CategoryStyle>& lisaClusterStyles()
{
    static const std::vector<CategoryStyle> styles = {
        {"HH", kHigh, "Hoog-hoog (HH)", "High-high (HH)"},
        {"LL", kLow, "Laag-laag (LL)", "Low-low (LL)"},
        {"HL", "#f4a582", "Hoog-laag (HL)", "High-low (HL)"},
        {"LH", "#abd9e9", "Laag-hoog (LH)", "Low-high (LH)"},
        {"ns", kNotSignificant, "niet significant", "not significant"}};
    return styles;
}

const std::vector<CategoryStyle>& hotSpotStyles()
{
    static const std::vector<CategoryStyle> styles = {
        {"hot", kHigh, "Hotspot", "Hot spot"},
        {"cold", kLow, "Coldspot", "Cold spot"},
        {"ns", kNotSignificant, "niet significant", "not significant"}};
    return styles;
}

std::string indexStyleQml(const AreaSet& areas, const Recipe& recipe)
{
    const Column* index = areas.column("index");
    if (!index)
        throw InternalError("indexStyleQml: the areas have no index column; run the composite index first");
    const bool manual = recipe.classification.method == "manual";
    const auto method = createClassificationMethod(
        recipe.classification.method, manual ? recipe.classification.breaks : std::vector<double>{});
    method->setLabelDecimals(2);
    const ClassificationResult classes = method->classes(index->values, recipe.classification.classes);
    GraduatedFillStyle style;
    style.field = "index";
    style.breaks = classes.breaks;
    style.labels = classes.labelsDutch;
    style.colours = rampColours("YlOrRd", classes.classCount());
    style.noDataColour = noDataColour();
    return graduatedFillQml(style);
}

} // namespace bib::core
