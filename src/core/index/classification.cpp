// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/classification.h"

#include "index/equalintervalclassification.h"
#include "index/headtailclassification.h"
#include "index/jenksclassification.h"
#include "index/manualclassification.h"
#include "index/quantileclassification.h"
#include "index/standarddeviationclassification.h"
#include "util/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace bib::core {

namespace {

constexpr int maximumDecimals = 12;

void checkDecimals(int decimals)
{
    if (decimals < 0 || decimals > maximumDecimals) {
        throw InputError("label decimals must be between 0 and " + std::to_string(maximumDecimals) +
                         ", got " + std::to_string(decimals));
    }
}

void checkClassCount(int classCount)
{
    if (classCount < ClassificationMethod::minimumClassCount ||
        classCount > ClassificationMethod::maximumClassCount) {
        throw InputError("the number of classes must be between " +
                         std::to_string(ClassificationMethod::minimumClassCount) + " and " +
                         std::to_string(ClassificationMethod::maximumClassCount) + ", got " +
                         std::to_string(classCount));
    }
}

/// The finite values in ascending order; InputError on ±infinity.
std::vector<double> sortedFiniteValues(std::span<const double> values)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        if (std::isinf(values[i])) {
            throw InputError("value " + std::to_string(i + 1) + " of " + std::to_string(values.size()) +
                             " is infinite; classification needs finite numbers (NaN for missing)");
        }
        sorted.push_back(values[i]);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::vector<double> distinctValues(const std::vector<double>& sorted)
{
    std::vector<double> distinct = sorted;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    return distinct;
}

/// Bounds from cut points: the minimum (or a lower first cut), the cuts, the maximum (or a higher
/// last cut). InternalError when a method returns cuts out of order.
std::vector<double> breaksFromCuts(std::vector<double> cuts, double minimum, double maximum)
{
    if (!std::is_sorted(cuts.begin(), cuts.end()))
        throw InternalError("classification method returned unsorted breaks");
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<double> breaks;
    breaks.reserve(cuts.size() + 2);
    breaks.push_back(cuts.empty() ? minimum : std::min(minimum, cuts.front()));
    breaks.insert(breaks.end(), cuts.begin(), cuts.end());
    breaks.push_back(cuts.empty() ? maximum : std::max(maximum, cuts.back()));
    return breaks;
}

void assignClasses(std::span<const double> values, ClassificationResult& result)
{
    result.classOfValue.assign(values.size(), -1);
    result.counts.assign(static_cast<std::size_t>(result.classCount()), 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = result.classOf(values[i]);
        result.classOfValue[i] = index;
        if (index < 0)
            ++result.noDataCount;
        else
            ++result.counts[static_cast<std::size_t>(index)];
    }
}

void addLabels(int decimals, ClassificationResult& result)
{
    for (std::size_t i = 0; i + 1 < result.breaks.size(); ++i) {
        result.labelsDutch.push_back(
            formatClassLabel(result.breaks[i], result.breaks[i + 1], decimals, Language::Dutch));
        result.labelsEnglish.push_back(
            formatClassLabel(result.breaks[i], result.breaks[i + 1], decimals, Language::English));
    }
}

} // namespace

std::string formatNumber(double value, int decimals, Language language)
{
    checkDecimals(decimals);
    if (!std::isfinite(value))
        throw InputError("cannot format a value that is not a finite number");
    // Largest double in fixed notation: 309 digits, a sign, a point and 12 decimals.
    char buffer[400];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (error != std::errc())
        throw InternalError("number formatting failed");
    std::string text(buffer, end);
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos)
        text.erase(0, 1);
    if (language == Language::Dutch)
        std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string formatClassLabel(double lower, double upper, int decimals, Language language)
{
    const std::string from = formatNumber(lower, decimals, language);
    const std::string to = formatNumber(upper, decimals, language);
    if (from == to)
        return from;
    return from + " \u2013 " + to;
}

std::string noDataLabel(Language language)
{
    return language == Language::Dutch ? "geen gegevens" : "no data";
}

int ClassificationResult::classOf(double value) const
{
    const int count = classCount();
    if (count == 0 || std::isnan(value))
        return -1;
    // The cuts are breaks[1 … count-1]; the class is the number of cuts below the value.
    const auto firstCut = breaks.begin() + 1;
    const auto lastCut = breaks.end() - 1;
    return static_cast<int>(std::lower_bound(firstCut, lastCut, value) - firstCut);
}

void ClassificationMethod::setLabelDecimals(int decimals)
{
    checkDecimals(decimals);
    mLabelDecimals = decimals;
}

std::vector<double> ClassificationMethod::cutsInsideData(const std::vector<double>& cuts, double minimum,
                                                         double maximum)
{
    std::vector<double> inside;
    std::copy_if(cuts.begin(), cuts.end(), std::back_inserter(inside),
                 [&](double cut) { return cut >= minimum && cut < maximum; });
    return inside;
}

ClassificationResult ClassificationMethod::classes(std::span<const double> values, int classCount) const
{
    checkClassCount(classCount);
    ClassificationResult result;
    result.method = std::string(key());
    result.requestedClassCount = classCount;
    const std::vector<double> sorted = sortedFiniteValues(values);
    if (sorted.empty())
        result.note = "no finite values: every value is without class";
    else
        result.breaks = breaksFor(sorted, classCount, result.note);
    assignClasses(values, result);
    addLabels(mLabelDecimals, result);
    return result;
}

std::vector<double> ClassificationMethod::breaksFor(const std::vector<double>& sorted, int classCount,
                                                    std::string& note) const
{
    const std::vector<double> distinct = distinctValues(sorted);
    const ClassCountUse use = classCountUse();
    const bool fewDistinct = std::ssize(distinct) < classCount && use == ClassCountUse::Exact;
    std::vector<double> cuts;
    if (fewDistinct)
        cuts.assign(distinct.begin(), distinct.end() - 1);
    else if (distinct.size() > 1 || use == ClassCountUse::Ignored)
        cuts = calculateBreaks(sorted, classCount);
    std::vector<double> breaks = breaksFromCuts(std::move(cuts), sorted.front(), sorted.back());
    const auto obtained = static_cast<int>(breaks.size()) - 1;
    if (use != ClassCountUse::Ignored && distinct.size() == 1) {
        note = "all " + std::to_string(sorted.size()) + " values are equal: one class";
    } else if (fewDistinct) {
        note = "only " + std::to_string(distinct.size()) + " distinct values for " +
               std::to_string(classCount) + " classes: one class per value";
    } else if (use == ClassCountUse::Exact && obtained < classCount) {
        note = std::string(key()) + " gave " + std::to_string(obtained) + " of " +
               std::to_string(classCount) + " classes: breaks coincided or fell outside the data";
    }
    return breaks;
}

const std::vector<std::string_view>& classificationMethodKeys()
{
    static const std::vector<std::string_view> keys = {"quantile", "equal-interval", "jenks",
                                                       "stddev",   "headtail",       "manual"};
    return keys;
}

std::unique_ptr<ClassificationMethod> createClassificationMethod(std::string_view key,
                                                                 std::vector<double> manualBreaks)
{
    if (key == "manual")
        return std::make_unique<ManualClassification>(std::move(manualBreaks));
    if (!manualBreaks.empty())
        throw InputError("breaks were given, but method '" + std::string(key) + "' computes its own");
    if (key == "quantile")
        return std::make_unique<QuantileClassification>();
    if (key == "equal-interval")
        return std::make_unique<EqualIntervalClassification>();
    if (key == "jenks")
        return std::make_unique<JenksClassification>();
    if (key == "stddev")
        return std::make_unique<StandardDeviationClassification>();
    if (key == "headtail")
        return std::make_unique<HeadTailClassification>();
    std::string known;
    for (std::string_view name : classificationMethodKeys())
        known += (known.empty() ? "" : ", ") + std::string(name);
    throw InputError("unknown classification method '" + std::string(key) + "'; known: " + known);
}

} // namespace bib::core
