// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    std::vector<double> breaks;      ///< manual breaks
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

/// Settings of the uncertainty analysis (key "robustness"); see docs/recipe.md and robustness.h.
struct RobustnessSpec
{
    std::size_t draws = 1000;              ///< Monte Carlo draws, 1 … 100,000
    bool perturbWeights = true;            ///< Dirichlet noise around the weights
    double concentration = 50.0;           ///< Dirichlet concentration c > 0: α = c × w / Σw
    std::vector<Normalisation> normalisations; ///< alternatives for all indicators; empty = each its own
    std::vector<Aggregation> aggregations;     ///< alternatives; empty = the recipe's aggregation
};

/// Disclosure rules (key "privacy"); applied by privacy/disclosure.h to every export.
struct PrivacySpec
{
    int minimumCount = 5;         ///< counts below this are suppressed
    double minimumPopulation = 50; ///< rates with a smaller denominator are suppressed
    /// Columns that hold counts of people or events (key "count_fields"). Every indicator with the
    /// transform per1000:<denominator> is a rate on that denominator without being listed here.
    std::vector<std::string> countFields;
};

/// One complete, versioned definition of an analysis (`*.bib.json`); see docs/recipe.md.
struct Recipe
{
    int version = 1; ///< the file format version, key "bib_recipe"
    std::string name;
    std::uint64_t seed = 12345;
    AreaSpec areas;
    std::vector<TableSpec> tables;
    std::vector<IndicatorSpec> indicators;
    std::vector<DomainSpec> domains;
    Aggregation aggregation = Aggregation::Arithmetic;
    MissingRule missing = MissingRule::Exclude;
    ClassificationSpec classification;
    PrivacySpec privacy;
    std::optional<RobustnessSpec> robustness; ///< present when the recipe asks for an uncertainty analysis

    std::string sourcePath; ///< the file it was read from (empty when built in memory)
    std::string sha256;     ///< of the file's bytes, hex; printed on every map and briefing
};

/// Reads and validates a recipe. Relative paths inside are resolved against the recipe's folder.
/// Throws InputError naming the file and the key path (`indicators[3].weight: must be ≥ 0`) for
/// unknown keys, wrong types, bad values, duplicate fields or domains that are not declared.
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

/// Parse the text forms; nullopt for unknown text.
std::optional<Normalisation> parseNormalisation(const std::string& text);
std::optional<Transform> parseTransform(const std::string& text);

} // namespace bib::core
