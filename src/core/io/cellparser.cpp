// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/cellparser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

namespace bib::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool isNotFiniteWord(std::string_view cell)
{
    if (!cell.empty() && (cell.front() == '-' || cell.front() == '+'))
        cell.remove_prefix(1);
    return equalsIgnoringCase(cell, "nan") || equalsIgnoringCase(cell, "inf") ||
           equalsIgnoringCase(cell, "infinity");
}

// The parts of a number-shaped cell: [sign] body [exponent], body = digits and separators.
struct NumberShape
{
    bool valid = false; ///< only sign, digits, separators and a well-formed exponent
    std::size_t digits = 0;
    std::size_t points = 0;
    std::size_t commas = 0;
    std::size_t bodyBegin = 0;
    std::size_t bodyEnd = 0;
};

NumberShape scanNumber(std::string_view cell)
{
    NumberShape shape;
    std::size_t i = 0;
    if (i < cell.size() && (cell[i] == '-' || cell[i] == '+'))
        ++i;
    shape.bodyBegin = i;
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (isDigit(c))
            ++shape.digits;
        else if (c == '.')
            ++shape.points;
        else if (c == ',')
            ++shape.commas;
        else
            break;
    }
    shape.bodyEnd = i;
    if (shape.digits == 0)
        return shape;
    if (i < cell.size() && (cell[i] == 'e' || cell[i] == 'E')) {
        ++i;
        if (i < cell.size() && (cell[i] == '-' || cell[i] == '+'))
            ++i;
        const std::size_t exponentDigits = i;
        while (i < cell.size() && isDigit(cell[i]))
            ++i;
        if (i == exponentDigits)
            return shape;
    }
    shape.valid = i == cell.size();
    return shape;
}

// Parses a decimal-point number (optional '-', no '+') that the caller has validated.
CellValue fromChars(const char* first, const char* last)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(first, last, value, std::chars_format::general);
    if (error == std::errc::result_out_of_range)
        return {CellKind::NumberLike, 0.0, CellProblem::OutOfRange};
    if (error != std::errc() || end != last)
        return {CellKind::Text, 0.0, CellProblem::None};
    if (!std::isfinite(value))
        return {CellKind::NumberLike, 0.0, CellProblem::OutOfRange};
    return {CellKind::Number, value, CellProblem::None};
}

// Reads a trimmed cell as a number with the given decimal separator (markers aside).
CellValue parseNumber(std::string_view cell, char decimal)
{
    const NumberShape shape = scanNumber(cell);
    if (!shape.valid) {
        if (isNotFiniteWord(cell))
            return {CellKind::NumberLike, 0.0, CellProblem::NotFinite};
        return {CellKind::Text, 0.0, CellProblem::None};
    }
    const std::size_t separators = shape.points + shape.commas;
    const std::size_t wrong = decimal == ',' ? shape.points : shape.commas;
    if (separators > 1 || wrong > 0)
        return {CellKind::NumberLike, 0.0, CellProblem::WrongSeparator};
    const std::string_view body = cell.substr(shape.bodyBegin);
    if (shape.commas == 0 && cell.front() != '+')
        return fromChars(cell.data(), cell.data() + cell.size());
    if (shape.commas == 0)
        return fromChars(body.data(), body.data() + body.size());
    // from_chars reads neither '+' nor ','; rewrite the number into a buffer with a decimal point.
    char local[64];
    std::string heap;
    char* buffer = local;
    if (cell.size() > sizeof local) {
        heap.resize(cell.size());
        buffer = heap.data();
    }
    std::size_t n = 0;
    if (cell.front() == '-')
        buffer[n++] = '-';
    for (const char c : body)
        buffer[n++] = c == ',' ? '.' : c;
    return fromChars(buffer, buffer + n);
}

} // namespace

std::string_view trimSpaces(std::string_view text)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.substr(begin, end - begin);
}

CellParser::CellParser(char decimalSeparator, const std::vector<std::string>& missingMarkers)
    : mDecimal(decimalSeparator)
{
    for (const auto& marker : missingMarkers) {
        const std::string_view trimmed = trimSpaces(marker);
        if (trimmed.empty())
            continue;
        mMarkers.emplace_back(trimmed);
        mLongestMarker = std::max(mLongestMarker, trimmed.size());
        const CellValue value = parseNumber(trimmed, '.');
        if (value.kind == CellKind::Number)
            mMarkerNumbers.push_back(value.number);
    }
}

bool CellParser::isMissing(std::string_view cell) const
{
    if (cell.empty())
        return true;
    if (cell.size() > mLongestMarker)
        return false;
    return std::any_of(mMarkers.begin(), mMarkers.end(), [&](const std::string& m) { return m == cell; });
}

bool CellParser::isMissingValue(double value) const
{
    return std::find(mMarkerNumbers.begin(), mMarkerNumbers.end(), value) != mMarkerNumbers.end();
}

CellValue CellParser::parse(std::string_view cell) const
{
    if (isMissing(cell))
        return {CellKind::Missing, 0.0, CellProblem::None};
    const CellValue value = parseNumber(cell, mDecimal);
    if (value.kind == CellKind::Number && isMissingValue(value.number))
        return {CellKind::Missing, 0.0, CellProblem::None};
    return value;
}

DecimalShape CellParser::decimalShape(std::string_view cell)
{
    const NumberShape shape = scanNumber(cell);
    if (!shape.valid || shape.points + shape.commas != 1 || shape.bodyEnd != cell.size())
        return DecimalShape::None;
    const std::string_view body = cell.substr(shape.bodyBegin, shape.bodyEnd - shape.bodyBegin);
    const std::size_t separator = body.find_first_of(".,");
    if (separator == 0 || separator + 1 == body.size())
        return DecimalShape::None;
    // One to three integer digits without a leading zero and three after could be a thousands group.
    const bool groupShaped = separator <= 3 && body.front() != '0' && body.size() - separator - 1 == 3;
    if (body[separator] == ',')
        return groupShaped ? DecimalShape::CommaOrGroup : DecimalShape::Comma;
    return groupShaped ? DecimalShape::PointOrGroup : DecimalShape::Point;
}

} // namespace bib::core
