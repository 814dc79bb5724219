// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporal/peakdetector.h"

#include "io/areawriter.h"
#include "temporal/earsc.h"
#include "temporal/poissoncusum.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace bib::core {

namespace {

/// "1 week", "12 weeks"; unit is "period" or toString(Period).
std::string plural(std::size_t n, const std::string& unit)
{
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

std::string historyMessage(const PeakDetector& detector, std::size_t available, const std::string& unit)
{
    return detector.description() + " needs " + plural(detector.history(), unit) +
           " of history before the first period it judges, so at least " +
           plural(detector.minimumPeriods(), unit) + "; there " + (available == 1 ? "is " : "are ") +
           plural(available, unit) + ". Use a longer series or a smaller --baseline (at least 3)";
}

/// "11,6", "12", "0,3": one decimal with a decimal comma, no trailing ",0".
std::string dutchNumber(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10.0) / 10.0);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    std::replace(text.begin(), text.end(), '.', ',');
    return text == "-0" ? "0" : text;
}

/// detect() on the counts from `start` on (those before are unknown), laid out over all periods: the
/// periods before start + history are not judged. A tail shorter than the method needs is judged nowhere.
PeakResult detectFromStart(const PeakDetector& detector, const std::vector<double>& counts, std::size_t start)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    PeakResult result;
    result.expected.assign(counts.size(), nan);
    result.upper.assign(counts.size(), nan);
    result.score.assign(counts.size(), nan);
    result.alarm.assign(counts.size(), false);
    result.firstJudged = counts.size();
    if (start >= counts.size() || counts.size() - start < detector.minimumPeriods())
        return result;
    const PeakResult tail = detector.detect(
        std::vector<double>(counts.begin() + static_cast<std::ptrdiff_t>(start), counts.end()));
    result.firstJudged = start + tail.firstJudged;
    std::copy(tail.expected.begin(), tail.expected.end(),
              result.expected.begin() + static_cast<std::ptrdiff_t>(start));
    std::copy(tail.upper.begin(), tail.upper.end(),
              result.upper.begin() + static_cast<std::ptrdiff_t>(start));
    std::copy(tail.score.begin(), tail.score.end(),
              result.score.begin() + static_cast<std::ptrdiff_t>(start));
    std::copy(tail.alarm.begin(), tail.alarm.end(),
              result.alarm.begin() + static_cast<std::ptrdiff_t>(start));
    return result;
}

} // namespace

PeakDetector::PeakDetector(PeakMethod method, PeakOptions options)
    : mMethod(method), mOptions(std::move(options))
{
}

std::string PeakDetector::name() const
{
    return toString(mMethod);
}

std::string PeakDetector::description() const
{
    return name() + " (" + parameterText() + ", min-count " + formatNumber(mOptions.minimumCount) + ")";
}

PeakResult PeakDetector::detect(const std::vector<double>& counts) const
{
    if (counts.size() < minimumPeriods())
        throw InputError(historyMessage(*this, counts.size(), "period"));
    for (double c : counts)
        if (!(c >= 0.0))
            throw InputError("a count series holds a negative or missing count");
    PeakResult result;
    result.firstJudged = history();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    result.expected.assign(counts.size(), nan);
    result.upper.assign(counts.size(), nan);
    result.score.assign(counts.size(), nan);
    result.alarm.assign(counts.size(), false);
    evaluate(counts, result);
    for (std::size_t t = result.firstJudged; t < counts.size(); ++t)
        if (counts[t] < mOptions.minimumCount)
            result.alarm[t] = false;
    return result;
}

std::string toString(PeakMethod method)
{
    switch (method) {
    case PeakMethod::EarsC1:
        return "ears-c1";
    case PeakMethod::EarsC2:
        return "ears-c2";
    case PeakMethod::EarsC3:
        return "ears-c3";
    case PeakMethod::PoissonCusum:
        return "cusum";
    }
    return "ears-c1";
}

PeakMethod peakMethodFromString(const std::string& name)
{
    for (PeakMethod m :
         {PeakMethod::EarsC1, PeakMethod::EarsC2, PeakMethod::EarsC3, PeakMethod::PoissonCusum})
        if (toString(m) == name)
            return m;
    throw InputError("unknown peak method '" + name + "'; use ears-c1, ears-c2, ears-c3 or cusum");
}

std::unique_ptr<PeakDetector> createPeakDetector(PeakMethod method, const PeakOptions& options)
{
    if (options.baseline < 3)
        throw InputError("the baseline must be at least 3 periods (as in surveillance::earsC)");
    if (options.alpha && !(*options.alpha > 0.0 && *options.alpha < 1.0))
        throw InputError("alpha must lie between 0 and 1");
    if (!(options.minimumSigma >= 0.0) || !(options.minimumCount >= 0.0))
        throw InputError("the minimum sigma and the minimum count must be 0 or more");
    if (!(options.shift > 0.0) || !(options.decisionInterval > 0.0) || !(options.minimumMean > 0.0))
        throw InputError("the CUSUM shift, decision interval and minimum mean must be positive");
    if (method == PeakMethod::PoissonCusum)
        return std::make_unique<PoissonCusum>(options);
    return std::make_unique<EarsC>(method, options);
}

std::vector<PeakResult> detectPeaks(const CountTable& table, const PeakDetector& detector,
                                    const std::string& path, Feedback& feedback)
{
    if (table.periods.size() < detector.minimumPeriods())
        throw InputError(path + ": " +
                         historyMessage(detector, table.periods.size(), toString(table.period)) + " (" +
                         (table.periods.empty() ? std::string("no periods")
                                                : table.periods.front() + " … " + table.periods.back()) +
                         ")");
    std::vector<PeakResult> results;
    results.reserve(table.series.size());
    std::size_t tooShort = 0;
    for (std::size_t s = 0; s < table.series.size(); ++s) {
        if (s % 1024 == 0) {
            feedback.throwIfCancelled();
            feedback.setProgress(100.0 * static_cast<double>(s) / static_cast<double>(table.series.size()));
        }
        const CountSeries& series = table.series[s];
        const std::size_t start = seriesStart(series);
        if (start == 0) {
            results.push_back(detector.detect(series.counts));
            continue;
        }
        results.push_back(detectFromStart(detector, series.counts, start));
        if (results.back().firstJudged < series.counts.size())
            continue;
        if (++tooShort <= 20)
            feedback.warn(path, series.id, -1,
                          "starts at " + table.periods[std::min(start, table.periods.size() - 1)] + ": " +
                              historyMessage(detector, series.counts.size() - start, toString(table.period)) +
                              "; no period of it is judged");
    }
    if (tooShort > 20)
        feedback.warn(path, "", -1,
                      std::to_string(tooShort) + " series in all start too late to judge any period");
    feedback.setProgress(100.0);
    return results;
}

void writePeakTable(const std::string& path, const CountTable& table, const std::vector<PeakResult>& results,
                    const std::vector<std::string>& inputs)
{
    if (results.size() != table.series.size())
        throw InternalError("writePeakTable: one result per series needed");
    std::string text = csvCell(table.idField) + ",period_start,count,expected,upper,alarm,category,score\n";
    for (std::size_t s = 0; s < table.series.size(); ++s) {
        const CountSeries& series = table.series[s];
        const PeakResult& r = results[s];
        const std::string id = csvCell(series.id), category = csvCell(series.category);
        for (std::size_t t = 0; t < table.periods.size(); ++t) {
            const bool judged = t >= r.firstJudged;
            text += id + "," + table.periods[t] + "," + formatNumber(series.counts[t]) + "," +
                    formatNumber(r.expected[t]) + "," + formatNumber(r.upper[t]) + "," +
                    (judged ? (r.alarm[t] ? "1" : "0") : "") + "," + category + "," +
                    (std::isfinite(r.score[t]) ? formatNumber(r.score[t]) : "") + "\n";
        }
    }
    writeTextFileAtomically(path, text, inputs);
}

std::vector<CurrentAlarm> currentAlarms(const CountTable& table, const std::vector<PeakResult>& results)
{
    std::vector<CurrentAlarm> alarms;
    if (table.periods.empty())
        return alarms;
    const std::size_t last = table.periods.size() - 1;
    for (std::size_t s = 0; s < results.size(); ++s)
        if (results[s].alarm[last])
            alarms.push_back({s, table.series[s].counts[last], results[s].expected[last],
                              results[s].upper[last], results[s].score[last]});
    std::stable_sort(alarms.begin(), alarms.end(), [](const CurrentAlarm& a, const CurrentAlarm& b) {
        return a.observed - a.expected > b.observed - b.expected;
    });
    return alarms;
}

std::string dutchPeriodLabel(const std::string& isoDate, Period period)
{
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(isoDate.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3)
        return isoDate;
    using namespace std::chrono;
    const sys_days day{year{y} / month{m} / d};
    switch (period) {
    case Period::Day:
        return "dag " + isoDate;
    case Period::Week: {
        // ISO 8601: the week belongs to the year of its Thursday; week 1 holds the first Thursday.
        const sys_days thursday = day + (Thursday - weekday{day});
        const year_month_day ymd{thursday};
        const sys_days januaryFirst{ymd.year() / January / 1};
        return "week " + std::to_string((thursday - januaryFirst).count() / 7 + 1);
    }
    case Period::Month:
        return "maand " + isoDate.substr(0, 7);
    case Period::Quarter:
        return "kwartaal " + isoDate.substr(0, 4) + "-K" + std::to_string((m - 1) / 3 + 1);
    case Period::Year:
        return "jaar " + isoDate.substr(0, 4);
    }
    return isoDate;
}

std::string alarmSentence(const CountTable& table, const CurrentAlarm& alarm, const std::string& noun)
{
    const CountSeries& series = table.series[alarm.series];
    std::string text = series.id;
    if (!series.category.empty())
        text += " (" + series.category + ")";
    return text + ", " + dutchPeriodLabel(table.periods.back(), table.period) + ": " +
           formatNumber(alarm.observed) + " " + noun + ", verwacht " + dutchNumber(alarm.expected);
}

} // namespace bib::core
