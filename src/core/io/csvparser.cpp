// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvparser.h"

#include "util/error.h"

#include <array>
#include <utility>

namespace bib::core {

CsvParser::CsvParser(std::string& buffer, char delimiter, std::string source)
    : mData(buffer.data()), mSize(buffer.size()), mDelimiter(delimiter), mSource(std::move(source))
{
}

bool CsvParser::next(std::vector<CsvCell>& cells)
{
    cells.clear();
    if (mPosition >= mSize)
        return false;
    mRecordLine = mLine;
    while (true) {
        std::size_t start = mPosition;
        while (start < mSize && mData[start] == ' ')
            ++start;
        cells.push_back(start < mSize && mData[start] == '"' ? quotedField(start) : plainField());
        if (mPosition >= mSize)
            return true;
        const char end = mData[mPosition++];
        if (end == mDelimiter)
            continue;
        if (end == '\r' && mPosition < mSize && mData[mPosition] == '\n')
            ++mPosition;
        ++mLine;
        return true;
    }
}

CsvCell CsvParser::plainField()
{
    const std::size_t start = mPosition;
    std::size_t i = start;
    while (i < mSize && !isFieldEnd(mData[i]))
        ++i;
    mPosition = i;
    return {std::string_view(mData + start, i - start), false};
}

CsvCell CsvParser::quotedField(std::size_t quote)
{
    const std::size_t openedOnLine = mLine;
    const std::size_t begin = quote;
    std::size_t write = quote;
    std::size_t read = quote + 1;
    while (true) {
        if (read >= mSize)
            throw InputError(
                mSource + ": the quote (\") opened on line " + std::to_string(openedOnLine) +
                " is never closed, so the rest of the file would be one cell; remove the stray quote "
                "or double it (\"\") inside a quoted cell");
        const char c = mData[read];
        if (c == '"') {
            if (read + 1 < mSize && mData[read + 1] == '"') {
                mData[write++] = '"';
                read += 2;
                continue;
            }
            ++read;
            break;
        }
        if (c == '\n' || (c == '\r' && (read + 1 >= mSize || mData[read + 1] != '\n')))
            ++mLine;
        mData[write++] = c;
        ++read;
    }
    std::size_t after = read;
    while (after < mSize && mData[after] == ' ')
        ++after;
    if (after < mSize && !isFieldEnd(mData[after])) {
        mStrayQuoteLines.push_back(mLine);
        while (read < mSize && !isFieldEnd(mData[read]))
            mData[write++] = mData[read++];
        after = read;
    }
    mPosition = after;
    return {std::string_view(mData + begin, write - begin), true};
}

char detectDelimiter(std::string_view text)
{
    constexpr std::array<char, 3> candidates = {';', '\t', ','};
    constexpr std::size_t maxRecords = 50;
    std::vector<std::array<std::size_t, 3>> counts;
    std::array<std::size_t, 3> current{};
    bool inQuotes = false;
    bool blank = true;
    for (std::size_t i = 0; i < text.size() && counts.size() < maxRecords; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (!blank)
                counts.push_back(current);
            current = {};
            blank = true;
            continue;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k] ? 1 : 0;
        }
        blank = blank && (c == ' ');
    }
    if (!blank && counts.size() < maxRecords)
        counts.push_back(current);
    if (counts.empty())
        return 0;

    char best = 0;
    double bestShare = -1.0;
    std::size_t bestHeaderCount = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::size_t headerCount = counts[0][k];
        if (headerCount == 0)
            continue;
        std::size_t consistent = 0;
        for (std::size_t r = 1; r < counts.size(); ++r)
            consistent += counts[r][k] == headerCount ? 1 : 0;
        const double share = counts.size() > 1
                                 ? static_cast<double>(consistent) / static_cast<double>(counts.size() - 1)
                                 : 1.0;
        if (share > bestShare || (share == bestShare && headerCount > bestHeaderCount)) {
            best = candidates[k];
            bestShare = share;
            bestHeaderCount = headerCount;
        }
    }
    return best;
}

} // namespace bib::core
