// SPDX-License-Identifier: GPL-3.0-or-later
// The "events" section of a recipe: reading, validating and writing it back.
#include "index/recipereader.h"

#include "io/events.h"

#include <algorithm>
#include <set>

namespace bib::core::recipeparsing {

namespace {

std::optional<Period> parsePeriod(const std::string& text)
{
    for (Period p : {Period::Day, Period::Week, Period::Month, Period::Quarter, Period::Year})
        if (toString(p) == text)
            return p;
    return std::nullopt;
}

std::optional<EventMeasure> parseMeasure(const std::string& text)
{
    for (EventMeasure m :
         {EventMeasure::Count, EventMeasure::Signal, EventMeasure::Alarm, EventMeasure::Forecast})
        if (toString(m) == text)
            return m;
    return std::nullopt;
}

void readEventColumnMethod(const Reader& r, const Json& j, const std::string& path, EventColumnSpec& spec)
{
    const bool peak = spec.measure == EventMeasure::Signal || spec.measure == EventMeasure::Alarm;
    if (peak) {
        const std::string method = r.text(j, path, "method", false, "ears-c2");
        bool known = false;
        for (PeakMethod m :
             {PeakMethod::EarsC1, PeakMethod::EarsC2, PeakMethod::EarsC3, PeakMethod::PoissonCusum})
            if (toString(m) == method) {
                spec.peakMethod = m;
                known = true;
            }
        if (!known)
            r.fail(path + ".method", "must be ears-c1, ears-c2, ears-c3 or cusum, not \"" + method + "\"");
        spec.peakOptions.baseline = wholeNumber(r, j, path, "baseline", 7, 3, 1000);
        spec.peakOptions.minimumSigma = r.number(j, path, "min_sigma", 1.0);
        if (spec.peakOptions.minimumSigma < 0)
            r.fail(path + ".min_sigma", "must be ≥ 0");
        spec.peakOptions.minimumCount = r.number(j, path, "min_count", 5.0);
        if (spec.peakOptions.minimumCount < 0)
            r.fail(path + ".min_count", "must be ≥ 0");
        return;
    }
    if (spec.measure == EventMeasure::Forecast) {
        const std::string method = r.text(j, path, "method", false, "ets");
        if (method == "ets")
            spec.forecastMethod = ForecastMethod::HoltWinters;
        else if (method == "poisson")
            spec.forecastMethod = ForecastMethod::PoissonRegression;
        else
            r.fail(path + ".method", "must be \"ets\" (Holt–Winters) or \"poisson\", not \"" + method + "\"");
    }
}

EventColumnSpec readEventColumn(const Reader& r, const Json& j, const std::string& path)
{
    r.allowOnly(j, path, {"name", "measure", "periods", "method", "baseline", "min_sigma", "min_count"});
    EventColumnSpec spec;
    spec.name = r.text(j, path, "name", true);
    if (spec.name.empty())
        r.fail(path + ".name", "must not be empty");
    const std::string measure = r.text(j, path, "measure", true);
    const auto m = parseMeasure(measure);
    if (!m)
        r.fail(path + ".measure", "must be count, signal, alarm or forecast, not \"" + measure + "\"");
    spec.measure = *m;
    const bool peak = spec.measure == EventMeasure::Signal || spec.measure == EventMeasure::Alarm;
    for (const char* key : {"baseline", "min_sigma", "min_count"})
        if (!peak && j.contains(key))
            r.fail(Reader::join(path, key), "only the measures signal and alarm take it");
    if (spec.measure == EventMeasure::Count && j.contains("method"))
        r.fail(path + ".method", "the measure count takes no method");
    if (peak && j.contains("periods"))
        r.fail(path + ".periods", "the measures signal and alarm judge the reference period only; "
                                  "use \"baseline\" for the history they compare it with");
    if (spec.measure == EventMeasure::Forecast && !j.contains("periods"))
        r.fail(path + ".periods",
               "is required for a forecast: the number of periods ahead (13 weeks ≈ a quarter)");
    if (j.contains("periods"))
        spec.periods = wholeNumber(r, j, path, "periods", 1, 1, 10000);
    readEventColumnMethod(r, j, path, spec);
    return spec;
}

void readEventLocation(const Reader& r, const Json& j, const std::string& path, EventSourceSpec& spec)
{
    spec.x = r.text(j, path, "x", false);
    spec.y = r.text(j, path, "y", false);
    spec.lon = r.text(j, path, "lon", false);
    spec.lat = r.text(j, path, "lat", false);
    spec.wkt = r.text(j, path, "wkt", false);
    spec.code = r.text(j, path, "code", false);
    spec.crs = r.text(j, path, "crs", false);
    if (spec.x.empty() != spec.y.empty())
        r.fail(path + (spec.x.empty() ? ".x" : ".y"), "x and y go together");
    if (spec.lon.empty() != spec.lat.empty())
        r.fail(path + (spec.lon.empty() ? ".lon" : ".lat"), "lon and lat go together");
    const int ways =
        int(!spec.x.empty()) + int(!spec.lon.empty()) + int(!spec.wkt.empty()) + int(!spec.code.empty());
    if (ways > 1)
        r.fail(path,
               "name one way to locate an event: x+y, lon+lat, wkt or code (or none for a point layer)");
    if ((!spec.x.empty() || !spec.wkt.empty()) && spec.crs.empty())
        r.fail(path + ".crs", "is required with x/y or wkt, e.g. \"EPSG:28992\"");
}

EventSourceSpec readEventSource(const Reader& r, const Json& j, const std::string& path,
                                const std::string& baseFolder)
{
    r.allowOnly(j, path,
                {"path", "layer", "x", "y", "lon", "lat", "wkt", "code", "crs", "time", "category",
                 "categories", "period", "end", "columns"});
    EventSourceSpec spec;
    spec.path = resolve(r.text(j, path, "path", true), baseFolder);
    spec.layer = r.text(j, path, "layer", false);
    readEventLocation(r, j, path, spec);
    spec.time = r.text(j, path, "time", true);
    spec.category = r.text(j, path, "category", false);
    if (const Json* list = r.array(j, path, "categories", false)) {
        if (spec.category.empty())
            r.fail(path + ".categories", "needs \"category\": the field that holds the categories");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string key = path + ".categories[" + std::to_string(i) + "]";
            if (!(*list)[i].is_string())
                r.fail(key, "must be text in quotes");
            spec.categories.push_back((*list)[i].get<std::string>());
            if (std::count(spec.categories.begin(), spec.categories.end(), spec.categories.back()) > 1)
                r.fail(key, "\"" + spec.categories.back() + "\" is listed twice");
        }
    }
    if (!spec.category.empty() && spec.categories.empty())
        r.fail(path + ".categories",
               "is required with \"category\": the values to count, e.g. [\"jeugdoverlast\"]");
    const std::string period = r.text(j, path, "period", false, "week");
    const auto p = parsePeriod(period);
    if (!p)
        r.fail(path + ".period", "must be day, week, month, quarter or year, not \"" + period + "\"");
    spec.period = *p;
    spec.end = r.text(j, path, "end", false);
    std::int64_t ignored = 0;
    const bool isoShape = spec.end.size() == 10 && spec.end[4] == '-' && spec.end[7] == '-';
    if (!spec.end.empty() && (!isoShape || !parseTimestamp(spec.end, ignored)))
        r.fail(path + ".end",
               "must be an ISO date (jjjj-mm-dd) inside the reference period, not \"" + spec.end + "\"");
    const Json* columns = r.array(j, path, "columns", true);
    if (columns->empty())
        r.fail(path + ".columns", "needs at least one column");
    for (std::size_t i = 0; i < columns->size(); ++i)
        spec.columns.push_back(
            readEventColumn(r, (*columns)[i], path + ".columns[" + std::to_string(i) + "]"));
    return spec;
}

Json eventColumnToJson(const EventColumnSpec& c)
{
    Json column = {{"name", c.name}, {"measure", toString(c.measure)}};
    if (c.periods > 0)
        column["periods"] = c.periods;
    if (c.measure == EventMeasure::Signal || c.measure == EventMeasure::Alarm) {
        column["method"] = toString(c.peakMethod);
        column["baseline"] = c.peakOptions.baseline;
        column["min_sigma"] = c.peakOptions.minimumSigma;
        column["min_count"] = c.peakOptions.minimumCount;
    }
    if (c.measure == EventMeasure::Forecast)
        column["method"] = toString(c.forecastMethod);
    return column;
}

} // namespace

std::vector<EventSourceSpec> readEventSources(const Reader& r, const Json& top, const std::string& baseFolder)
{
    std::vector<EventSourceSpec> sources;
    const Json* list = r.array(top, "", "events", false);
    if (!list)
        return sources;
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = "events[" + std::to_string(i) + "]";
        sources.push_back(readEventSource(r, (*list)[i], path, baseFolder));
        for (std::size_t c = 0; c < sources.back().columns.size(); ++c)
            if (!names.insert(sources.back().columns[c].name).second)
                r.fail(path + ".columns[" + std::to_string(c) + "].name",
                       "\"" + sources.back().columns[c].name + "\" is already an events column");
    }
    return sources;
}

void addEventCountFields(Recipe& recipe)
{
    for (const auto& source : recipe.events)
        for (const auto& column : source.columns)
            if ((column.measure == EventMeasure::Count || column.measure == EventMeasure::Forecast) &&
                std::find(recipe.privacy.countFields.begin(), recipe.privacy.countFields.end(),
                          column.name) == recipe.privacy.countFields.end())
                recipe.privacy.countFields.push_back(column.name);
}

Json eventSourceToJson(const EventSourceSpec& e)
{
    Json source = {{"path", e.path}};
    const std::pair<const char*, const std::string*> texts[] = {
        {"layer", &e.layer}, {"x", &e.x},     {"y", &e.y},       {"lon", &e.lon},
        {"lat", &e.lat},     {"wkt", &e.wkt}, {"code", &e.code}, {"crs", &e.crs}};
    for (const auto& [key, value] : texts)
        if (!value->empty())
            source[key] = *value;
    source["time"] = e.time;
    if (!e.category.empty()) {
        source["category"] = e.category;
        source["categories"] = e.categories;
    }
    source["period"] = toString(e.period);
    if (!e.end.empty())
        source["end"] = e.end;
    source["columns"] = Json::array();
    for (const auto& c : e.columns)
        source["columns"].push_back(eventColumnToJson(c));
    return source;
}

} // namespace bib::core::recipeparsing
