// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// What one table cell holds.
enum class CellKind
{
    Missing,    ///< empty, or one of the missing markers ('.', CBS sentinels such as -99999999)
    Number,     ///< a finite number
    NumberLike, ///< looks like a number but is not read as one (see CellProblem)
    Text,       ///< anything else
};

/// Why a number-like cell is not read.
enum class CellProblem
{
    None,
    WrongSeparator, ///< "1.234" or "1.234,5" with a decimal comma, "1,5" with a decimal point
    NotFinite,      ///< NaN, Inf, Infinity in any case
    OutOfRange,     ///< beyond the range of a double (1e400) or below its smallest value (1e-400)
};

struct CellValue
{
    CellKind kind = CellKind::Missing;
    double number = 0.0; ///< only meaningful for CellKind::Number
    CellProblem problem = CellProblem::None;
};

/// How a cell would vote on the decimal separator of its file.
enum class DecimalShape
{
    None,         ///< not a number with exactly one separator
    Comma,        ///< "12,5", "0,125"
    Point,        ///< "12.5", "0.125"
    CommaOrGroup, ///< "1,234": a decimal comma, or a thousands separator in a decimal-point file
    PointOrGroup, ///< "1.234": a decimal point, or a thousands separator in a decimal-comma file
};

/// Trims ASCII spaces and tabs from both ends.
std::string_view trimSpaces(std::string_view text);

/// Reads table cells as numbers with one fixed decimal separator. Thousands separators are never
/// guessed: a number that contains the other separator, or more than one separator, is NumberLike
/// with CellProblem::WrongSeparator. Accepted: optional sign, digits with at most one decimal
/// separator, optional exponent ("1e3", "-0,5", "+7", ".5"). Parsing uses std::from_chars, so the
/// process locale plays no part. Immutable after construction; parse() is thread-safe.
class CellParser
{
public:
    /// `missingMarkers` are compared with the trimmed cell text; markers that are numbers (written
    /// with a decimal point) also match the same value in any notation ("-99999999,0").
    CellParser(char decimalSeparator, const std::vector<std::string>& missingMarkers);

    /// `cell` should be trimmed (see trimSpaces).
    CellValue parse(std::string_view cell) const;
    bool isMissing(std::string_view cell) const;
    /// True when `value` equals a marker that is a number (a spreadsheet cell holding -99999999).
    bool isMissingValue(double value) const;
    char decimalSeparator() const { return mDecimal; }

    /// Classifies a trimmed cell for decimal-separator detection.
    static DecimalShape decimalShape(std::string_view cell);

private:
    char mDecimal;
    std::vector<std::string> mMarkers;
    std::vector<double> mMarkerNumbers;
    std::size_t mLongestMarker = 0;
};

} // namespace bib::core
