// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/counttable.h"

#include "io/areawriter.h"
#include "io/table.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

namespace bib::core {

namespace {

using Days = std::chrono::sys_days;

bool parseIsoDate(const std::string& text, Days& day)
{
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return false;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok())
        return false;
    day = Days{ymd};
    return true;
}

std::string isoDate(Days day)
{
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

Days advance(Days day, Period period)
{
    using namespace std::chrono;
    if (period == Period::Day)
        return day + days{1};
    if (period == Period::Week)
        return day + days{7};
    year_month_day ymd{day};
    const int monthsAhead = period == Period::Month ? 1 : period == Period::Quarter ? 3 : 12;
    ymd += months{monthsAhead};
    return Days{ymd.year() / ymd.month() / 1d};
}

Period inferPeriod(const std::vector<Days>& sorted, const std::string& path)
{
    if (sorted.size() < 2)
        return Period::Week;
    const auto gap = (sorted[1] - sorted[0]).count();
    if (gap == 1)
        return Period::Day;
    if (gap == 7)
        return Period::Week;
    if (gap >= 28 && gap <= 31)
        return Period::Month;
    if (gap >= 89 && gap <= 92)
        return Period::Quarter;
    if (gap >= 365 && gap <= 366)
        return Period::Year;
    throw InputError(path + ": the period starts " + isoDate(sorted[0]) + " and " + isoDate(sorted[1]) +
                     " are not a day, week, month, quarter or year apart");
}

} // namespace

std::string toString(Period period)
{
    switch (period) {
    case Period::Day:
        return "day";
    case Period::Week:
        return "week";
    case Period::Month:
        return "month";
    case Period::Quarter:
        return "quarter";
    case Period::Year:
        return "year";
    }
    return "week";
}

std::size_t seriesStart(const CountSeries& series)
{
    std::size_t t = 0;
    while (t < series.counts.size() && std::isnan(series.counts[t]))
        ++t;
    return t;
}

std::string nextPeriodStart(const std::string& date, Period period)
{
    Days day;
    if (!parseIsoDate(date, day))
        throw InputError("'" + date + "' is not an ISO date (jjjj-mm-dd)");
    return isoDate(advance(day, period));
}

CountTable readCountTable(const std::string& path, Feedback& feedback)
{
    TableReadOptions options;
    // A first read only finds the id column's name; its warnings would repeat below.
    SilentFeedback headerOnly;
    const Table table = readTable(path, options, headerOnly);
    if (table.columns.empty() || table.rowCount == 0)
        throw InputError(path + ": the count table has no rows");
    CountTable out;
    out.idField = table.columns.front().name;
    options.textColumns = {out.idField, "period_start"};
    if (table.column("category")) // optional; asking for an absent one would warn
        options.textColumns.push_back("category");
    const Table typed = readTable(path, options, feedback);
    const TableColumn* start = typed.column("period_start");
    const TableColumn* count = typed.column("count");
    if (!start || !count || !count->numeric)
        throw InputError(path +
                         ": a count table needs the columns <id>, period_start and count (as `bib aggregate "
                         "--period …` writes them)");
    const TableColumn* category = typed.column("category");
    const TableColumn* rate = typed.column("rate");
    const TableColumn& ids = typed.columns.front();

    std::vector<Days> days(typed.rowCount);
    std::map<Days, std::size_t> distinct;
    for (std::size_t r = 0; r < typed.rowCount; ++r) {
        if (!parseIsoDate(start->text[r], days[r]))
            throw InputError(path + ": row " + std::to_string(r + 1) + ": period_start '" + start->text[r] +
                             "' is not an ISO date (jjjj-mm-dd)");
        const double c = count->numbers[r];
        if (std::isnan(c) || c < 0 || c != std::floor(c))
            throw InputError(path + ": row " + std::to_string(r + 1) + ": count must be a whole number ≥ 0");
        distinct.emplace(days[r], 0);
    }
    std::vector<Days> sorted;
    for (const auto& [d, unused] : distinct)
        sorted.push_back(d);
    out.period = inferPeriod(sorted, path);
    for (Days d = sorted.front(); d <= sorted.back(); d = advance(d, out.period)) {
        distinct[d] = out.periods.size();
        out.periods.push_back(isoDate(d));
    }
    if (distinct.size() != out.periods.size())
        throw InputError(path + ": some period starts do not fall on " + toString(out.period) +
                         " boundaries");

    std::map<std::pair<std::string, std::string>, std::size_t> seriesIndex;
    for (std::size_t r = 0; r < typed.rowCount; ++r) {
        const std::string cat = category ? category->text[r] : std::string();
        auto [it, added] = seriesIndex.emplace(std::make_pair(ids.text[r], cat), out.series.size());
        if (added) {
            CountSeries s{ids.text[r], cat, std::vector<double>(out.periods.size(), std::nan("")), {}};
            if (rate)
                s.rates.assign(out.periods.size(), std::nan(""));
            out.series.push_back(std::move(s));
        }
        CountSeries& s = out.series[it->second];
        const std::size_t t = distinct[days[r]];
        s.counts[t] = (std::isnan(s.counts[t]) ? 0.0 : s.counts[t]) + count->numbers[r];
        if (rate && rate->numeric)
            s.rates[t] = rate->numbers[r];
    }
    // From its first row on, a series without a row in a period had no events there.
    for (CountSeries& s : out.series)
        for (std::size_t t = seriesStart(s); t < s.counts.size(); ++t)
            if (std::isnan(s.counts[t]))
                s.counts[t] = 0.0;
    return out;
}

void writeSeriesTable(const std::string& path, const CountTable& table,
                      const std::vector<std::string>& columns,
                      const std::vector<std::vector<std::vector<double>>>& values, std::size_t firstPeriod,
                      const std::vector<std::string>& inputs)
{
    if (table.periods.empty())
        throw InputError(path + ": nothing to write (the count table has no periods)");
    if (values.size() != columns.size())
        throw InternalError("writeSeriesTable: one value block per column needed");
    std::size_t periods = 0;
    for (const auto& block : values)
        for (const auto& series : block)
            periods = std::max(periods, series.size());
    // The period start dates firstPeriod … firstPeriod + periods − 1.
    std::vector<std::string> dates;
    Days day;
    parseIsoDate(table.periods.front(), day);
    for (std::size_t t = 0; t < firstPeriod + periods; ++t, day = advance(day, table.period))
        if (t >= firstPeriod)
            dates.push_back(isoDate(day));
    std::string text = csvCell(table.idField) + ",period_start,category";
    for (const auto& c : columns)
        text += "," + csvCell(c);
    text += "\n";
    for (std::size_t s = 0; s < table.series.size(); ++s) {
        for (std::size_t t = 0; t < periods; ++t) {
            text += csvCell(table.series[s].id) + "," + dates[t] + "," + csvCell(table.series[s].category);
            for (std::size_t c = 0; c < columns.size(); ++c)
                text += "," + (t < values[c][s].size() ? formatNumber(values[c][s][t]) : std::string());
            text += "\n";
        }
    }
    writeTextFileAtomically(path, text, inputs);
}

} // namespace bib::core
