// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/table.h"

#include "io/cellgrid.h"
#include "io/cellparser.h"
#include "io/csvparser.h"
#include "io/gdalutil.h"
#include "io/textencoding.h"
#include "util/error.h"

#include <cpl_conv.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

namespace bib::core {

namespace {

constexpr std::size_t kListedWarnings = 20;
constexpr std::size_t kSniffBytes = 64 * 1024;

// Passes on the first 20 warnings of one kind, then counts the rest for one summary.
class WarningLimiter
{
public:
    /// `one` and `many` finish the summary: "3 more " + many, e.g. "rows are empty".
    WarningLimiter(Feedback& feedback, std::string source, std::string one, std::string many)
        : mFeedback(feedback), mSource(std::move(source)), mOne(std::move(one)), mMany(std::move(many))
    {
    }
    /// Sends the summary of the warnings beyond the first 20.
    void finish()
    {
        if (mCount > kListedWarnings)
            mFeedback.warn(mSource, "", -1,
                           std::to_string(mCount - kListedWarnings) + " more " +
                               (mCount - kListedWarnings == 1 ? mOne : mMany) + " (" +
                               std::to_string(mCount) + " in all)");
    }
    WarningLimiter(const WarningLimiter&) = delete;
    WarningLimiter& operator=(const WarningLimiter&) = delete;

    void warn(std::int64_t row, std::string message)
    {
        if (++mCount <= kListedWarnings)
            mFeedback.warn(mSource, "", row, std::move(message));
    }

private:
    Feedback& mFeedback;
    std::string mSource;
    std::string mOne;
    std::string mMany;
    std::size_t mCount = 0;
};

std::string delimiterName(char delimiter)
{
    return delimiter == '\t' ? std::string("tab") : "'" + std::string(1, delimiter) + "'";
}

// Throws InputError for a missing, folder or 0-byte path; returns the size in bytes.
std::uintmax_t checkTableFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::exists(path, error))
        throw InputError(path + ": file not found; check the path and the file name");
    if (fs::is_directory(path, error))
        throw InputError(path +
                         ": is a folder, not a table file; give the path of a .csv, .xlsx or .ods file");
    const auto size = fs::file_size(path, error);
    if (error)
        throw InputError(path + ": cannot read the file size (" + error.message() + ")");
    if (size == 0)
        throw InputError(path + ": the file is empty (0 bytes); export the table again");
    return size;
}

std::string readWholeFile(const std::string& path)
{
    const std::uintmax_t size = checkTableFile(path);
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (!in || static_cast<std::uintmax_t>(in.gcount()) != size)
        throw InputError(
            path + ": cannot read the file; check that it is readable and not locked by another program");
    return bytes;
}

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

void rejectBinary(const std::string& path, std::string_view bytes)
{
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"))
        throw InputError(path + ": the file is UTF-16 text; save it as UTF-8 (in Excel: 'CSV UTF-8')");
    if (startsWith(bytes, "PK\x03\x04"))
        throw InputError(path +
                         ": the file is a ZIP archive, probably an XLSX or ODS spreadsheet with a text-file "
                         "name; give it the .xlsx or .ods extension, or export the sheet as CSV");
    const std::string_view sample = bytes.substr(0, kSniffBytes);
    std::size_t control = 0;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            throw InputError(path +
                             ": the file holds binary data (NUL bytes), not text; is it a spreadsheet, "
                             "PDF or database saved under a table-file name? Export the table as CSV");
        control += (byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || byte == 0x7F ? 1 : 0;
    }
    if (control * 10 > sample.size())
        throw InputError(path +
                         ": the file is mostly not text (control characters); export the table as CSV");
}

// Returns the text as UTF-8 and records how it was encoded.
std::string decodeText(const std::string& path, std::string bytes, TableFormat& format, Feedback& feedback)
{
    const bool bom = startsWith(bytes, "\xEF\xBB\xBF");
    if (bom)
        bytes.erase(0, 3);
    if (isValidUtf8(bytes)) {
        format.encoding = bom ? "UTF-8 with BOM" : "UTF-8";
        return bytes;
    }
    if (bom)
        feedback.warn(
            path, "", -1,
            "the file starts with a UTF-8 byte-order mark but is not valid UTF-8; read as Windows-1252");
    format.encoding = "Windows-1252";
    return windows1252ToUtf8(bytes);
}

bool isBlank(const std::vector<CsvCell>& record)
{
    return record.size() == 1 && !record[0].quoted && trimSpaces(record[0].text).empty();
}

// A forced separator that is absent from the header while another candidate is present.
void checkForcedDelimiter(const std::string& path, std::string_view text, char forced)
{
    const std::string_view header = text.substr(0, text.find_first_of("\r\n"));
    if (header.find(forced) != std::string_view::npos)
        return;
    const char detected = detectDelimiter(text);
    if (detected != 0 && detected != forced)
        throw InputError(
            path + ": the header has no " + delimiterName(forced) + " but " + delimiterName(detected) +
            " separates its columns; let the separator be detected or choose " + delimiterName(detected));
}

char chooseDelimiter(const std::string& path, std::string_view text, const TableReadOptions& options,
                     Feedback& feedback)
{
    if (options.delimiter) {
        checkForcedDelimiter(path, text, *options.delimiter);
        return *options.delimiter;
    }
    const char detected = detectDelimiter(text);
    if (detected != 0)
        return detected;
    // One column by the header; rows that are consistently split by a separator mean a broken header.
    const std::size_t headerEnd = text.find('\n');
    const char inRows = headerEnd == std::string_view::npos ? 0 : detectDelimiter(text.substr(headerEnd + 1));
    const std::string_view header = text.substr(0, headerEnd);
    if (inRows == 0 && header.find('|') != std::string_view::npos)
        feedback.warn(
            path, "", -1,
            "the header contains '|', which is not a column separator here; use ';', ',' or tab, or "
            "the table is read as one column");
    if (inRows != 0)
        feedback.warn(path, "", -1,
                      "the header names one column, but the rows are separated by " + delimiterName(inRows) +
                          "; the table is read as one column — check the header line");
    return ',';
}

GridCell toGridCell(const CsvCell& cell)
{
    return GridCell{cell.text, cell.quoted, false};
}

void appendRow(CellGrid& grid, const std::vector<CsvCell>& record, std::size_t line, WarningLimiter& ragged)
{
    const std::size_t columns = grid.columnCount();
    const std::size_t row = grid.rowCount();
    grid.lines.push_back(line);
    if (record.size() > columns) {
        // Too many cells usually means a separator inside an unquoted cell: every value after it
        // is shifted, so none of this row's numbers can be trusted.
        ragged.warn(static_cast<std::int64_t>(row + 1),
                    grid.where(row) + " has " + std::to_string(record.size()) + " cells but the header has " +
                        std::to_string(columns) +
                        "; the row is left out because its values may be shifted (put quotes around a cell "
                        "that contains the separator)");
        grid.lines.pop_back();
        return;
    }
    if (record.size() < columns)
        ragged.warn(static_cast<std::int64_t>(row + 1),
                    grid.where(row) + " has " + std::to_string(record.size()) + " cells but the header has " +
                        std::to_string(columns) + "; the cells it lacks are treated as missing");
    const std::size_t kept = std::min(record.size(), columns);
    for (std::size_t c = 0; c < kept; ++c)
        grid.cells.push_back(toGridCell(record[c]));
    for (std::size_t c = kept; c < columns; ++c)
        grid.cells.push_back(GridCell{});
}

// Splits the (UTF-8) text into a header and rectangular rows. Empty lines are skipped with a warning,
// except at the end of the file; in a one-column table an empty line inside the data is a missing cell.
CellGrid splitCsv(const std::string& path, std::string& text, char delimiter, Feedback& feedback)
{
    CellGrid grid;
    grid.source = path;
    CsvParser parser(text, delimiter, path);
    std::vector<CsvCell> record;
    while (parser.next(record) && isBlank(record)) {
    }
    if (record.empty())
        throw InputError(path +
                         ": the file has no header row (only empty lines); the first line must name the "
                         "columns");
    for (const auto& cell : record)
        grid.names.emplace_back(trimSpaces(cell.text));
    const std::size_t columns = grid.names.size();
    grid.cells.reserve(columns * static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n') + 1));

    WarningLimiter ragged(feedback, path, "row has a different number of cells than the header",
                          "rows have a different number of cells than the header");
    WarningLimiter blanks(feedback, path, "empty line was skipped", "empty lines were skipped");
    std::vector<std::size_t> pendingBlankLines;
    while (parser.next(record)) {
        if (isBlank(record)) {
            pendingBlankLines.push_back(parser.recordLine());
            continue;
        }
        for (const std::size_t line : pendingBlankLines) {
            if (columns == 1)
                appendRow(grid, {CsvCell{}}, line, ragged);
            else
                blanks.warn(-1, "line " + std::to_string(line) + " is empty; skipped");
        }
        pendingBlankLines.clear();
        appendRow(grid, record, parser.recordLine(), ragged);
    }
    ragged.finish();
    blanks.finish();
    WarningLimiter stray(feedback, path, "cell has text after its closing quote",
                         "cells have text after their closing quote");
    for (const std::size_t line : parser.strayQuoteLines())
        stray.warn(-1, "line " + std::to_string(line) +
                           ": text follows the closing quote of a cell; it is kept as part of the cell");
    stray.finish();
    return grid;
}

void warnIfHeaderLooksLikeData(const CellGrid& grid, Feedback& feedback)
{
    const CellParser point('.', {});
    const CellParser comma(',', {});
    const bool allNumbers = std::all_of(grid.names.begin(), grid.names.end(), [&](const std::string& name) {
        return point.parse(name).kind == CellKind::Number || comma.parse(name).kind == CellKind::Number;
    });
    if (allNumbers)
        feedback.warn(grid.source, "", -1,
                      "the first line holds numbers, not column names; the first line of a table must be a "
                      "header, so this row is used as the column names");
}

void finishTable(Table& table, CellGrid& grid, char decimalFallback, const TableReadOptions& options,
                 Feedback& feedback)
{
    checkHeader(grid.names, table.path, feedback);
    warnIfHeaderLooksLikeData(grid, feedback);
    if (grid.rowCount() == 0)
        feedback.warn(table.path, "", -1, "the table has a header but no data rows");
    const char decimal = options.decimalSeparator
                             ? *options.decimalSeparator
                             : detectDecimalSeparator(grid, options.textColumns, decimalFallback, feedback);
    table.format.decimalSeparator = decimal;
    const CellParser parser(decimal, options.missingMarkers);
    table.columns = typeColumns(grid, parser, options.textColumns, feedback);
    table.rowCount = grid.rowCount();
}

Table readCsv(const std::string& path, const TableReadOptions& options, Feedback& feedback)
{
    Table table;
    table.path = path;
    std::string bytes = readWholeFile(path);
    rejectBinary(path, bytes);
    std::string text = decodeText(path, std::move(bytes), table.format, feedback);
    feedback.throwIfCancelled();
    table.format.delimiter = chooseDelimiter(path, text, options, feedback);
    CellGrid grid = splitCsv(path, text, table.format.delimiter, feedback);
    feedback.throwIfCancelled();
    // A semicolon-separated file is the Dutch Excel convention, which writes decimal commas.
    finishTable(table, grid, table.format.delimiter == ';' ? ',' : '.', options, feedback);
    return table;
}

// Sets a GDAL configuration option for this thread and restores the previous value when it goes.
class ThreadConfigOption
{
public:
    ThreadConfigOption(const char* key, const char* value) : mKey(key)
    {
        if (const char* previous = CPLGetThreadLocalConfigOption(key, nullptr))
            mPrevious = previous;
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ThreadConfigOption() { CPLSetThreadLocalConfigOption(mKey, mPrevious ? mPrevious->c_str() : nullptr); }
    ThreadConfigOption(const ThreadConfigOption&) = delete;
    ThreadConfigOption& operator=(const ThreadConfigOption&) = delete;

private:
    const char* mKey;
    std::optional<std::string> mPrevious;
};

bool isNumericField(OGRFieldType type)
{
    return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

bool allFieldsNull(OGRFeature& feature, int fieldCount)
{
    for (int f = 0; f < fieldCount; ++f)
        if (feature.IsFieldSetAndNotNull(f))
            return false;
    return true;
}

// Reads the sheet into a grid whose text points into `storage`.
CellGrid readSheet(const std::string& path, OGRLayer& layer, std::vector<std::string>& storage,
                   Feedback& feedback)
{
    CellGrid grid;
    grid.source = path;
    grid.lineWord = "sheet row";
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    const int fieldCount = definition->GetFieldCount();
    std::vector<bool> numeric;
    for (int f = 0; f < fieldCount; ++f) {
        grid.names.emplace_back(definition->GetFieldDefn(f)->GetNameRef());
        numeric.push_back(isNumericField(definition->GetFieldDefn(f)->GetType()));
    }
    std::size_t sheetRow = 1; // the header
    layer.ResetReading();
    for (auto& feature : layer) {
        ++sheetRow;
        if (allFieldsNull(*feature, fieldCount))
            continue;
        grid.lines.push_back(sheetRow);
        for (int f = 0; f < fieldCount; ++f) {
            const bool set = feature->IsFieldSetAndNotNull(f);
            const auto index = static_cast<std::size_t>(f);
            storage.emplace_back(set ? feature->GetFieldAsString(f) : "");
            grid.cells.push_back(GridCell{{}, true, set && numeric[index]});
            grid.nativeNumbers.push_back(set && numeric[index] ? feature->GetFieldAsDouble(f) : 0.0);
        }
    }
    feedback.throwIfCancelled();
    for (std::size_t i = 0; i < grid.cells.size(); ++i)
        grid.cells[i].text = storage[i];
    return grid;
}

Table readSpreadsheet(const std::string& path, const char* driver, const TableReadOptions& options,
                      Feedback& feedback)
{
    checkTableFile(path);
    ensureGdal();
    // The first row names the columns even when every cell of the sheet is text. GDAL 3.6 reads these
    // options when a sheet is first parsed (lazily, inside this function); open options only exist
    // from GDAL 3.8 on.
    const ThreadConfigOption xlsxHeaders("OGR_XLSX_HEADERS", "FORCE");
    const ThreadConfigOption odsHeaders("OGR_ODS_HEADERS", "FORCE");
    GdalErrorCapture capture;
    const char* const drivers[] = {driver, nullptr};
    GdalDatasetPtr dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset)
        throw InputError(path + ": not a readable " + driver + " spreadsheet" +
                         (capture.failures().empty() ? "" : " (" + capture.failures() + ")") +
                         "; save it again from the spreadsheet program, or export the sheet as CSV");
    OGRLayer* layer = pickLayer(*dataset, path, options.sheet);
    Table table;
    table.path = path;
    table.format.sheet = layer->GetName();
    std::vector<std::string> storage;
    CellGrid grid = readSheet(path, *layer, storage, feedback);
    finishTable(table, grid, '.', options, feedback);
    return table;
}

} // namespace

const TableColumn* Table::column(const std::string& name) const
{
    const auto it =
        std::find_if(columns.begin(), columns.end(), [&](const TableColumn& c) { return c.name == name; });
    return it == columns.end() ? nullptr : &*it;
}

std::vector<std::string> Table::columnNames() const
{
    std::vector<std::string> names;
    names.reserve(columns.size());
    for (const auto& c : columns)
        names.push_back(c.name);
    return names;
}

Table readTable(const std::string& path, const TableReadOptions& options, Feedback& feedback)
{
    const std::string extension = lowerExtension(path);
    if (extension == ".xlsx")
        return readSpreadsheet(path, "XLSX", options, feedback);
    if (extension == ".ods")
        return readSpreadsheet(path, "ODS", options, feedback);
    if (extension == ".xls")
        throw InputError(path +
                         ": old Excel .xls files are not read; save the sheet as .xlsx or as CSV (UTF-8)");
    return readCsv(path, options, feedback);
}

} // namespace bib::core
