// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/join.h"
#include "context.h"
#include "io/areawriter.h"
#include "io/table.h"
#include "util/error.h"

#include <ostream>

namespace bib::cli {

namespace {

struct JoinCommandOptions
{
    AreaOptions areas;
    std::string table;
    std::string tableId;
    std::string sheet;
    std::vector<std::string> columns;
    std::string output;
};

void printList(std::ostream& out, const std::string& title, const std::vector<std::string>& items)
{
    out << title << " (" << items.size() << ")";
    if (items.empty()) {
        out << "\n";
        return;
    }
    out << ":";
    for (const auto& item : items)
        out << " " << item;
    out << "\n";
}

void printJsonList(std::ostream& out, const std::string& key, const std::vector<std::string>& items)
{
    out << jsonString(key) << ": [";
    for (std::size_t i = 0; i < items.size(); ++i)
        out << (i ? ", " : "") << jsonString(items[i]);
    out << "]";
}

void printReport(const core::JoinReport& report, const std::string& output, Context& context)
{
    std::ostream& out = context.out;
    if (context.json) {
        out << "{\"table\": " << jsonString(report.tablePath)
            << ", \"table_id\": " << jsonString(report.tableIdField) << ", \"areas\": " << report.areaCount
            << ", \"rows\": " << report.rowCount << ", \"matched\": " << report.matched << ", ";
        printJsonList(out, "unmatched_areas", report.unmatchedAreas);
        out << ", ";
        printJsonList(out, "unmatched_rows", report.unmatchedRows);
        out << ", ";
        printJsonList(out, "duplicate_codes", report.duplicateCodes);
        out << ", \"normalised_codes\": [";
        for (std::size_t i = 0; i < report.normalisedCodes.size(); ++i)
            out << (i ? ", " : "") << "[" << jsonString(report.normalisedCodes[i].first) << ", "
                << jsonString(report.normalisedCodes[i].second) << "]";
        out << "], ";
        printJsonList(out, "joined_columns", report.joinedColumns);
        out << ", ";
        printJsonList(out, "skipped_columns", report.skippedColumns);
        out << ", \"output\": " << jsonString(output) << "}\n";
        return;
    }
    out << "join report: " << report.tablePath << " on " << report.tableIdField << "\n";
    out << "matched " << report.matched << " of " << report.areaCount << " areas (" << report.rowCount
        << " table rows)\n";
    printList(out, "areas without a table row", report.unmatchedAreas);
    printList(out, "table rows without an area", report.unmatchedRows);
    printList(out, "duplicate codes in the table", report.duplicateCodes);
    out << "codes matched after normalising (" << report.normalisedCodes.size() << ")";
    for (const auto& [from, to] : report.normalisedCodes)
        out << " '" << from << "'→" << to;
    out << "\n";
    out << "joined columns: " << report.joinedColumns.size() << "\n";
    out << "written: " << output << "\n";
}

} // namespace

CommandSpec joinCommand()
{
    return {
        "join",
        "Join an indicator table (CSV/XLSX/ODS) to areas by code and write the result with a join report",
        [](CLI::App& command) -> CommandRunner {
            auto options = std::make_shared<JoinCommandOptions>();
            options->areas.addTo(command);
            command
                .add_option("--table", options->table,
                            "Indicator table: CSV as CBS publishes it, XLSX or ODS")
                ->required();
            command.add_option("--table-id", options->tableId, "Column of the table with the area code")
                ->required();
            command.add_option("--sheet", options->sheet, "Sheet of an XLSX/ODS file (default: the first)");
            command
                .add_option("--columns", options->columns, "Only these table columns (default: all numeric)")
                ->delimiter(',');
            command.add_option("-o,--output", options->output, "Output: .gpkg (map layer) or .csv (table)")
                ->required();
            return [options](Context& context) {
                core::AreaSet areas = core::loadAreas(options->areas.source, context.feedback);
                core::TableReadOptions readOptions;
                readOptions.sheet = options->sheet;
                readOptions.textColumns = {options->tableId};
                const core::Table table = core::readTable(options->table, readOptions, context.feedback);
                if (table.rowCount == 0)
                    throw core::InputError(options->table + ": the table has no data rows (only a header)");
                core::JoinOptions joinOptions;
                joinOptions.columns = options->columns;
                const core::JoinReport report =
                    core::joinTable(areas, table, options->tableId, joinOptions, context.feedback);
                core::AreaWriteOptions writeOptions;
                writeOptions.layerName = areas.layer.empty() ? "areas" : areas.layer;
                writeOptions.inputs = {options->areas.source.path, options->table};
                core::writeAreas(areas, options->output, writeOptions, context.feedback);
                printReport(report, options->output, context);
            };
        }};
}

} // namespace bib::cli
