// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bib::core {

/// One field of a CSV record. `text` points into the parser's buffer: unquoted fields as written
/// (not trimmed), quoted fields without their quotes and with doubled quotes undone.
struct CsvCell
{
    std::string_view text;
    bool quoted = false;
};

/// Splits CSV text into records (RFC 4180): fields separated by one delimiter character, records by
/// LF, CRLF or CR; a field that starts with '"' (after spaces) may hold delimiters, line breaks and
/// doubled quotes. Lenient where files in the wild are: a quote inside an unquoted field is a plain
/// character, and text after a closing quote is kept (and counted in strayQuoteLines()).
///
/// Quoted fields are unescaped in place, so the buffer is modified and must outlive the cells.
/// Linear in the buffer size; no allocation per field.
class CsvParser
{
public:
    /// `source` names the file in error messages.
    CsvParser(std::string& buffer, char delimiter, std::string source);

    /// Reads the next record into `cells` (cleared first). Returns false when the data is exhausted.
    /// Throws InputError when a quoted field is never closed.
    bool next(std::vector<CsvCell>& cells);

    /// 1-based line on which the record last returned by next() starts.
    std::size_t recordLine() const { return mRecordLine; }
    /// Lines where text followed a closing quote ("abc"def), in file order.
    const std::vector<std::size_t>& strayQuoteLines() const { return mStrayQuoteLines; }

private:
    CsvCell quotedField(std::size_t quote);
    CsvCell plainField();
    bool isFieldEnd(char c) const { return c == mDelimiter || c == '\n' || c == '\r'; }

    char* mData;
    std::size_t mSize;
    char mDelimiter;
    std::string mSource;
    std::size_t mPosition = 0;
    std::size_t mLine = 1;
    std::size_t mRecordLine = 1;
    std::vector<std::size_t> mStrayQuoteLines;
};

/// Picks ';', ',' or tab for CSV text: the candidate that occurs (outside quotes) in the header and
/// the same number of times in most of the first 50 records; then the one occurring most often in the
/// header; ties go to ';', then tab, then ','. Returns 0 when none occurs in the header (one column).
char detectDelimiter(std::string_view text);

} // namespace bib::core
