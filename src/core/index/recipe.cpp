// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/recipe.h"

#include "index/recipereader.h"
#include "util/error.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace bib::core {

using namespace recipeparsing;

namespace {

namespace fs = std::filesystem;

bool parseDouble(const std::string& text, double& value)
{
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(value);
}

AreaSpec readAreas(const Reader& r, const Json& top, const std::string& baseFolder)
{
    const auto it = top.find("areas");
    if (it == top.end())
        r.fail("areas", "is required: the area layer and its id field");
    const Json& a = *it;
    r.allowOnly(a, "areas", {"path", "layer", "id", "name", "filter", "assume_crs"});
    AreaSpec spec;
    spec.path = resolve(r.text(a, "areas", "path", true), baseFolder);
    spec.layer = r.text(a, "areas", "layer", false);
    spec.id = r.text(a, "areas", "id", true);
    spec.name = r.text(a, "areas", "name", false);
    spec.filter = r.text(a, "areas", "filter", false);
    spec.assumeCrs = r.text(a, "areas", "assume_crs", false);
    return spec;
}

std::vector<TableSpec> readTables(const Reader& r, const Json& top, const std::string& baseFolder)
{
    std::vector<TableSpec> tables;
    const Json* list = r.array(top, "", "tables", false);
    if (!list)
        return tables;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "tables[" + std::to_string(i) + "]";
        const Json& t = (*list)[i];
        r.allowOnly(t, path, {"path", "id", "sheet"});
        tables.push_back({resolve(r.text(t, path, "path", true), baseFolder), r.text(t, path, "id", true),
                          r.text(t, path, "sheet", false)});
    }
    return tables;
}

IndicatorSpec readIndicator(const Reader& r, const Json& j, const std::string& path)
{
    r.allowOnly(j, path,
                {"field", "label", "unit", "direction", "transform", "normalisation", "outliers", "weight",
                 "domain"});
    IndicatorSpec spec;
    spec.field = r.text(j, path, "field", true);
    spec.label = r.text(j, path, "label", false, spec.field);
    spec.unit = r.text(j, path, "unit", false);
    const std::string direction = r.text(j, path, "direction", false, "positive");
    if (direction == "positive")
        spec.direction = Direction::Positive;
    else if (direction == "negative")
        spec.direction = Direction::Negative;
    else
        r.fail(path + ".direction",
               "must be \"positive\" (higher = more attention) or \"negative\", not \"" + direction + "\"");
    const std::string transform = r.text(j, path, "transform", false, "none");
    const auto t = parseTransform(transform);
    if (!t)
        r.fail(path + ".transform",
               "must be \"none\", \"log\" or \"per1000:<denominator field>\", not \"" + transform + "\"");
    spec.transform = *t;
    const std::string normalisation = r.text(j, path, "normalisation", false, "zscore");
    const auto n = parseNormalisation(normalisation);
    if (!n)
        r.fail(path + ".normalisation",
               "must be zscore, minmax, rank, percentile, goalposts:<lo>:<hi> (lo ≠ hi) or "
               "threshold:<t>, not \"" +
                   normalisation + "\"");
    spec.normalisation = *n;
    const std::string outliers = r.text(j, path, "outliers", false, "none");
    if (outliers == "none")
        spec.outliers = OutlierTreatment::None;
    else if (outliers == "winsorise")
        spec.outliers = OutlierTreatment::Winsorise;
    else
        r.fail(path + ".outliers", "must be \"none\" or \"winsorise\", not \"" + outliers + "\"");
    spec.weight = r.number(j, path, "weight", 1.0);
    if (spec.weight < 0)
        r.fail(path + ".weight", "must be ≥ 0");
    spec.domain = r.text(j, path, "domain", false);
    return spec;
}

ClassificationSpec readClassification(const Reader& r, const Json& top)
{
    ClassificationSpec spec;
    const auto it = top.find("classification");
    if (it == top.end())
        return spec;
    r.allowOnly(*it, "classification", {"method", "classes", "breaks"});
    spec.method = r.text(*it, "classification", "method", false, "quantile");
    static const std::set<std::string> methods{"quantile", "equal-interval", "jenks",
                                               "stddev",   "headtail",       "manual"};
    if (!methods.count(spec.method))
        r.fail("classification.method",
               "must be quantile, equal-interval, jenks, stddev, headtail or manual, not \"" + spec.method +
                   "\"");
    const double classes = r.number(*it, "classification", "classes", 5);
    if (classes != std::floor(classes) || classes < 2 || classes > 12)
        r.fail("classification.classes", "must be a whole number from 2 to 12");
    spec.classes = static_cast<int>(classes);
    if (const Json* breaks = r.array(*it, "classification", "breaks", false)) {
        for (std::size_t i = 0; i < breaks->size(); ++i) {
            if (!(*breaks)[i].is_number())
                r.fail("classification.breaks[" + std::to_string(i) + "]", "must be a number");
            spec.breaks.push_back((*breaks)[i].get<double>());
            if (i > 0 && !(spec.breaks[i] > spec.breaks[i - 1]))
                r.fail("classification.breaks[" + std::to_string(i) + "]", "breaks must increase");
        }
    }
    if (spec.method == "manual" && spec.breaks.empty())
        r.fail("classification.breaks", "is required for the manual method");
    if (spec.method != "manual" && !spec.breaks.empty())
        r.fail("classification.breaks",
               "only the manual method takes breaks; remove them or use \"method\": \"manual\"");
    return spec;
}

PrivacySpec readPrivacy(const Reader& r, const Json& top)
{
    PrivacySpec spec;
    const auto it = top.find("privacy");
    if (it == top.end())
        return spec;
    r.allowOnly(*it, "privacy", {"minimum_count", "minimum_population", "count_fields"});
    const double k = r.number(*it, "privacy", "minimum_count", 5);
    if (k < 1 || k != std::floor(k))
        r.fail("privacy.minimum_count", "must be a whole number ≥ 1");
    spec.minimumCount = static_cast<int>(k);
    spec.minimumPopulation = r.number(*it, "privacy", "minimum_population", 50);
    if (spec.minimumPopulation < 0)
        r.fail("privacy.minimum_population", "must be ≥ 0");
    if (const Json* fields = r.array(*it, "privacy", "count_fields", false)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < fields->size(); ++i) {
            const std::string key = "privacy.count_fields[" + std::to_string(i) + "]";
            const Json& field = (*fields)[i];
            if (!field.is_string() || field.get<std::string>().empty())
                r.fail(key, "must be a field name in quotes");
            if (!seen.insert(field.get<std::string>()).second)
                r.fail(key, "\"" + field.get<std::string>() + "\" is listed twice");
            spec.countFields.push_back(field.get<std::string>());
        }
    }
    return spec;
}

std::optional<RobustnessSpec> readRobustness(const Reader& r, const Json& top)
{
    const auto it = top.find("robustness");
    if (it == top.end())
        return std::nullopt;
    const std::string path = "robustness";
    r.allowOnly(*it, path, {"draws", "perturb_weights", "concentration", "normalisations", "aggregations"});
    RobustnessSpec spec;
    const double draws = r.number(*it, path, "draws", 1000);
    if (draws != std::floor(draws) || draws < 1 || draws > 100000)
        r.fail(path + ".draws", "must be a whole number from 1 to 100000");
    spec.draws = static_cast<std::size_t>(draws);
    if (const auto p = it->find("perturb_weights"); p != it->end()) {
        if (!p->is_boolean())
            r.fail(path + ".perturb_weights", "must be true or false");
        spec.perturbWeights = p->get<bool>();
    }
    spec.concentration = r.number(*it, path, "concentration", 50.0);
    if (!(spec.concentration > 0))
        r.fail(path + ".concentration", "must be > 0 (larger = weights closer to the recipe's)");
    if (const Json* list = r.array(*it, path, "normalisations", false)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string key = path + ".normalisations[" + std::to_string(i) + "]";
            const Json& item = (*list)[i];
            const std::string text = item.is_string() ? item.get<std::string>() : std::string();
            if (text != "zscore" && text != "minmax" && text != "rank" && text != "percentile")
                r.fail(
                    key,
                    "must be zscore, minmax, rank or percentile (the methods without parameters, applied to "
                    "every indicator)");
            if (!seen.insert(text).second)
                r.fail(key, "\"" + text + "\" is listed twice");
            spec.normalisations.push_back(*parseNormalisation(text));
        }
    }
    if (const Json* list = r.array(*it, path, "aggregations", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string key = path + ".aggregations[" + std::to_string(i) + "]";
            const Json& item = (*list)[i];
            const std::string text = item.is_string() ? item.get<std::string>() : std::string();
            if (text != "arithmetic" && text != "geometric")
                r.fail(key, "must be \"arithmetic\" or \"geometric\"");
            const Aggregation a = text == "geometric" ? Aggregation::Geometric : Aggregation::Arithmetic;
            for (Aggregation earlier : spec.aggregations)
                if (earlier == a)
                    r.fail(key, "\"" + text + "\" is listed twice");
            spec.aggregations.push_back(a);
        }
    }
    return spec;
}

void readEnums(const Reader& r, const Json& top, Recipe& recipe)
{
    const std::string aggregation = r.text(top, "", "aggregation", false, "arithmetic");
    if (aggregation == "arithmetic")
        recipe.aggregation = Aggregation::Arithmetic;
    else if (aggregation == "geometric")
        recipe.aggregation = Aggregation::Geometric;
    else
        r.fail("aggregation", "must be \"arithmetic\" or \"geometric\", not \"" + aggregation + "\"");
    const std::string missing = r.text(top, "", "missing", false, "exclude");
    if (missing == "exclude")
        recipe.missing = MissingRule::Exclude;
    else if (missing == "mean")
        recipe.missing = MissingRule::Mean;
    else if (missing == "median")
        recipe.missing = MissingRule::Median;
    else if (missing == "reweight")
        recipe.missing = MissingRule::Reweight;
    else
        r.fail("missing", "must be exclude, mean, median or reweight, not \"" + missing + "\"");
}

void readIndicatorsAndDomains(const Reader& r, const Json& top, Recipe& recipe)
{
    const Json* indicators = r.array(top, "", "indicators", true);
    if (indicators->empty())
        r.fail("indicators", "needs at least one indicator");
    std::set<std::string> fields;
    for (std::size_t i = 0; i < indicators->size(); ++i) {
        const std::string path = "indicators[" + std::to_string(i) + "]";
        recipe.indicators.push_back(readIndicator(r, (*indicators)[i], path));
        if (!fields.insert(recipe.indicators.back().field).second)
            r.fail(path + ".field", "\"" + recipe.indicators.back().field + "\" is already an indicator");
    }
    if (const Json* domains = r.array(top, "", "domains", false)) {
        std::set<std::string> names;
        for (std::size_t i = 0; i < domains->size(); ++i) {
            const std::string path = "domains[" + std::to_string(i) + "]";
            r.allowOnly((*domains)[i], path, {"name", "weight"});
            DomainSpec d{r.text((*domains)[i], path, "name", true),
                         r.number((*domains)[i], path, "weight", 1.0)};
            if (d.weight < 0)
                r.fail(path + ".weight", "must be ≥ 0");
            if (!names.insert(d.name).second)
                r.fail(path + ".name", "\"" + d.name + "\" is declared twice");
            recipe.domains.push_back(d);
        }
    }
    for (std::size_t i = 0; i < recipe.indicators.size(); ++i) {
        const auto& ind = recipe.indicators[i];
        const std::string path = "indicators[" + std::to_string(i) + "].domain";
        if (recipe.domains.empty() && !ind.domain.empty())
            r.fail(path, "\"" + ind.domain + "\" is not declared under \"domains\"");
        if (!recipe.domains.empty()) {
            if (ind.domain.empty())
                r.fail(path, "is required when the recipe has domains");
            bool found = false;
            for (const auto& d : recipe.domains)
                found = found || d.name == ind.domain;
            if (!found)
                r.fail(path, "\"" + ind.domain + "\" is not declared under \"domains\"");
        }
    }
}

} // namespace

Recipe parseRecipe(const std::string& text, const std::string& origin, const std::string& baseFolder)
{
    const Reader r(origin);
    Json top;
    try {
        top = Json::parse(text);
    } catch (const Json::parse_error& e) {
        throw InputError(origin + ": not valid JSON (" + std::string(e.what()) + ")");
    }
    r.allowOnly(top, "",
                {"bib_recipe", "name", "seed", "areas", "tables", "events", "indicators", "domains",
                 "aggregation", "missing", "classification", "privacy", "robustness", "reference"});
    Recipe recipe;
    const auto version = top.find("bib_recipe");
    if (version == top.end() || !version->is_number_integer())
        r.fail("bib_recipe", "is required: the format version, 1 (is this a Buurt in Beeld recipe?)");
    if (version->get<int>() != 1)
        r.fail("bib_recipe",
               "version " + std::to_string(version->get<int>()) +
                   " is not supported by this program (it reads version 1); update Buurt in Beeld");
    recipe.name = r.text(top, "", "name", false);
    const double seed = r.number(top, "", "seed", 12345);
    if (seed < 0 || seed != std::floor(seed) || seed > 9.0e15)
        r.fail("seed", "must be a whole number ≥ 0");
    recipe.seed = static_cast<std::uint64_t>(seed);
    recipe.areas = readAreas(r, top, baseFolder);
    recipe.tables = readTables(r, top, baseFolder);
    recipe.events = readEventSources(r, top, baseFolder);
    readIndicatorsAndDomains(r, top, recipe);
    readEnums(r, top, recipe);
    recipe.classification = readClassification(r, top);
    recipe.privacy = readPrivacy(r, top);
    addEventCountFields(recipe);
    recipe.robustness = readRobustness(r, top);
    recipe.reference = readReference(r, top, baseFolder);
    recipe.sha256 = sha256Hex(text);
    return recipe;
}

Recipe readRecipe(const std::string& path)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw InputError(path + ": recipe file not found");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof())
        throw InputError(path + ": cannot read the recipe");
    const std::string folder = fs::absolute(fs::path(path)).parent_path().string();
    Recipe recipe = parseRecipe(buffer.str(), path, folder);
    recipe.sourcePath = path;
    return recipe;
}

std::optional<Normalisation> parseNormalisation(const std::string& text)
{
    Normalisation n;
    if (text == "zscore")
        n.kind = NormalisationKind::ZScore;
    else if (text == "minmax")
        n.kind = NormalisationKind::MinMax;
    else if (text == "rank")
        n.kind = NormalisationKind::Rank;
    else if (text == "percentile")
        n.kind = NormalisationKind::Percentile;
    else if (text.rfind("threshold:", 0) == 0) {
        n.kind = NormalisationKind::Threshold;
        if (!parseDouble(text.substr(10), n.low))
            return std::nullopt;
    } else if (text.rfind("goalposts:", 0) == 0) {
        n.kind = NormalisationKind::Goalposts;
        const std::string rest = text.substr(10);
        // The low goalpost may be negative, so split at the first ':' after its first character.
        const auto colon = rest.find(':', 1);
        if (colon == std::string::npos || !parseDouble(rest.substr(0, colon), n.low) ||
            !parseDouble(rest.substr(colon + 1), n.high) || n.low == n.high)
            return std::nullopt;
    } else
        return std::nullopt;
    return n;
}

std::optional<Transform> parseTransform(const std::string& text)
{
    if (text == "none")
        return Transform{TransformKind::None, {}};
    if (text == "log")
        return Transform{TransformKind::Log, {}};
    if (text.rfind("per1000:", 0) == 0 && text.size() > 8)
        return Transform{TransformKind::Per1000, text.substr(8)};
    return std::nullopt;
}

std::string toString(const Normalisation& n)
{
    auto number = [](double v) {
        std::ostringstream s;
        s.precision(17);
        s << v;
        return s.str();
    };
    switch (n.kind) {
    case NormalisationKind::ZScore:
        return "zscore";
    case NormalisationKind::MinMax:
        return "minmax";
    case NormalisationKind::Rank:
        return "rank";
    case NormalisationKind::Percentile:
        return "percentile";
    case NormalisationKind::Goalposts:
        return "goalposts:" + number(n.low) + ":" + number(n.high);
    case NormalisationKind::Threshold:
        return "threshold:" + number(n.low);
    }
    return "zscore";
}

std::string toString(const Transform& t)
{
    switch (t.kind) {
    case TransformKind::None:
        return "none";
    case TransformKind::Log:
        return "log";
    case TransformKind::Per1000:
        return "per1000:" + t.denominator;
    }
    return "none";
}

std::string toString(Aggregation a)
{
    return a == Aggregation::Geometric ? "geometric" : "arithmetic";
}

std::string toString(MissingRule rule)
{
    switch (rule) {
    case MissingRule::Exclude:
        return "exclude";
    case MissingRule::Mean:
        return "mean";
    case MissingRule::Median:
        return "median";
    case MissingRule::Reweight:
        return "reweight";
    }
    return "exclude";
}

std::string toString(EventMeasure measure)
{
    switch (measure) {
    case EventMeasure::Count:
        return "count";
    case EventMeasure::Signal:
        return "signal";
    case EventMeasure::Alarm:
        return "alarm";
    case EventMeasure::Forecast:
        return "forecast";
    }
    return "count";
}

std::string recipeToJson(const Recipe& recipe)
{
    Json top = Json::object();
    top["bib_recipe"] = recipe.version;
    top["name"] = recipe.name;
    top["seed"] = recipe.seed;
    Json areas = {{"path", recipe.areas.path}, {"id", recipe.areas.id}};
    if (!recipe.areas.layer.empty())
        areas["layer"] = recipe.areas.layer;
    if (!recipe.areas.name.empty())
        areas["name"] = recipe.areas.name;
    if (!recipe.areas.filter.empty())
        areas["filter"] = recipe.areas.filter;
    if (!recipe.areas.assumeCrs.empty())
        areas["assume_crs"] = recipe.areas.assumeCrs;
    top["areas"] = areas;
    top["tables"] = Json::array();
    for (const auto& t : recipe.tables) {
        Json table = {{"path", t.path}, {"id", t.id}};
        if (!t.sheet.empty())
            table["sheet"] = t.sheet;
        top["tables"].push_back(table);
    }
    if (!recipe.events.empty()) {
        top["events"] = Json::array();
        for (const auto& e : recipe.events)
            top["events"].push_back(eventSourceToJson(e));
    }
    top["indicators"] = Json::array();
    for (const auto& i : recipe.indicators) {
        Json ind = {{"field", i.field},
                    {"label", i.label},
                    {"direction", i.direction == Direction::Positive ? "positive" : "negative"},
                    {"transform", toString(i.transform)},
                    {"normalisation", toString(i.normalisation)},
                    {"weight", i.weight}};
        if (!i.unit.empty())
            ind["unit"] = i.unit;
        if (i.outliers == OutlierTreatment::Winsorise)
            ind["outliers"] = "winsorise";
        if (!i.domain.empty())
            ind["domain"] = i.domain;
        top["indicators"].push_back(ind);
    }
    if (!recipe.domains.empty()) {
        top["domains"] = Json::array();
        for (const auto& d : recipe.domains)
            top["domains"].push_back({{"name", d.name}, {"weight", d.weight}});
    }
    top["aggregation"] = toString(recipe.aggregation);
    top["missing"] = toString(recipe.missing);
    top["classification"] = {{"method", recipe.classification.method},
                             {"classes", recipe.classification.classes}};
    if (!recipe.classification.breaks.empty())
        top["classification"]["breaks"] = recipe.classification.breaks;
    top["privacy"] = {{"minimum_count", recipe.privacy.minimumCount},
                      {"minimum_population", recipe.privacy.minimumPopulation}};
    if (!recipe.privacy.countFields.empty())
        top["privacy"]["count_fields"] = recipe.privacy.countFields;
    if (recipe.robustness) {
        const RobustnessSpec& rb = *recipe.robustness;
        Json robustness = {
            {"draws", rb.draws}, {"perturb_weights", rb.perturbWeights}, {"concentration", rb.concentration}};
        if (!rb.normalisations.empty()) {
            robustness["normalisations"] = Json::array();
            for (const auto& n : rb.normalisations)
                robustness["normalisations"].push_back(toString(n));
        }
        if (!rb.aggregations.empty()) {
            robustness["aggregations"] = Json::array();
            for (Aggregation a : rb.aggregations)
                robustness["aggregations"].push_back(toString(a));
        }
        top["robustness"] = robustness;
    }
    if (recipe.reference)
        top["reference"] = referenceToJson(*recipe.reference);
    return top.dump(2) + "\n";
}

} // namespace bib::core
