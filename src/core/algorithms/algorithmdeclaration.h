// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// What kind of value a parameter takes. Each front end maps it to its own widget or option:
/// the CLI to a CLI11 option, the QGIS provider to a QgsProcessingParameter of the matching class.
enum class ParameterType
{
    File,          ///< an input file (a recipe, a count table)
    AreaLayer,     ///< a polygon layer with the areas
    PointLayer,    ///< a point layer (events)
    Field,         ///< any field of the area layer (the id, the name)
    NumericField,  ///< a numeric field of the area layer
    NumericFields, ///< one or more numeric fields of the area layer
    Number,        ///< a double
    Integer,       ///< a whole number
    Choice,        ///< one of `choices`, by its text
    Boolean,       ///< a flag, false by default
    Text,          ///< free text checked by a core parser (e.g. the weights "knn:6")
    Crs,           ///< a coordinate reference system, e.g. "EPSG:28992"
    AreaOutput,    ///< the result layer (CLI: a .gpkg or .csv file)
    FileOutput,    ///< a file the core writes itself (a count table, a protected export)
};

/// One parameter of an algorithm, declared once for every front end.
///
/// `key` is public API: the QGIS parameter name and, with '_' as '-', the CLI long option
/// (`no_self` ↔ `--no-self`), unless `cliName` says otherwise (a positional argument such as
/// AREAS). Defaults are written as the CLI shows them (`999`, `0.05`, `queen`); empty: none.
struct ParameterDeclaration
{
    std::string key;
    ParameterType type = ParameterType::Text;
    std::string labelEnglish;
    std::string labelDutch;
    std::string helpEnglish;
    std::string helpDutch;
    std::string defaultValue;
    bool optional = false;
    std::vector<std::string> choices; ///< Choice: the values, in order
    std::string fileFilter;           ///< File/FileOutput: e.g. "CSV (*.csv)", Qt's filter syntax
    std::optional<double> minimum;    ///< Number/Integer
    std::optional<double> maximum;    ///< Number/Integer
    std::string cliName;              ///< empty: "--" + key with '_' as '-'
    /// CLI flags that together stand for this parameter (the `adjustment` choice is `--fdr` or
    /// `--bonferroni` on the command line); the CLI then has no option named after the key.
    std::vector<std::string> cliFlags;
    /// true: only the QGIS provider has it (the CLI has its own way, e.g. the output file).
    bool qgisOnly = false;

    /// The CLI spelling: cliName, or "--" + key with '_' replaced by '-'.
    std::string cliOption() const;
};

/// An algorithm as every front end shows it: a stable id, names, help in Dutch and English and its
/// parameters. The run functions live with each front end and call the same core functions.
struct AlgorithmDeclaration
{
    std::string id;         ///< public API, e.g. "composite-index"
    std::string cliCommand; ///< the `bib` subcommand that runs it, e.g. "compose"; empty: none
    std::string nameEnglish;
    std::string nameDutch;
    std::string groupEnglish;
    std::string groupDutch;
    std::string helpEnglish;
    std::string helpDutch;
    std::vector<ParameterDeclaration> parameters;
    /// CLI options without a QGIS parameter, with the reason in the declaration's source (a QGIS
    /// layer is chosen, filtered and given its CRS in QGIS itself: --layer, --filter, --assume-crs).
    std::vector<std::string> cliOnlyOptions;

    const ParameterDeclaration* parameter(std::string_view key) const;
};

/// Every declared algorithm, in menu order. Built on first use (nothing runs at library load:
/// QGIS dlopens every plugin library while scanning).
const std::vector<AlgorithmDeclaration>& algorithmDeclarations();

/// The declaration with this id; throws InternalError for an unknown id.
const AlgorithmDeclaration& algorithmDeclaration(std::string_view id);

/// The QGIS algorithm name of an id: the id without '-' (QGIS wants lower-case letters and digits),
/// e.g. "composite-index" → "compositeindex".
std::string qgisAlgorithmName(std::string_view id);

} // namespace bib::core
