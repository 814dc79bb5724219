// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"
#include "io/areawriter.h"
#include "io/table.h"
#include "statisticsoptions.h"
#include "temporal/backtest.h"
#include "temporal/counttable.h"
#include "temporal/forecaster.h"
#include "util/error.h"

#include <map>
#include <optional>
#include <ostream>

namespace bib::cli {

namespace {

struct ForecastCommandOptions
{
    std::string counts;
    std::string output;
    std::size_t horizon = 0;
    std::string method = "ets";
    std::optional<std::size_t> season;
    std::size_t harmonics = 3;
    bool wijkFromCode = false;
    std::string wijkColumn;
    std::string gemeenteColumn;
    std::size_t paths = 2000;
    std::uint64_t seed = 20240101;
    bool backtest = false;
    std::size_t origins = 8;
};

/// The groups of a column of the count file: one per series, InputError when an area has two.
core::AreaGrouping groupingFromColumn(const std::string& path, const core::CountTable& table,
                                      const std::string& column, const std::string& level, Context& context)
{
    core::TableReadOptions options;
    options.textColumns = {table.idField, column};
    const core::Table file = core::readTable(path, options, context.feedback);
    const core::TableColumn* groups = file.column(column);
    if (!groups)
        throw core::InputError(path + ": no column '" + column + "' for the " + level + " of each area");
    const core::TableColumn& ids = file.columns.front();
    std::map<std::string, std::string> groupOfId;
    for (std::size_t r = 0; r < file.rowCount; ++r) {
        const auto [it, added] = groupOfId.emplace(ids.text[r], groups->text[r]);
        if (!added && it->second != groups->text[r])
            throw core::InputError(path + ": row " + std::to_string(r + 1) + ": area " + ids.text[r] +
                                   " lies in " + level + " '" + it->second + "' and '" + groups->text[r] +
                                   "'");
    }
    core::AreaGrouping grouping{level, {}};
    for (const auto& s : table.series)
        grouping.groupOf.push_back(groupOfId[s.id]);
    return grouping;
}

std::vector<core::AreaGrouping> groupings(const ForecastCommandOptions& o, const core::CountTable& table,
                                          Context& context)
{
    if (o.wijkFromCode && (!o.wijkColumn.empty() || !o.gemeenteColumn.empty()))
        throw core::InputError("use either --wijk-from-code or --wijk-column/--gemeente-column, not both");
    if (o.wijkFromCode)
        return core::groupingsFromCbsCodes(table, context.feedback);
    std::vector<core::AreaGrouping> result;
    if (!o.wijkColumn.empty())
        result.push_back(groupingFromColumn(o.counts, table, o.wijkColumn, "wijk", context));
    if (!o.gemeenteColumn.empty())
        result.push_back(groupingFromColumn(o.counts, table, o.gemeenteColumn, "gemeente", context));
    return result;
}

std::string seasonText(std::size_t season, const core::CountTable& table)
{
    return season >= 2 ? std::to_string(season) + " " + core::toString(table.period) + "s"
                       : "none (" + core::toString(table.period) + "ly counts)";
}

void printBacktest(const core::BacktestResult& r, Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << ", \"backtest\": {\"origins\": " << r.origins << ", \"mae\": " << jsonNumber(r.methodMae)
            << ", \"seasonal_naive_mae\": " << jsonNumber(r.naiveMae)
            << ", \"skill\": " << jsonNumber(r.skill) << ", \"series\": [";
        for (std::size_t i = 0; i < r.series.size(); ++i)
            out << (i ? ", " : "") << "{\"id\": " << jsonString(r.series[i].id)
                << ", \"category\": " << jsonString(r.series[i].category)
                << ", \"mae\": " << jsonNumber(r.series[i].methodMae)
                << ", \"seasonal_naive_mae\": " << jsonNumber(r.series[i].naiveMae) << "}";
        out << "]}";
        return;
    }
    out << "back-test: rolling origin, " << r.origins
        << " origins; MAE of the method vs the seasonal naive forecast\n";
    for (const auto& s : r.series)
        out << "  " << s.id << (s.category.empty() ? "" : "/" + s.category) << "  "
            << core::formatNumber(s.methodMae) << "  vs  " << core::formatNumber(s.naiveMae)
            << (s.methodMae < s.naiveMae ? "" : "  (no better than seasonal naive)") << "\n";
    out << "overall MAE " << core::formatNumber(r.methodMae) << " vs seasonal naive "
        << core::formatNumber(r.naiveMae) << " (skill 1 − ratio = " << core::formatNumber(r.skill) << ")\n";
}

void run(const ForecastCommandOptions& o, Context& context)
{
    if (o.output.empty() && !o.backtest)
        throw core::InputError("--output is required (unless only --backtest is asked)");
    const core::CountTable table = core::readCountTable(o.counts, context.feedback);
    const auto forecaster = core::createForecaster(core::parseForecastMethod(o.method), o.harmonics);
    core::ForecastSettings settings;
    settings.horizon = o.horizon;
    settings.seasonLength = o.season ? *o.season : core::defaultSeasonLength(table.period);
    settings.samplePaths = o.paths;
    settings.seed = o.seed;

    std::optional<core::TableForecast> result;
    if (!o.output.empty()) {
        result =
            core::forecastTable(table, *forecaster, settings, groupings(o, table, context), context.feedback);
        std::vector<std::vector<std::vector<double>>> values(5);
        for (const auto& f : result->forecasts) {
            values[0].push_back(f.mean);
            values[1].push_back(f.lo80);
            values[2].push_back(f.hi80);
            values[3].push_back(f.lo95);
            values[4].push_back(f.hi95);
        }
        core::writeSeriesTable(o.output, result->layout, {"mean", "lo80", "hi80", "lo95", "hi95"}, values,
                               table.periods.size(), {o.counts});
    }
    std::optional<core::BacktestResult> tested;
    if (o.backtest) {
        core::BacktestSettings backtestSettings;
        backtestSettings.forecast = settings;
        backtestSettings.origins = o.origins;
        tested = core::backtest(table, *forecaster, backtestSettings, context.feedback);
    }

    std::ostream& out = context.out;
    const std::size_t aggregates = result ? result->forecasts.size() - result->areaSeries : 0;
    if (context.json) {
        out << "{\"method\": " << jsonString(o.method)
            << ", \"period\": " << jsonString(core::toString(table.period))
            << ", \"season\": " << (settings.seasonLength >= 2 ? settings.seasonLength : 0)
            << ", \"horizon\": " << o.horizon << ", \"series\": " << table.series.size()
            << ", \"aggregates\": " << aggregates
            << ", \"notes\": " << jsonList(result ? result->notes : std::vector<std::string>{});
        if (tested)
            printBacktest(*tested, context);
        out << ", \"output\": " << jsonString(o.output) << "}\n";
        return;
    }
    out << (o.method == "ets" ? "Holt–Winters (additive)" : "Poisson regression (trend + Fourier season)")
        << ", " << table.series.size() << " series of " << table.periods.size() << " "
        << core::toString(table.period) << "s, season " << seasonText(settings.seasonLength, table)
        << ", horizon " << o.horizon << "\n";
    if (result) {
        if (aggregates)
            out << "bottom-up aggregates: " << aggregates << " (means are sums of the area means; intervals "
                << (o.method == "ets" ? "from summed sample paths, jointly bootstrapped residuals"
                                      : "Poisson quantiles of the summed mean")
                << ")\n";
        for (std::size_t i = 0; i < result->notes.size() && i < 20; ++i)
            out << "note: " << result->notes[i] << "\n";
        if (result->notes.size() > 20)
            out << "note: " << result->notes.size() - 20 << " more series with a note\n";
    }
    if (tested)
        printBacktest(*tested, context);
    if (!o.output.empty())
        out << "written: " << o.output << "\n";
}

} // namespace

CommandSpec forecastCommand()
{
    return {
        "forecast",
        "Forecast count series per area (Holt–Winters or Poisson regression) with 80/95% intervals, "
        "bottom-up "
        "sums per wijk/gemeente, and a rolling-origin back-test against the seasonal naive forecast",
        [](CLI::App& command) -> CommandRunner {
            auto o = std::make_shared<ForecastCommandOptions>();
            command.add_option("COUNTS", o->counts, "Count table as `bib aggregate` writes it (CSV)")
                ->required();
            command.add_option("--horizon", o->horizon, "Periods to forecast after the last one")
                ->required()
                ->check(CLI::Range(1, 1000));
            command
                .add_option("--method", o->method,
                            "ets (additive Holt–Winters; a season longer than 24 periods is a Fourier "
                            "curve and the adjusted series is smoothed by ETS(A,N,N), (A,A,N) or damped "
                            "(A,Ad,N), chosen by AICc) or poisson (Poisson regression)")
                ->capture_default_str()
                ->check(CLI::IsMember({"ets", "poisson"}));
            command.add_option(
                "--season", o->season,
                "Periods per season; default 52 for weeks, 12 months, 4 quarters, none for days and "
                "years; 0 = no season");
            command
                .add_option(
                    "--harmonics", o->harmonics,
                    "Fourier pairs of the season: poisson, and ets when the season is longer than 24 periods")
                ->capture_default_str()
                ->check(CLI::Range(1, 26));
            command.add_flag("--wijk-from-code", o->wijkFromCode,
                             "Sum BU + 8-digit codes to wijk WK + first 6 digits and gemeente GM + first 4");
            command.add_option("--wijk-column", o->wijkColumn, "Column of COUNTS with each area's wijk");
            command.add_option("--gemeente-column", o->gemeenteColumn,
                               "Column of COUNTS with each area's gemeente");
            command.add_option("--paths", o->paths, "Sample paths for the Holt–Winters aggregate intervals")
                ->capture_default_str()
                ->check(CLI::Range(100, 100000));
            command.add_option("--seed", o->seed, "Seed of those paths")->capture_default_str();
            command.add_flag("--backtest", o->backtest,
                             "Rolling-origin back-test: MAE of the method vs the seasonal naive forecast");
            command.add_option("--origins", o->origins, "Origins of the back-test")
                ->capture_default_str()
                ->check(CLI::Range(1, 1000));
            command.add_option("-o,--output", o->output,
                               "Output CSV: <id>, period_start, category, mean, lo80, hi80, lo95, hi95");
            return [o](Context& context) { run(*o, context); };
        }};
}

} // namespace bib::cli
