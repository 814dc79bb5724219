// SPDX-License-Identifier: GPL-3.0-or-later
//
// Expected values are either worked out by hand in the comment above the test or come from R.
// The R reference is R 4.2.2 with classInt 0.4-9 from Debian 12 (`apt-get install -y r-cran-classint`).
// To re-run every R command quoted below in one go, from the repository's root folder:
//
//   Rscript -e 'library(classInt)
//     x <- c(3.1, 4.7, 5.0, 5.2, 6.8, 7.4, 8.1, 9.9, 12.5, 13.0, 14.2, 15.8, 18.3, 21.7, 22.4, 25.0,
//            31.6, 33.9, 38.2, 47.5, 52.3, 61.0, 88.4, 120.7)
//     i <- 1:1000; y <- ((i * 7919) %% 1000)^2 / 1000
//     d <- read.csv("../shared/data/real/cbs-buurt-indicatoren-2024/buurten_2024.csv")
//     w <- d$wozWaarde; w <- w[is.finite(w)]
//     cr <- d$crime_per1000_avg2021_2025; cr <- cr[is.finite(cr)]
//     for (v in list(x, y, w, cr)) {
//       ci <- classIntervals(v, 5, style = "fisher", largeN = Inf)
//       print(attr(ci, "parameters")[, 1:2], digits = 17); print(ci$brks, digits = 17)
//       print(quantile(v, probs = seq(0, 1, 0.2), type = 7), digits = 17)
//       print(classIntervals(v, style = "headtails")$brks, digits = 17) }'
//
// classInt's "fisher" reports each class's minimum and maximum (the "parameters" matrix, top class
// first) and puts its breaks halfway between one class's maximum and the next class's minimum; our
// breaks are the class maxima. The tests therefore compare class extremes and counts, which pin
// the partition itself, and check R's halfway breaks from our classes.
#include "index/classification.h"
#include "index/equalintervalclassification.h"
#include "index/headtailclassification.h"
#include "index/jenksclassification.h"
#include "index/manualclassification.h"
#include "index/quantileclassification.h"
#include "index/standarddeviationclassification.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace {

using namespace bib::core;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// 24 made-up values shaped like crime per 1000 inhabitants: many low, a long upper tail.
const std::vector<double> crimeLike = {3.1,  4.7,  5.0,  5.2,  6.8,  7.4,  8.1,  9.9,
                                       12.5, 13.0, 14.2, 15.8, 18.3, 21.7, 22.4, 25.0,
                                       31.6, 33.9, 38.2, 47.5, 52.3, 61.0, 88.4, 120.7};

/// R: i <- 1:1000; y <- ((i * 7919) %% 1000)^2 / 1000. 7919 is prime to 1000, so i·7919 mod 1000
/// runs through 0 … 999 once: 1000 distinct values, exact in both languages up to the final division.
std::vector<double> squaresData()
{
    std::vector<double> values;
    for (long i = 1; i <= 1000; ++i) {
        const auto r = static_cast<double>((i * 7919) % 1000);
        values.push_back(r * r / 1000.0);
    }
    return values;
}

/// Class minimum and maximum, as in classInt's "parameters" matrix.
struct Extremes
{
    double minimum;
    double maximum;
};

std::vector<Extremes> classExtremes(const std::vector<double>& values, const ClassificationResult& result)
{
    std::vector<Extremes> extremes(
        static_cast<std::size_t>(result.classCount()),
        {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()});
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (result.classOfValue[i] < 0)
            continue;
        Extremes& e = extremes[static_cast<std::size_t>(result.classOfValue[i])];
        e.minimum = std::min(e.minimum, values[i]);
        e.maximum = std::max(e.maximum, values[i]);
    }
    return extremes;
}

/// Checks a classification against classInt's fisher "parameters" (given bottom class first).
void expectClassExtremes(const std::vector<double>& values, const ClassificationResult& result,
                         const std::vector<Extremes>& expected)
{
    const std::vector<Extremes> actual = classExtremes(values, result);
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_DOUBLE_EQ(actual[i].minimum, expected[i].minimum) << "class " << i;
        EXPECT_DOUBLE_EQ(actual[i].maximum, expected[i].maximum) << "class " << i;
    }
}

/// Breaks equal to `expected` within `tolerance` (absolute, in the unit of the values).
void expectBreaksNear(const ClassificationResult& result, const std::vector<double>& expected,
                      double tolerance)
{
    ASSERT_EQ(result.breaks.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(result.breaks[i], expected[i], tolerance) << "break " << i;
}

/// Total within-class sum of squared deviations of a classification.
double withinClassSse(const std::vector<double>& values, const std::vector<int>& classOf, int classCount)
{
    std::vector<double> sum(static_cast<std::size_t>(classCount)), count(sum.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        sum[static_cast<std::size_t>(classOf[i])] += values[i];
        count[static_cast<std::size_t>(classOf[i])] += 1.0;
    }
    double sse = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto c = static_cast<std::size_t>(classOf[i]);
        const double deviation = values[i] - sum[c] / count[c];
        sse += deviation * deviation;
    }
    return sse;
}

/// The textbook Fisher dynamic programme over every (not only distinct) sorted value, O(k·n²),
/// written independently of the library's: its optimal SSE for k classes.
double plainFisherOptimum(std::vector<double> values, int classCount)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    auto sse = [&](std::size_t first, std::size_t last) {
        double sum = 0.0, squares = 0.0;
        for (std::size_t i = first; i < last; ++i) {
            sum += values[i];
            squares += values[i] * values[i];
        }
        return squares - sum * sum / static_cast<double>(last - first);
    };
    const double infinity = std::numeric_limits<double>::infinity();
    std::vector<double> best(n + 1, infinity);
    for (std::size_t i = 1; i <= n; ++i)
        best[i] = sse(0, i);
    for (int j = 2; j <= classCount; ++j) {
        std::vector<double> next(n + 1, infinity);
        for (std::size_t i = static_cast<std::size_t>(j); i <= n; ++i) {
            for (std::size_t t = static_cast<std::size_t>(j - 1); t < i; ++t)
                next[i] = std::min(next[i], best[t] + sse(t, i));
        }
        best.swap(next);
    }
    return best[n];
}

/// One numeric column of a CSV with a header (quoted fields allowed); empty fields become NaN.
std::vector<double> csvColumn(const std::string& path, const std::string& name)
{
    std::ifstream in(path);
    std::string line;
    auto split = [](const std::string& text) {
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (char c : text) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                fields.emplace_back();
            else if (c != '\r')
                fields.back() += c;
        }
        return fields;
    };
    std::getline(in, line);
    const std::vector<std::string> header = split(line);
    const auto column =
        static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
    std::vector<double> values;
    while (std::getline(in, line)) {
        const std::string field = split(line).at(column);
        double value = nan;
        if (!field.empty())
            std::from_chars(field.data(), field.data() + field.size(), value);
        values.push_back(value);
    }
    return values;
}

// ---- Entry point: validation, missing values, conventions -------------------------------------

TEST(Classification, rejectsClassCountOutsideTwoToTwelve)
{
    const QuantileClassification method;
    const std::vector<double> values = {1, 2, 3};
    for (int k : {-1, 0, 1, 13}) {
        try {
            method.classes(values, k);
            FAIL() << "accepted " << k << " classes";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find("between 2 and 12"), std::string::npos) << e.what();
        }
    }
    EXPECT_NO_THROW(method.classes(values, 2));
    EXPECT_NO_THROW(method.classes(values, 12));
}

TEST(Classification, rejectsInfiniteValuesNamingTheirPosition)
{
    const std::vector<double> values = {1, std::numeric_limits<double>::infinity(), 3};
    try {
        JenksClassification().classes(values, 2);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("value 2 of 3"), std::string::npos) << e.what();
    }
}

TEST(Classification, missingValuesGetNoClass)
{
    const std::vector<double> values = {nan, 1, 2, nan, 3, 4};
    const ClassificationResult result = EqualIntervalClassification().classes(values, 2);
    EXPECT_EQ(result.classOfValue, (std::vector<int>{-1, 0, 0, -1, 1, 1}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{2, 2}));
    EXPECT_EQ(result.noDataCount, 2u);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 2.5, 4}));
}

// All NaN (or nothing) is data, not a user error: no classes, everything "geen gegevens".
TEST(Classification, allMissingGivesNoClassesAndNoError)
{
    const std::vector<double> values = {nan, nan, nan};
    for (const std::string_view key : {"quantile", "equal-interval", "jenks", "stddev", "headtail"}) {
        const ClassificationResult result = createClassificationMethod(key)->classes(values, 5);
        EXPECT_EQ(result.classCount(), 0) << key;
        EXPECT_EQ(result.classOfValue, (std::vector<int>{-1, -1, -1})) << key;
        EXPECT_EQ(result.noDataCount, 3u) << key;
        EXPECT_TRUE(result.labelsDutch.empty()) << key;
        EXPECT_FALSE(result.note.empty()) << key;
    }
    EXPECT_EQ(QuantileClassification().classes(std::vector<double>{}, 5).classCount(), 0);
}

TEST(Classification, allEqualValuesGiveOneClass)
{
    const std::vector<double> values = {7, 7, nan, 7};
    for (const std::string_view key : {"quantile", "equal-interval", "jenks", "stddev", "headtail"}) {
        const ClassificationResult result = createClassificationMethod(key)->classes(values, 5);
        EXPECT_EQ(result.breaks, (std::vector<double>{7, 7})) << key;
        EXPECT_EQ(result.classOfValue, (std::vector<int>{0, 0, -1, 0})) << key;
        EXPECT_EQ(result.labelsDutch, (std::vector<std::string>{"7,0"})) << key;
        EXPECT_FALSE(result.note.empty()) << key;
    }
}

// 3 distinct values, 5 classes asked: one class per value, [1, 1], (1, 2], (2, 3], with a note.
TEST(Classification, fewerDistinctValuesThanClassesGiveOneClassPerValue)
{
    const std::vector<double> values = {3, 1, 2, 2, 1, 1};
    for (const std::string_view key : {"quantile", "equal-interval", "jenks", "stddev"}) {
        const ClassificationResult result = createClassificationMethod(key)->classes(values, 5);
        EXPECT_EQ(result.breaks, (std::vector<double>{1, 1, 2, 3})) << key;
        EXPECT_EQ(result.counts, (std::vector<std::size_t>{3, 2, 1})) << key;
        EXPECT_EQ(result.requestedClassCount, 5) << key;
        EXPECT_NE(result.note.find("only 3 distinct values"), std::string::npos) << result.note;
    }
}

// Equal interval on 0 … 4 in 2 classes puts the cut at 2; the value 2 goes to the lower class.
TEST(Classification, valueOnABreakGoesToTheLowerClass)
{
    const std::vector<double> values = {0, 1, 2, 3, 4};
    const ClassificationResult result = EqualIntervalClassification().classes(values, 2);
    EXPECT_EQ(result.breaks, (std::vector<double>{0, 2, 4}));
    EXPECT_EQ(result.classOfValue, (std::vector<int>{0, 0, 0, 1, 1}));
    EXPECT_EQ(result.classOf(0.0), 0);
    EXPECT_EQ(result.classOf(2.0), 0);
    EXPECT_EQ(result.classOf(2.000001), 1);
    EXPECT_EQ(result.classOf(-5.0), 0);
    EXPECT_EQ(result.classOf(99.0), 1);
    EXPECT_EQ(result.classOf(nan), -1);
}

TEST(Classification, resultCarriesMethodKeyAndLabelsInBothLanguages)
{
    const std::vector<double> values = {0.5, 0.7, 1.2, 1.9};
    QuantileClassification method;
    method.setLabelDecimals(2);
    const ClassificationResult result = method.classes(values, 2);
    EXPECT_EQ(result.method, "quantile");
    // h = 3·1/2 = 1.5 → 0.7 + 0.5·(1.2 - 0.7) = 0.95
    EXPECT_EQ(result.labelsDutch, (std::vector<std::string>{"0,50 \u2013 0,95", "0,95 \u2013 1,90"}));
    EXPECT_EQ(result.labelsEnglish, (std::vector<std::string>{"0.50 \u2013 0.95", "0.95 \u2013 1.90"}));
    EXPECT_TRUE(result.note.empty());
    EXPECT_THROW(method.setLabelDecimals(13), InputError);
}

// ---- Label formatting --------------------------------------------------------------------------

TEST(ClassificationLabels, dutchUsesDecimalCommaEnglishDecimalPoint)
{
    EXPECT_EQ(formatClassLabel(0.5, 1.2, 1, Language::Dutch), "0,5 \u2013 1,2");
    EXPECT_EQ(formatClassLabel(0.5, 1.2, 1, Language::English), "0.5 \u2013 1.2");
    EXPECT_EQ(formatNumber(1234567.891, 2, Language::Dutch), "1234567,89");
    EXPECT_EQ(formatNumber(-1.25, 2, Language::English), "-1.25");
    EXPECT_EQ(formatNumber(3.14159, 0, Language::Dutch), "3");
}

TEST(ClassificationLabels, roundsAndNeverPrintsNegativeZero)
{
    EXPECT_EQ(formatNumber(0.96, 1, Language::Dutch), "1,0");
    EXPECT_EQ(formatNumber(-0.04, 1, Language::Dutch), "0,0");
    EXPECT_EQ(formatNumber(-0.0, 0, Language::English), "0");
    EXPECT_EQ(formatClassLabel(-0.04, 0.04, 1, Language::English), "0.0");
}

TEST(ClassificationLabels, rejectsBadDecimalsAndNonFiniteValues)
{
    EXPECT_THROW(formatNumber(1.0, -1, Language::Dutch), InputError);
    EXPECT_THROW(formatNumber(1.0, 13, Language::Dutch), InputError);
    EXPECT_THROW(formatNumber(nan, 1, Language::Dutch), InputError);
    EXPECT_EQ(noDataLabel(Language::Dutch), "geen gegevens");
    EXPECT_EQ(noDataLabel(Language::English), "no data");
}

// ---- Factory -----------------------------------------------------------------------------------

TEST(ClassificationFactory, createsEveryRecipeKey)
{
    for (const std::string_view key : classificationMethodKeys()) {
        const auto method =
            key == "manual" ? createClassificationMethod(key, {1.0}) : createClassificationMethod(key);
        EXPECT_EQ(method->key(), key);
    }
}

TEST(ClassificationFactory, unknownKeyNamesTheKnownOnes)
{
    try {
        createClassificationMethod("natural-breaks");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("'natural-breaks'"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("jenks"), std::string::npos);
    }
    EXPECT_THROW(createClassificationMethod("manual"), InputError);
    EXPECT_THROW(createClassificationMethod("jenks", {1.0}), InputError);
}

// ---- Quantile ----------------------------------------------------------------------------------

// x = 1 … 10, k = 4, h = (n - 1)·j/k = 9·j/4:
//   j = 1: h = 2.25 → x[2] + 0.25·(x[3] - x[2]) = 3 + 0.25 = 3.25
//   j = 2: h = 4.5  → x[4] + 0.5 ·(x[5] - x[4]) = 5 + 0.5  = 5.5
//   j = 3: h = 6.75 → x[6] + 0.75·(x[7] - x[6]) = 7 + 0.75 = 7.75
// classes [1, 3.25] = {1, 2, 3}, (3.25, 5.5] = {4, 5}, (5.5, 7.75] = {6, 7}, (7.75, 10] = {8, 9, 10}.
TEST(Classification, quantileBreaksWorkedByHand)
{
    const std::vector<double> values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    const ClassificationResult result = QuantileClassification().classes(values, 4);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 3.25, 5.5, 7.75, 10}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{3, 2, 2, 3}));
}

// R 4.2.2: quantile(x, probs = seq(0, 1, 0.2), type = 7) for x = crimeLike gives
//   3.1000000000000001 7.1600000000000001 13.240000000000002 22.260000000000002 41.920000000000016 120.7
// (by hand: h = 23·0.2 = 4.6 → 6.8 + 0.6·(7.4 - 6.8) = 7.16). R computes (1 - f)·a + f·b, we
// compute a + f·(b - a): equal up to rounding, hence the tolerance of 1e-12 (absolute, same unit as x).
TEST(Classification, quantileBreaksMatchRType7)
{
    const ClassificationResult result = QuantileClassification().classes(crimeLike, 5);
    expectBreaksNear(result,
                     {3.1000000000000001, 7.1600000000000001, 13.240000000000002, 22.260000000000002,
                      41.920000000000016, 120.7},
                     1e-12);
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{5, 5, 4, 5, 5}));
}

// R 4.2.2: i <- 1:1000; y <- ((i * 7919) %% 1000)^2 / 1000; quantile(y, seq(0, 1, 0.2), type = 7)
//   0 39.920200000000008 159.68040000000002 359.28060000000011 638.72080000000005 998.00099999999998
TEST(Classification, quantileBreaksMatchRType7OnThousandValues)
{
    const ClassificationResult result = QuantileClassification().classes(squaresData(), 5);
    expectBreaksNear(result,
                     {0, 39.920200000000008, 159.68040000000002, 359.28060000000011, 638.72080000000005,
                      998.00099999999998},
                     1e-9);
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{200, 200, 200, 200, 200}));
}

// x = 1 1 1 1 1 1 2 3 4 5 6 (n = 11), k = 5, h = 10·j/5 = 2, 4, 6, 8 → cuts x[2] = 1, x[4] = 1,
// x[6] = 2, x[8] = 4. The two cuts at 1 merge: 4 classes [1, 1], (1, 2], (2, 4], (4, 6].
TEST(Classification, quantileMergesTiedBreaks)
{
    const std::vector<double> values = {1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6};
    const ClassificationResult result = QuantileClassification().classes(values, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 1, 2, 4, 6}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{6, 1, 2, 2}));
    EXPECT_EQ(result.requestedClassCount, 5);
    EXPECT_NE(result.note.find("gave 4 of 5"), std::string::npos) << result.note;
}

// x = 1 2 5 5 5 5 5 5 5 5, k = 2: h = 4.5 → 5 + 0.5·0 = 5, the maximum: dropped, one class.
TEST(Classification, quantileDropsABreakAtTheMaximum)
{
    const std::vector<double> values = {1, 2, 5, 5, 5, 5, 5, 5, 5, 5};
    const ClassificationResult result = QuantileClassification().classes(values, 2);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 5}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{10}));
    EXPECT_FALSE(result.note.empty());
}

// ---- Equal interval ----------------------------------------------------------------------------

// x = 0 1 2 3 10, k = 5: width (10 - 0)/5 = 2, cuts 2 4 6 8; classes [0, 2] = {0, 1, 2},
// (2, 4] = {3}, (4, 6] and (6, 8] empty (kept), (8, 10] = {10}.
TEST(Classification, equalIntervalBreaksWorkedByHand)
{
    const std::vector<double> values = {0, 1, 2, 3, 10};
    const ClassificationResult result = EqualIntervalClassification().classes(values, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{0, 2, 4, 6, 8, 10}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{3, 1, 0, 0, 1}));
    EXPECT_TRUE(result.note.empty());
}

// ---- Standard deviation ------------------------------------------------------------------------

// x = 6 8 10 10 10 10 10 10 10 12 14 (n = 11): mean 110/11 = 10, Σ(x - m)² = 16 + 4 + 4 + 16 = 40,
// sample variance 40/(11 - 1) = 4, s = 2.
// k = 5 (odd): cuts m + (j - 1.5)·s, j = 0 … 3 → 7, 9, 11, 13; the middle class (9, 11] is centred
// on the mean. Classes [6, 7] = {6}, (7, 9] = {8}, (9, 11] = {10 ×7}, (11, 13] = {12}, (13, 14] = {14}.
TEST(Classification, standardDeviationBreaksCentreTheMiddleClassForOddK)
{
    const std::vector<double> values = {6, 8, 10, 10, 10, 10, 10, 10, 10, 12, 14};
    const ClassificationResult result = StandardDeviationClassification().classes(values, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{6, 7, 9, 11, 13, 14}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{1, 1, 7, 1, 1}));
}

// Same data, k = 4 (even): cuts m + (j - 1)·s, j = 0 … 2 → 8, 10, 12: the mean is a break.
// Values on a break go down: [6, 8] = {6, 8}, (8, 10] = {10 ×7}, (10, 12] = {12}, (12, 14] = {14}.
TEST(Classification, standardDeviationPutsTheMeanOnABreakForEvenK)
{
    const std::vector<double> values = {6, 8, 10, 10, 10, 10, 10, 10, 10, 12, 14};
    const ClassificationResult result = StandardDeviationClassification().classes(values, 4);
    EXPECT_EQ(result.breaks, (std::vector<double>{6, 8, 10, 12, 14}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{2, 7, 1, 1}));
}

// x = 6 8 9 9 10 10 10 10 11 11 12 14 (n = 12, 7 distinct): mean 120/12 = 10,
// Σ(x - m)² = 16 + 4 + 1 + 1 + 1 + 1 + 4 + 16 = 44, sample variance 44/11 = 4, s = 2.
// k = 7: cuts m + (j - 2.5)·s, j = 0 … 5 → 5, 7, 9, 11, 13, 15; 5 and 15 lie outside [6, 14] and
// are dropped: [6, 7] = {6}, (7, 9] = {8, 9, 9}, (9, 11] = {10 ×4, 11 ×2}, (11, 13] = {12},
// (13, 14] = {14}; 5 of 7 classes, with a note.
TEST(Classification, standardDeviationDropsBreaksOutsideTheData)
{
    const std::vector<double> values = {6, 8, 9, 9, 10, 10, 10, 10, 11, 11, 12, 14};
    const ClassificationResult result = StandardDeviationClassification().classes(values, 7);
    EXPECT_EQ(result.breaks, (std::vector<double>{6, 7, 9, 11, 13, 14}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{1, 3, 6, 1, 1}));
    EXPECT_NE(result.note.find("gave 5 of 7"), std::string::npos) << result.note;
}

// ---- Head/tail breaks --------------------------------------------------------------------------

// Jiang (2013)'s own example, x = 1, 1/2, …, 1/10:
//   mean of all 10 = H(10)/10 = 0.29289…; head {1, 1/2, 1/3} is 30 % < 40 % → go on;
//   mean of the head = (1 + 1/2 + 1/3)/3 = 0.61111…; head {1} is a single value → stop.
// Cuts 0.2929, 0.6111: 3 classes of 7, 2 and 1 values.
TEST(Classification, headTailReproducesJiangsExample)
{
    std::vector<double> values;
    double harmonic = 0.0;
    for (int i = 1; i <= 10; ++i) {
        values.push_back(1.0 / i);
        harmonic += 1.0 / i;
    }
    const ClassificationResult result = HeadTailClassification().classes(values, 12);
    ASSERT_EQ(result.classCount(), 3);
    EXPECT_NEAR(result.breaks[1], harmonic / 10, 1e-15);
    EXPECT_NEAR(result.breaks[2], (1.0 + 1.0 / 2 + 1.0 / 3) / 3, 1e-15);
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{7, 2, 1}));
    EXPECT_TRUE(result.note.empty());
}

// crimeLike: mean 666.7/24 = 27.779…, head 8 of 24 (33 %); its mean 473.6/8 = 59.2, head 3 of 8
// (37.5 %); its mean 270.1/3 = 90.033…, head {120.7} → stop. R classInt 0.4-9
// classIntervals(x, style = "headtails")$brks: 3.1 27.779166666666669 59.200000000000003
// 90.033333333333331 120.7 (tolerance 1e-12, same unit as x).
TEST(Classification, headTailMatchesClassIntHeadtails)
{
    const ClassificationResult result = HeadTailClassification().classes(crimeLike, 12);
    expectBreaksNear(result, {3.1, 27.779166666666669, 59.200000000000003, 90.033333333333331, 120.7}, 1e-12);
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{16, 5, 2, 1}));
}

// x = 0 ×6, 10, 10, 10, 30: mean 6, head {10, 10, 10, 30} is exactly 40 %: not a minority, stop.
// (classInt, which goes on at ≤ 40 %, would split the head again at 15.)
TEST(Classification, headTailStopsWhenTheHeadIsFortyPercent)
{
    const std::vector<double> values = {0, 0, 0, 0, 0, 0, 10, 10, 10, 30};
    const ClassificationResult result = HeadTailClassification().classes(values, 12);
    EXPECT_EQ(result.breaks, (std::vector<double>{0, 6, 30}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{6, 4}));
}

TEST(Classification, headTailTakesClassCountAsMaximum)
{
    const ClassificationResult result = HeadTailClassification().classes(crimeLike, 2);
    ASSERT_EQ(result.classCount(), 2);
    EXPECT_NEAR(result.breaks[1], 27.779166666666669, 1e-12);
    EXPECT_TRUE(result.note.empty());
}

// ---- Manual ------------------------------------------------------------------------------------

// x = 1 … 10, cuts 3, 7: [1, 3] = {1, 2, 3}, (3, 7] = {4 … 7}, (7, 10] = {8, 9, 10}.
TEST(Classification, manualBreaksWorkedByHand)
{
    const std::vector<double> values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const ClassificationResult result = ManualClassification({3, 7}).classes(values, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 3, 7, 10}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{3, 4, 3}));
    EXPECT_EQ(result.labelsDutch,
              (std::vector<std::string>{"1,0 \u2013 3,0", "3,0 \u2013 7,0", "7,0 \u2013 10,0"}));
    EXPECT_TRUE(result.note.empty());
}

// Cuts beyond the data are kept (a legend shared between maps): x = 1 … 10, cuts 0.5, 5, 20 →
// [0.5, 0.5] empty, (0.5, 5] = {1 … 5}, (5, 20] = {6 … 10}, (20, 20] empty.
TEST(Classification, manualBreaksBeyondTheDataKeepEmptyClasses)
{
    const std::vector<double> values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const ClassificationResult result = ManualClassification({0.5, 5, 20}).classes(values, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{0.5, 0.5, 5, 20, 20}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{0, 5, 5, 0}));
    EXPECT_EQ(result.labelsEnglish[0], "0.5");
}

TEST(Classification, manualBreaksMustBeFiniteAndStrictlyIncreasing)
{
    EXPECT_THROW(ManualClassification({}), InputError);
    EXPECT_THROW(ManualClassification({1, 1}), InputError);
    EXPECT_THROW(ManualClassification({2, 1}), InputError);
    EXPECT_THROW(ManualClassification({1, nan}), InputError);
    EXPECT_THROW(ManualClassification({1, std::numeric_limits<double>::infinity()}), InputError);
    EXPECT_THROW(ManualClassification(std::vector<double>(12, 0.0)), InputError);
    std::vector<double> eleven;
    for (int i = 0; i < 11; ++i)
        eleven.push_back(i);
    EXPECT_NO_THROW(ManualClassification{eleven});
    try {
        ManualClassification({1, 3, 2});
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("strictly increasing"), std::string::npos);
    }
}

// ---- Jenks -------------------------------------------------------------------------------------

// R 4.2.2 classInt 0.4-9 classIntervals(style='fisher'):
//   classIntervals(x, 5, style = "fisher") with x = crimeLike; parameters (min, max), bottom up:
//   3.1–18.3, 21.7–38.2, 47.5–61.0, 88.4–88.4, 120.7–120.7;
//   brks 3.1 20 42.850000000000001 74.700000000000003 104.55000000000001 120.7.
TEST(Classification, jenksMatchesClassIntFisherOnSmallData)
{
    const ClassificationResult result = JenksClassification().classes(crimeLike, 5);
    EXPECT_EQ(result.breaks, (std::vector<double>{3.1, 18.3, 38.2, 61.0, 88.4, 120.7}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{13, 6, 3, 1, 1}));
    expectClassExtremes(crimeLike, result,
                        {{3.1, 18.3}, {21.7, 38.2}, {47.5, 61.0}, {88.4, 88.4}, {120.7, 120.7}});
    const std::vector<Extremes> extremes = classExtremes(crimeLike, result);
    const std::vector<double> rHalfway = {20, 42.850000000000001, 74.700000000000003, 104.55000000000001};
    for (std::size_t i = 0; i < rHalfway.size(); ++i)
        EXPECT_NEAR((extremes[i].maximum + extremes[i + 1].minimum) / 2, rHalfway[i], 1e-12) << i;
}

// R 4.2.2 classInt 0.4-9 classIntervals(style='fisher'):
//   i <- 1:1000; y <- ((i * 7919) %% 1000)^2 / 1000; classIntervals(y, 5, style = "fisher")
//   parameters (min, max), bottom up: 0–131.044, 131.769–320.356, 321.489–531.441, 532.9–758.641,
//   760.384–998.001.
TEST(Classification, jenksMatchesClassIntFisherOnThousandValues)
{
    const std::vector<double> values = squaresData();
    const ClassificationResult result = JenksClassification().classes(values, 5);
    expectClassExtremes(
        values, result,
        {{0, 131.044}, {131.769, 320.356}, {321.489, 531.441}, {532.9, 758.641}, {760.384, 998.001}});
}

// Real data, 12 781 buurten with a WOZ value (947 distinct, many ties). R 4.2.2 classInt 0.4-9
// classIntervals(style='fisher'):
//   d <- read.csv(".../cbs-buurt-indicatoren-2024/buurten_2024.csv"); w <- d$wozWaarde;
//   w <- w[is.finite(w)]; classIntervals(w, 5, style = "fisher", largeN = Inf)
//   (largeN = Inf: classInt otherwise classifies a random sample above 3000 values)
//   parameters (min, max), bottom up: 31–341, 342–483, 484–668, 669–1033, 1042–2206;
//   counts 4096 4938 2818 824 105.
TEST(Classification, jenksMatchesClassIntFisherOnWozValues)
{
    const std::string path = bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (path.empty())
        GTEST_SKIP() << "real data folder absent";
    const std::vector<double> values = csvColumn(path, "wozWaarde");
    ASSERT_EQ(values.size(), 14574u);
    const ClassificationResult result = JenksClassification().classes(values, 5);
    EXPECT_EQ(result.noDataCount, 14574u - 12781u);
    EXPECT_EQ(result.breaks, (std::vector<double>{31, 341, 483, 668, 1033, 2206}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{4096, 4938, 2818, 824, 105}));
    expectClassExtremes(values, result, {{31, 341}, {342, 483}, {484, 668}, {669, 1033}, {1042, 2206}});
}

// Real data with one extreme outlier (BU0363AD01 Stationsplein e.o., Amsterdam: 5 inhabitants,
// 345 000 crimes per 1000): 13 994 crime rates, 2322 distinct. R 4.2.2 classInt 0.4-9
// classIntervals(style='fisher'):
//   x <- d$crime_per1000_avg2021_2025; x <- x[is.finite(x)];
//   classIntervals(x, 5, style = "fisher", largeN = Inf)
//   parameters (min, max), bottom up: 0–1940, 1960–7885.7, 8320–20420, 24133.3–45520, 345000–345000;
//   counts 13797 164 26 6 1.
TEST(Classification, jenksMatchesClassIntFisherOnCrimeRates)
{
    const std::string path = bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (path.empty())
        GTEST_SKIP() << "real data folder absent";
    const std::vector<double> values = csvColumn(path, "crime_per1000_avg2021_2025");
    const ClassificationResult result = JenksClassification().classes(values, 5);
    EXPECT_EQ(result.noDataCount, 14574u - 13994u);
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{13797, 164, 26, 6, 1}));
    expectClassExtremes(values, result,
                        {{0, 1940}, {1960, 7885.7}, {8320, 20420}, {24133.3, 45520}, {345000, 345000}});
}

// Same WOZ values. R 4.2.2: quantile(w, probs = seq(0, 1, 0.2), type = 7) → 31 297 369 439 537 2206;
// classInt 0.4-9 classIntervals(w, style = "headtails")$brks → 31 429.79305218683982 2206 (the
// first head already holds ≥ 40 %: WOZ values are not heavy-tailed). Tolerance 1e-9 (×€1000).
TEST(Classification, quantileAndHeadTailMatchROnWozValues)
{
    const std::string path = bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (path.empty())
        GTEST_SKIP() << "real data folder absent";
    const std::vector<double> values = csvColumn(path, "wozWaarde");
    EXPECT_EQ(QuantileClassification().classes(values, 5).breaks,
              (std::vector<double>{31, 297, 369, 439, 537, 2206}));
    const ClassificationResult headTail = HeadTailClassification().classes(values, 12);
    ASSERT_EQ(headTail.classCount(), 2);
    EXPECT_NEAR(headTail.breaks[1], 429.79305218683982, 1e-9);
}

// Same crime rates, heavy-tailed: the case head/tail breaks is made for. R 4.2.2:
// quantile(cr, probs = seq(0, 1, 0.2), type = 7) → 0 16.6 24.7 38.3 73.5 345000;
// classInt 0.4-9 classIntervals(cr, style = "headtails")$brks → 0 183.43545805345147
// 1624.4346394984325 6810.1482456140347 21629.06818181818 78616.185714285719 345000.
// Tolerance 1e-9 crimes per 1000 inhabitants.
TEST(Classification, quantileAndHeadTailMatchROnCrimeRates)
{
    const std::string path = bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (path.empty())
        GTEST_SKIP() << "real data folder absent";
    const std::vector<double> values = csvColumn(path, "crime_per1000_avg2021_2025");
    expectBreaksNear(QuantileClassification().classes(values, 5), {0, 16.6, 24.7, 38.3, 73.5, 345000}, 1e-9);
    expectBreaksNear(HeadTailClassification().classes(values, 12),
                     {0, 183.43545805345147, 1624.4346394984325, 6810.1482456140347, 21629.06818181818,
                      78616.185714285719, 345000},
                     1e-9);
}

// The library solves over distinct values with divide and conquer; the plain O(k·n²) programme
// over all values must reach the same optimum (relative tolerance 1e-9 of the SSE) on skewed,
// heavily tied integers from a fixed linear congruential generator.
TEST(Classification, jenksReachesThePlainDynamicProgrammingOptimum)
{
    std::vector<double> values;
    std::uint32_t state = 20240101u;
    for (int i = 0; i < 300; ++i) {
        state = state * 1664525u + 1013904223u;
        const double uniform = (state >> 8) / 16777216.0;
        values.push_back(std::floor(std::pow(uniform, 3.0) * 60.0));
    }
    for (int k = 2; k <= 8; ++k) {
        const ClassificationResult result = JenksClassification().classes(values, k);
        ASSERT_EQ(result.classCount(), k);
        const double expected = plainFisherOptimum(values, k);
        EXPECT_NEAR(withinClassSse(values, result.classOfValue, k), expected, 1e-9 * expected) << k;
    }
}

// As many distinct values as classes: each value alone, zero within-class spread.
TEST(Classification, jenksGivesEachValueItsClassWhenDistinctValuesEqualClasses)
{
    const std::vector<double> values = {5, 1, 1, 9, 5, 20};
    const ClassificationResult result = JenksClassification().classes(values, 4);
    EXPECT_EQ(result.breaks, (std::vector<double>{1, 1, 5, 9, 20}));
    EXPECT_EQ(result.counts, (std::vector<std::size_t>{2, 2, 1, 1}));
    EXPECT_TRUE(result.note.empty());
}

} // namespace
