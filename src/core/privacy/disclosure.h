// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace bib::core {

/// What every output shows instead of a withheld value.
inline constexpr const char* suppressedText = "onderdrukt";

/// A rate column and the column of its denominator (the population it is a rate on).
struct RateColumn
{
    std::string field;
    std::string denominator;
    bool entersIndex = true; ///< weight > 0: a small denominator also withholds the area's index
};

/// Which columns the disclosure rules look at; see disclosureColumns().
struct DisclosureColumns
{
    std::vector<std::string> counts;
    std::vector<RateColumn> rates;
    /// Columns computed from all indicators of an area (index, rank, domain scores, class, …).
    std::vector<std::string> indexColumns;
    /// Text naming indicators with their standardised values (runCompositeIndex's "drivers").
    std::string driversColumn;
    /// The indicator fields that enter the index (weight > 0): when every one of them that holds a
    /// value in an area is withheld, the index is a function of withheld values only (rule 6).
    std::vector<std::string> indexInputs;
};

/// The columns of a recipe. Rates: every indicator with the transform per1000:<denominator>. Its
/// field holds the numerator — people or events counted in the area — so it is also a count.
/// Counts: those numerators and privacy.count_fields. Index columns: index, rank, rank_median,
/// rank_p05, rank_p95, class and d_<domain>. Drivers: "drivers". Index inputs: the indicator
/// fields with weight > 0.
DisclosureColumns disclosureColumns(const Recipe& recipe);

enum class SuppressionReason
{
    SmallCount,            ///< a count below minimum_count
    SmallDenominator,      ///< a rate on fewer than minimum_population
    DerivedFromWithheld,   ///< n_<field> / c_<field> of a withheld value, or drivers naming it
    SmallPopulationIndex,  ///< index columns of an area with a rate denominator below minimum_population
    IndexOfWithheldInputs, ///< index columns of an area whose every index input is withheld
};

/// Short English name of a reason, for summaries ("small count", …).
std::string toString(SuppressionReason reason);

struct SuppressedCell
{
    std::string column;
    std::size_t row = 0;
    SuppressionReason reason = SuppressionReason::SmallCount;
};

/// Which cells of an area set may not leave the program.
class SuppressionMask
{
public:
    /// True when the cell of `column` in `row` is withheld. False for unknown columns.
    bool isSuppressed(const std::string& column, std::size_t row) const;
    /// Every column the rules apply to (present in the area set), whether or not anything was
    /// withheld in it; exporters give each a status column so the file layout does not depend on
    /// the data.
    const std::vector<std::string>& protectedColumns() const { return mProtected; }
    /// Every withheld cell with its first reason, by rule order, then column, then row.
    const std::vector<SuppressedCell>& cells() const { return mCells; }
    /// Number of withheld cells per (column, reason), for summaries that print counts, not values.
    std::map<std::pair<std::string, SuppressionReason>, std::size_t> tally() const;

    void protect(const std::string& column, std::size_t rows);
    /// Withholds a cell of a protected column; a second call for the same cell does nothing.
    /// Returns true when the cell was newly withheld.
    bool suppress(const std::string& column, std::size_t row, SuppressionReason reason);

private:
    std::map<std::string, std::vector<bool>> mMask;
    std::vector<std::string> mProtected;
    std::vector<SuppressedCell> mCells;
};

/// Applies the disclosure rules of `privacy` to `areas` (docs/recipe.md, "Privacy"):
///
/// 1. a count cell with a value v < minimum_count (0 included) is withheld;
/// 2. a rate cell whose denominator d < minimum_population (0 included) is withheld;
/// 3. n_<field> and c_<field> of a withheld cell are withheld;
/// 4. the index columns of an area where the denominator of a rate that enters the index is below
///    minimum_population are withheld: an index over so few people marks a handful of households;
/// 5. the drivers text of an area with any withheld cell is withheld (it prints standardised
///    values of the indicators it names).
///
/// Only cells that hold a value (finite number, non-empty text) are withheld; a missing value
/// stays missing ("geen gegevens"). A missing denominator withholds nothing by itself (the rate is
/// missing then). Columns absent from `areas` are skipped, except a declared count field: that is
/// an InputError, because a misspelt name would otherwise leak the real column. O(cells).
SuppressionMask findSuppressions(const AreaSet& areas, const PrivacySpec& privacy,
                                 const DisclosureColumns& columns);

/// How an exporter shows a withheld cell.
enum class SuppressedCellForm
{
    TextInCell,     ///< CSV: the cell holds "onderdrukt" (protected numeric columns become text)
    NullWithStatus, ///< GeoPackage, XLSX: the typed cell is NULL and <column>_status holds "onderdrukt"
};

/// Areas ready to be written, and the columns to write after the id and name, in order.
struct WithheldAreas
{
    AreaSet areas;
    std::vector<std::string> columns;
};

/// A copy of `areas` (ids, names, shapes) holding only `columns`, in that order (numeric or text;
/// InternalError for an unknown name), with every withheld cell replaced as `form` says. With
/// NullWithStatus each protected numeric column is followed by the text column <column>_status,
/// "onderdrukt" where withheld and empty elsewhere. Withheld text cells read "onderdrukt" in both
/// forms; with TextInCell protected numeric columns become text (shortest round-trip numbers).
WithheldAreas withheldCopy(const AreaSet& areas, const SuppressionMask& mask,
                           const std::vector<std::string>& columns, SuppressedCellForm form);

} // namespace bib::core
