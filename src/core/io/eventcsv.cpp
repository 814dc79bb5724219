// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/cellparser.h"
#include "io/csvparser.h"
#include "io/eventrows.h"
#include "io/textencoding.h"
#include "util/error.h"

#include <cstdio>
#include <cstring>
#include <memory>

namespace bib::core::eventio {

namespace {

constexpr std::size_t kBlockBytes = std::size_t{4} << 20;
constexpr std::size_t kSniffNulBytes = 64 * 1024;

/// The end of the last complete record in `text` (0 when there is none), splitting records as
/// CsvParser does: a field that starts with '"' after spaces is quoted and may hold line breaks. A
/// '\r' at the very end is not an end yet (a '\n' may follow in the next block).
std::size_t completeRecordsEnd(std::string_view text, char delimiter)
{
    if (text.find('"') == std::string_view::npos) {
        const std::size_t lf = text.rfind('\n');
        if (lf != std::string_view::npos)
            return lf + 1;
        const std::size_t cr = text.size() < 2 ? std::string_view::npos : text.rfind('\r', text.size() - 2);
        return cr == std::string_view::npos ? 0 : cr + 1;
    }
    std::size_t end = 0;
    bool fieldStart = true;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 >= text.size())
                    break;
                if (text[i + 1] == '"')
                    ++i;
                else
                    quoted = false;
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 >= text.size())
                break;
            if (c == '\r' && text[i + 1] == '\n')
                ++i;
            end = i + 1;
            fieldStart = true;
        } else if (fieldStart && c == '"') {
            quoted = true;
            fieldStart = false;
        } else if (c == delimiter) {
            fieldStart = true;
        } else if (c != ' ') {
            fieldStart = false;
        }
    }
    return end;
}

/// Line breaks as CsvParser counts them: LF, CRLF or a lone CR.
std::size_t lineBreaks(std::string_view text)
{
    std::size_t count = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (text.find('\r') == std::string_view::npos)
        return count;
    for (std::size_t i = 0; i < text.size(); ++i)
        count += text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n') ? 1 : 0;
    return count;
}

/// Reads a CSV file as blocks of whole records, decoded to UTF-8.
class CsvBlocks
{
public:
    explicit CsvBlocks(const std::string& path) : mPath(path), mIn(std::fopen(path.c_str(), "rb"))
    {
        if (!mIn)
            throw InputError(path + ": file not found or not readable; check the path and the file name");
        long size = -1;
        if (std::fseek(mIn.get(), 0, SEEK_END) == 0)
            size = std::ftell(mIn.get());
        if (size < 0 || std::fseek(mIn.get(), 0, SEEK_SET) != 0)
            throw InputError(path + ": cannot read the file; check that it is a readable file, not a folder");
        if (size == 0)
            throw InputError(path + ": the file is empty (0 bytes); export the table again");
        mSize = static_cast<std::uintmax_t>(size);
    }

    /// The next block of whole records (the rest of the file at its end); false when none is left.
    bool next(std::string& block)
    {
        block = std::move(mCarry);
        mCarry.clear();
        std::size_t want = kBlockBytes;
        while (true) {
            if (!mEof)
                readMore(block, want);
            if (mFirst)
                startFile(block);
            const std::size_t end = mEof ? block.size() : completeRecordsEnd(block, mDelimiter);
            if (end > 0 || mEof) {
                mCarry.assign(block, end);
                block.resize(end);
                break;
            }
            want *= 2; // one record longer than a block: read on until it ends
        }
        if (block.empty())
            return false;
        if (!mWindows1252 && !isValidUtf8(block))
            mWindows1252 = true;
        if (mWindows1252)
            block = windows1252ToUtf8(block);
        return true;
    }

    char delimiter() const { return mDelimiter; }
    double percentRead() const
    {
        return 100.0 * static_cast<double>(mRead) / static_cast<double>(std::max<std::uintmax_t>(mSize, 1));
    }

private:
    void readMore(std::string& block, std::size_t want)
    {
        const std::size_t old = block.size();
        block.resize(old + want);
        const std::size_t got = std::fread(block.data() + old, 1, want, mIn.get());
        block.resize(old + got);
        if (got < want && std::ferror(mIn.get()))
            throw InputError(mPath + ": reading the file failed after " + std::to_string(mRead + got) +
                             " bytes");
        mRead += got;
        if (got < want)
            mEof = true;
    }

    void startFile(std::string& block)
    {
        mFirst = false;
        if (block.compare(0, 3, "\xEF\xBB\xBF") == 0)
            block.erase(0, 3);
        if (std::memchr(block.data(), 0, std::min(block.size(), kSniffNulBytes)) != nullptr)
            throw InputError(mPath +
                             ": the file holds binary data (NUL bytes), not text; export the events as CSV");
        const char detected = detectDelimiter(block);
        mDelimiter = detected != 0 ? detected : ',';
    }

    struct FileCloser
    {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };

    std::string mPath;
    std::unique_ptr<std::FILE, FileCloser> mIn;
    std::uintmax_t mSize = 0;
    std::uintmax_t mRead = 0;
    std::string mCarry;
    char mDelimiter = ',';
    bool mEof = false;
    bool mFirst = true;
    bool mWindows1252 = false;
};

/// Column positions of the fields a CSV event source names (-1 when not used).
struct CsvColumns
{
    int first = -1;
    int second = -1;
    int time = -1;
    int category = -1;
};

int csvColumn(const std::vector<std::string>& names, const std::string& path, const std::string& name,
              const std::string& role)
{
    if (name.empty())
        return -1;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        throw InputError(path + ": no column '" + name + "' for the " + role +
                         "; columns are: " + joined(names));
    return static_cast<int>(it - names.begin());
}

CsvColumns csvColumns(const EventSource& source, Locator locator, const std::vector<std::string>& names)
{
    if (locator == Locator::Geometry)
        throw InputError(noLocatorMessage(source.path, names));
    CsvColumns columns;
    columns.time = csvColumn(names, source.path, source.timeField, "time");
    columns.category = csvColumn(names, source.path, source.categoryField, "category");
    columns.first = csvColumn(names, source.path, firstField(source, locator), "position");
    if (locator == Locator::XY || locator == Locator::LonLat)
        columns.second = csvColumn(names, source.path, secondField(source, locator), "position");
    return columns;
}

bool isBlankRecord(const std::vector<CsvCell>& record)
{
    return record.size() == 1 && !record[0].quoted && trimSpaces(record[0].text).empty();
}

/// Turns CSV records into collector rows; the header comes first.
class CsvEventRows
{
public:
    CsvEventRows(const EventSource& source, Locator locator, EventCollector& collector, Feedback& feedback)
        : mSource(source), mLocator(locator), mCollector(collector), mFeedback(feedback),
          mRagged(source.path, "row", feedback)
    {
    }

    void add(const std::vector<CsvCell>& record, std::size_t line)
    {
        if (isBlankRecord(record)) {
            mPendingBlank += mNames.empty() ? 0 : 1;
            return;
        }
        if (mNames.empty())
            return readHeader(record);
        mBlankLines += mPendingBlank; // empty lines at the end of the file are not worth a warning
        mPendingBlank = 0;
        if (record.size() > mNames.size())
            return mRagged.add(-1, "",
                               "line " + std::to_string(line) + " has " + std::to_string(record.size()) +
                                   " cells but the header has " + std::to_string(mNames.size()) +
                                   "; the row is left out because its values may be shifted");
        const auto cell = [&record](int index) -> std::string_view {
            if (index < 0 || static_cast<std::size_t>(index) >= record.size())
                return {};
            const CsvCell& c = record[static_cast<std::size_t>(index)];
            return c.quoted ? c.text : trimSpaces(c.text);
        };
        mCollector.add({},
                       positionFromCells(mLocator, cell(mColumns.first), cell(mColumns.second),
                                         firstField(mSource, mLocator), secondField(mSource, mLocator)),
                       timeFromText(cell(mColumns.time), mSource.timeField), cell(mColumns.category));
    }

    void finish()
    {
        if (mNames.empty())
            throw InputError(mSource.path +
                             ": the file has no header row (only empty lines); the first line must name the "
                             "columns");
        if (mBlankLines > 0)
            mFeedback.warn(mSource.path, "", -1, std::to_string(mBlankLines) + " empty lines were skipped");
        mRagged.finish();
    }

private:
    void readHeader(const std::vector<CsvCell>& record)
    {
        for (const auto& c : record)
            mNames.emplace_back(trimSpaces(c.text));
        mColumns = csvColumns(mSource, mLocator, mNames);
    }

    const EventSource& mSource;
    Locator mLocator;
    EventCollector& mCollector;
    Feedback& mFeedback;
    SkippedRows mRagged;
    std::vector<std::string> mNames;
    CsvColumns mColumns;
    std::size_t mPendingBlank = 0;
    std::size_t mBlankLines = 0;
};

} // namespace

EventSet streamCsvEvents(const EventSource& source, Locator locator, ChunkSink& sink, Feedback& feedback)
{
    CsvBlocks blocks(source.path);
    EventCollector collector(source.path, feedback);
    sink.prepare(source, fieldCrs(source, locator));
    CsvEventRows rows(source, locator, collector, feedback);
    GdalErrorCapture quiet; // WKT syntax errors are reported per row, not on stderr
    std::string block;
    std::vector<CsvCell> record;
    std::size_t lineOffset = 0;
    while (blocks.next(block)) {
        CsvParser parser(block, blocks.delimiter(), source.path);
        while (parser.next(record)) {
            rows.add(record, lineOffset + parser.recordLine());
            sink.deliver(collector, false);
        }
        lineOffset += lineBreaks(block);
        feedback.setProgress(blocks.percentRead());
    }
    rows.finish();
    sink.deliver(collector, true);
    return collector.finishStream();
}

} // namespace bib::core::eventio
