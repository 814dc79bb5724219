// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/table.h"
#include "model/areaset.h"
#include "util/feedback.h"

#include <string>
#include <utility>
#include <vector>

namespace bib::core {

/// What happened when a table was joined to the areas by code.
struct JoinReport
{
    std::string tablePath;
    std::string tableIdField;
    std::size_t areaCount = 0;
    std::size_t rowCount = 0;
    std::size_t matched = 0;                 ///< areas that received a row
    std::vector<std::string> unmatchedAreas; ///< area ids without a row, in area order
    std::vector<std::string> unmatchedRows;  ///< table codes without an area, in table order
    std::vector<std::string> duplicateCodes; ///< table codes that occur more than once
    std::vector<std::pair<std::string, std::string>> normalisedCodes; ///< (as in table, as matched)
    std::vector<std::string> joinedColumns;  ///< numeric columns added to the area set
    std::vector<std::string> skippedColumns; ///< text columns or name clashes not added
};

struct JoinOptions
{
    /// Columns to join; all numeric columns but the id when empty.
    std::vector<std::string> columns;
    /// Prefix for joined column names that clash with existing area columns.
    std::string clashPrefix = "t_";
};

/// Joins a table's numeric columns to the areas by code.
///
/// Codes are compared exactly first; a code that only matches after trimming whitespace (CBS pads
/// codes with spaces) or ignoring case is matched and listed in normalisedCodes with a warning. For a
/// duplicated code the first row wins and the code is listed. Areas without a row get NaN. Throws InputError
/// when the id field is not in the table.
JoinReport joinTable(AreaSet& areas, const Table& table, const std::string& tableIdField,
                     const JoinOptions& options, Feedback& feedback);

} // namespace bib::core
