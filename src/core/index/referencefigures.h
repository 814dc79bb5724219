// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compositeindex.h"
#include "index/recipe.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <vector>

namespace bib::core {

/// The figure of one indicator for a whole set of areas, as briefings and the workstation print it
/// next to an area's own value: the municipal figure over the recipe's (published) areas, the
/// national figure over a reference table.
///
/// - transform per1000:<d>: Σ field / Σ d × 1000 over the rows where the field is a value and
///   d > 0 — the rate of the whole, not the mean of the areas' rates;
/// - transform none or log: the mean of the field's values. A log transform is a choice of the
///   index, so the figure stays in the field's own units, like the area's printed value.
///
/// Missing cells (NaN, which is also how a published area set holds a withheld cell) take no part.
/// NaN when the field or the denominator is no numeric column of `areas`, or no row has a value.
/// O(rows).
double referenceFigure(const AreaSet& areas, const IndicatorSpec& indicator);

/// referenceFigure() for each indicator of the recipe, in recipe order.
std::vector<double> referenceFigures(const AreaSet& areas, const Recipe& recipe);

/// The rows of a recipe's reference table (key "reference"), read once.
struct ReferenceTable
{
    std::string label; ///< the recipe's reference.label, e.g. "Nederland"
    std::string path;
    /// One area per row (no shapes), its id from the reference's id column, and every numeric
    /// column of the table with its values as read (privacy rules not yet applied).
    AreaSet areas;
};

/// Reads the table of recipe.reference (CSV, TSV, XLSX, ODS as readTable). Warns through feedback,
/// naming the file, for each indicator without a figure: its field or denominator is no column of
/// the table, or it is an events column (those are counted from the recipe's own event files and
/// have no national counterpart). Throws InputError naming the file and the key for: a recipe
/// without a reference, a file readTable cannot read, a missing id column (listing the columns), an
/// empty or duplicate code (with its rows), and an indicator field or denominator that the table
/// holds as text (with an example cell). O(rows × columns).
ReferenceTable readReferenceTable(const Recipe& recipe, Feedback& feedback);

/// Each indicator's figure over the reference table, in recipe order, computed exactly as the
/// municipal figure of the published areas: the recipe's privacy rules first withhold the table's
/// cells they would withhold in an area (counts below minimum_count, rates on fewer than
/// minimum_population), then referenceFigure() over what is left. NaN for events columns and for
/// fields or denominators the table lacks. O(rows × indicators).
std::vector<double> referenceTableFigures(const ReferenceTable& table, const Recipe& recipe);

/// A figure of an indicator (in the field's units, as referenceFigure gives it) placed on the
/// index's normalised scale of the recipe's areas, as if it were one more area that leaves the
/// statistics alone: after the transform (ln(1 + x) for log; a per1000 figure is a rate already),
///   zscore (x − mean) / sd, minmax (x − min) / (max − min), goalposts clamped to [0, 1],
///   threshold 1 where x > t; rank: the position among the areas' values, 0.5 + (values below) +
///   ½ (values equal), so a figure between the k-th and (k+1)-th value gets k + 0.5;
///   percentile: (rank − 1) / (n − 1);
/// with the statistics of PreparedIndicator::values (after outlier treatment and imputation),
/// then the direction as normalise() applies it. When the outlier treatment log-transformed the
/// values, the figure goes through the same log (ln(x − m + 1) or −ln(M − x + 1) with the areas'
/// original minimum m or maximum M); a winsorised indicator's figure is not clamped. NaN for a NaN
/// figure, a left-out indicator, and a figure outside the log's domain. O(areas).
double scoreOnIndexScale(const PreparedIndicator& indicator, double figure);

} // namespace bib::core
