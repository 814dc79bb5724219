// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "temporal/counttable.h"
#include "temporal/forecaster.h"
#include "temporal/peakdetector.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bib::core {

/// Which way an indicator points: Positive means a higher value signals more need for attention.
enum class Direction
{
    Positive,
    Negative,
};

enum class TransformKind
{
    None,
    Log,     ///< ln(1 + x); needs x > −1
    Per1000, ///< x / denominator × 1000; missing where the denominator is missing or 0
};

struct Transform
{
    TransformKind kind = TransformKind::None;
    std::string denominator; ///< field of the denominator for Per1000
};

enum class NormalisationKind
{
    ZScore,
    MinMax,
    Rank,
    Percentile,
    Goalposts,
    Threshold,
};

struct Normalisation
{
    NormalisationKind kind = NormalisationKind::ZScore;
    double low = 0.0;  ///< goalposts: the value mapped to 0; threshold: t
    double high = 1.0; ///< goalposts: the value mapped to 1
};

enum class OutlierTreatment
{
    None,
    Winsorise, ///< COINr's default rule, see normalisation.h
};

struct IndicatorSpec
{
    std::string field;
    std::string label;
    std::string unit;
    Direction direction = Direction::Positive;
    Transform transform;
    Normalisation normalisation;
    OutlierTreatment outliers = OutlierTreatment::None;
    double weight = 1.0;
    std::string domain; ///< empty: no domain
};

struct DomainSpec
{
    std::string name;
    double weight = 1.0;
};

enum class Aggregation
{
    Arithmetic,
    Geometric,
};

enum class MissingRule
{
    Exclude,
    Mean,
    Median,
    Reweight,
};

struct ClassificationSpec
{
    std::string method = "quantile"; ///< quantile, equal-interval, jenks, stddev, headtail, manual
    int classes = 5;
    std::vector<double> breaks; ///< manual breaks
};

struct AreaSpec
{
    std::string path; ///< resolved against the recipe's folder when relative
    std::string layer;
    std::string id;
    std::string name;
    std::string filter;
    std::string assumeCrs;
};

struct TableSpec
{
    std::string path; ///< resolved against the recipe's folder when relative
    std::string id;
    std::string sheet;
};

/// What a column derived from events holds (key "measure"); see docs/recipe.md, "Events".
enum class EventMeasure
{
    Count,  ///< events in the last `periods` periods up to the reference period (all periods when 0)
    Signal, ///< the peak detector's score in the reference period
    Alarm,  ///< 1 when the peak detector alarms in the reference period (minimum-count rule applied), else 0
    Forecast, ///< the expected number of events in the `periods` periods after the reference period
};

/// The peak options of an events column before the recipe's keys: PeakOptions with min_sigma 1.
inline PeakOptions eventPeakOptions()
{
    PeakOptions options;
    options.minimumSigma = 1.0;
    return options;
}

/// One numeric column derived from an events source and added to the areas (key "columns[]").
struct EventColumnSpec
{
    std::string name; ///< the new column; indicators name it in "field"
    EventMeasure measure = EventMeasure::Count;
    std::size_t periods = 0;                    ///< count: window (0 = all); forecast: horizon (≥ 1)
    PeakMethod peakMethod = PeakMethod::EarsC2; ///< signal and alarm
    /// baseline, min_sigma, min_count (signal and alarm). min_sigma defaults to 1, not earsC's 0: an index
    /// needs a score in every area, and with 0 an area whose baseline has no variation has none.
    PeakOptions peakOptions = eventPeakOptions();
    ForecastMethod forecastMethod = ForecastMethod::HoltWinters; ///< forecast
};

/// A file of dated point events counted per area and period (key "events[]"); the locating keys are
/// the options of `bib aggregate` (exactly one of x+y, lon+lat, wkt, code, or none for a point layer).
struct EventSourceSpec
{
    std::string path; ///< resolved against the recipe's folder when relative
    std::string layer;
    std::string x, y, lon, lat, wkt, code, crs;
    std::string time;
    std::string category;                ///< field; with `categories`, only those values are counted
    std::vector<std::string> categories; ///< empty: every event
    Period period = Period::Week;
    /// ISO date inside the reference ("current") period; empty: the period of the last counted event.
    std::string end;
    std::vector<EventColumnSpec> columns;
};

/// Settings of the uncertainty analysis (key "robustness"); see docs/recipe.md and robustness.h.
struct RobustnessSpec
{
    std::size_t draws = 1000;                  ///< Monte Carlo draws, 1 … 100,000
    bool perturbWeights = true;                ///< Dirichlet noise around the weights
    double concentration = 50.0;               ///< Dirichlet concentration c > 0: α = c × w / Σw
    std::vector<Normalisation> normalisations; ///< alternatives for all indicators; empty = each its own
    std::vector<Aggregation> aggregations;     ///< alternatives; empty = the recipe's aggregation
};

/// Disclosure rules (key "privacy"); applied by privacy/disclosure.h to every export.
struct PrivacySpec
{
    int minimumCount = 5;          ///< counts below this are suppressed
    double minimumPopulation = 50; ///< rates with a smaller denominator are suppressed
    /// Columns that hold counts of people or events (key "count_fields"). Every indicator with the
    /// transform per1000:<denominator> is a rate on that denominator without being listed here.
    std::vector<std::string> countFields;
};

/// A table of all areas of a larger whole, usually every buurt of the Netherlands (key
/// "reference"), holding the indicator fields under the same names: each indicator's reference
/// figure is computed from it with the rule of the municipal figure (see index/referencefigures.h).
struct ReferenceSpec
{
    std::string label = "Nederland"; ///< heading of the reference's column and bar, as printed
    std::string path;                ///< resolved against the recipe's folder when relative
    std::string id;                  ///< column with the area codes (one row per area)
    std::string sheet;               ///< sheet of an XLSX/ODS file; first when empty
};

/// One complete, versioned definition of an analysis (`*.bib.json`); see docs/recipe.md.
struct Recipe
{
    int version = 1; ///< the file format version, key "bib_recipe"
    std::string name;
    std::uint64_t seed = 12345;
    AreaSpec areas;
    std::vector<TableSpec> tables;
    std::vector<EventSourceSpec> events; ///< event sources whose derived columns indicators may use
    std::vector<IndicatorSpec> indicators;
    std::vector<DomainSpec> domains;
    Aggregation aggregation = Aggregation::Arithmetic;
    MissingRule missing = MissingRule::Exclude;
    ClassificationSpec classification;
    PrivacySpec privacy;
    std::optional<RobustnessSpec> robustness; ///< present when the recipe asks for an uncertainty analysis
    std::optional<ReferenceSpec> reference;   ///< present when the recipe compares with a larger whole

    std::string sourcePath; ///< the file it was read from (empty when built in memory)
    std::string sha256;     ///< of the file's bytes, hex; printed on every map and briefing
};

/// Reads and validates a recipe. Relative paths inside are resolved against the recipe's folder.
/// Throws InputError naming the file and the key path (`indicators[3].weight: must be ≥ 0`) for
/// unknown keys, wrong types, bad values, duplicate fields or domains that are not declared.
/// Event columns of measure count and forecast are counts of events for the privacy rules: their
/// names are added to privacy.countFields when not listed there.
Recipe readRecipe(const std::string& path);

/// Parses recipe text; `origin` names it in messages and `baseFolder` resolves relative paths.
Recipe parseRecipe(const std::string& text, const std::string& origin, const std::string& baseFolder);

/// The recipe as JSON text (stable key order, paths as given). Round-trips through parseRecipe.
std::string recipeToJson(const Recipe& recipe);

/// Text forms used in recipes and messages, e.g. "zscore", "goalposts:0:100", "per1000:inwoners".
std::string toString(const Normalisation& normalisation);
std::string toString(const Transform& transform);
std::string toString(Aggregation aggregation);
std::string toString(MissingRule rule);
std::string toString(EventMeasure measure);

/// Parse the text forms; nullopt for unknown text.
std::optional<Normalisation> parseNormalisation(const std::string& text);
std::optional<Transform> parseTransform(const std::string& text);

} // namespace bib::core
