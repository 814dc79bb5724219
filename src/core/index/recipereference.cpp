// SPDX-License-Identifier: GPL-3.0-or-later
// The "reference" section of a recipe: the table of a larger whole the areas are compared with.
#include "index/recipereader.h"

namespace bib::core::recipeparsing {

std::optional<ReferenceSpec> readReference(const Reader& r, const Json& top, const std::string& baseFolder)
{
    const auto it = top.find("reference");
    if (it == top.end())
        return std::nullopt;
    const std::string path = "reference";
    r.allowOnly(*it, path, {"label", "path", "id", "sheet"});
    ReferenceSpec spec;
    spec.label = r.text(*it, path, "label", false, spec.label);
    if (spec.label.empty())
        r.fail(path + ".label", "must not be empty: it heads the reference's column, e.g. \"Nederland\"");
    spec.path = resolve(r.text(*it, path, "path", true), baseFolder);
    if (spec.path.empty())
        r.fail(path + ".path", "must name a table file, e.g. \"kwb-2024-buurten.csv\"");
    spec.id = r.text(*it, path, "id", true);
    if (spec.id.empty())
        r.fail(path + ".id", "must name the column with the area codes, e.g. \"bu_code\"");
    spec.sheet = r.text(*it, path, "sheet", false);
    return spec;
}

Json referenceToJson(const ReferenceSpec& reference)
{
    Json json = {{"label", reference.label}, {"path", reference.path}, {"id", reference.id}};
    if (!reference.sheet.empty())
        json["sheet"] = reference.sheet;
    return json;
}

} // namespace bib::core::recipeparsing
