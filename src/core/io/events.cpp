// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/events.h"

#include "io/eventrows.h"
#include "io/table.h"
#include "util/error.h"

#include <string_view>

namespace bib::core {

using namespace eventio;

namespace {

// ---- Tables (CSV, TSV, XLSX, ODS) through readTable -------------------------------------------

bool isTable(const std::string& path)
{
    const std::string extension = lowerExtension(path);
    return extension == ".csv" || extension == ".tsv" || extension == ".txt" || extension == ".xlsx" ||
           extension == ".ods";
}

const TableColumn& tableColumn(const Table& table, const std::string& name, const std::string& role)
{
    if (const TableColumn* column = table.column(name)) {
        if (column->text.size() != table.rowCount)
            throw InternalError(table.path + ": column '" + name + "' has " +
                                std::to_string(column->text.size()) + " cells for " +
                                std::to_string(table.rowCount) + " rows");
        return *column;
    }
    throw InputError(table.path + ": no column '" + name + "' for the " + role +
                     "; columns are: " + joined(table.columnNames()));
}

EventSet readTableEvents(const EventSource& source, Locator locator, Feedback& feedback)
{
    TableReadOptions options;
    options.sheet = source.layer;
    for (const std::string* field :
         {&source.xField, &source.yField, &source.lonField, &source.latField, &source.wktField,
          &source.codeField, &source.timeField, &source.categoryField})
        if (!field->empty())
            options.textColumns.push_back(*field);
    const Table table = readTable(source.path, options, feedback);
    if (locator == Locator::Geometry)
        throw InputError(noLocatorMessage(source.path, table.columnNames()));

    const std::vector<std::string>& time = tableColumn(table, source.timeField, "time").text;
    const std::vector<std::string>* category =
        source.categoryField.empty() ? nullptr : &tableColumn(table, source.categoryField, "category").text;
    const std::string& first = locator == Locator::XY       ? source.xField
                               : locator == Locator::LonLat ? source.lonField
                               : locator == Locator::Wkt    ? source.wktField
                                                            : source.codeField;
    const std::string& second = locator == Locator::XY ? source.yField : source.latField;
    const std::vector<std::string>& firstCells = tableColumn(table, first, "position").text;
    const std::vector<std::string>* secondCells = locator == Locator::XY || locator == Locator::LonLat
                                                      ? &tableColumn(table, second, "position").text
                                                      : nullptr;

    EventCollector collector(source.path, feedback);
    GdalErrorCapture quiet; // WKT syntax errors are reported per row, not on stderr
    for (std::size_t row = 0; row < table.rowCount; ++row) {
        RowPosition position =
            positionFromCells(locator, firstCells[row],
                              secondCells ? std::string_view((*secondCells)[row]) : "", first, second);
        collector.add({}, std::move(position), timeFromText(time[row], source.timeField),
                      category ? std::string_view((*category)[row]) : std::string_view());
    }
    return finishEvents(collector, source, fieldCrs(source, locator));
}

} // namespace

EventSet readEvents(const EventSource& source, Feedback& feedback)
{
    const Locator locator = chooseLocator(source);
    EventSet events = isTable(source.path) ? readTableEvents(source, locator, feedback)
                                           : readLayerEvents(source, locator, feedback);
    feedback.setProgress(100.0);
    return events;
}

EventSet forEachEventChunk(const EventSource& source, std::size_t chunkSize,
                           const EventChunkCallback& callback, Feedback& feedback)
{
    const Locator locator = chooseLocator(source);
    ChunkSink sink(chunkSize, callback);
    const std::string extension = lowerExtension(source.path);
    EventSet totals;
    if (extension == ".xlsx" || extension == ".ods")
        totals = sink.slice(readTableEvents(source, locator, feedback));
    else if (isTable(source.path))
        totals = streamCsvEvents(source, locator, sink, feedback);
    else
        totals = readLayerEvents(source, locator, feedback, &sink);
    feedback.setProgress(100.0);
    return totals;
}

} // namespace bib::core
