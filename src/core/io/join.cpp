// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/join.h"

#include "io/cellparser.h"
#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace bib::core {

namespace {

constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();
constexpr std::size_t kExamples = 5;

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The form codes are compared in after an exact match failed: trimmed, ASCII lower case.
std::string normalisedCode(std::string_view code)
{
    std::string out(trimSpaces(code));
    std::transform(out.begin(), out.end(), out.begin(), lowerAscii);
    return out;
}

std::string joined(const std::vector<std::string>& items, std::size_t limit)
{
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > limit)
        out += " and " + std::to_string(items.size() - limit) + " more";
    return out;
}

// "1 area has" or "3 areas have".
std::string counted(std::size_t count, const char* one, const char* many)
{
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

const TableColumn& idColumnOf(const Table& table, const std::string& idField)
{
    if (const TableColumn* column = table.column(idField))
        return *column;
    std::string hint;
    for (const auto& c : table.columns)
        if (normalisedCode(c.name) == normalisedCode(idField))
            hint = " (did you mean '" + c.name + "'?)";
    throw InputError(table.path + ": no column '" + idField + "' with the area codes" + hint +
                     "; the columns are: " + joined(table.columnNames(), table.columns.size()));
}

// Which table row each area gets; fills the code lists of the report.
class CodeMatcher
{
public:
    CodeMatcher(const std::vector<std::string>& codes, JoinReport& report) : mCodes(codes), mReport(report)
    {
        mFirstRow.reserve(codes.size());
        std::unordered_set<std::string_view> listed;
        for (std::size_t row = 0; row < codes.size(); ++row) {
            const std::string_view code = codes[row];
            if (trimSpaces(code).empty()) {
                ++mEmptyCodes;
                continue;
            }
            if (!mFirstRow.emplace(code, row).second && listed.insert(code).second)
                mReport.duplicateCodes.emplace_back(code);
        }
    }

    std::vector<std::size_t> match(const AreaSet& areas)
    {
        std::vector<std::size_t> rowOfArea(areas.size(), kNoRow);
        std::vector<bool> used(mCodes.size(), false);
        for (std::size_t area = 0; area < areas.size(); ++area) {
            const std::string& id = areas.id(area);
            std::size_t row = kNoRow;
            if (const auto exact = mFirstRow.find(id); exact != mFirstRow.end()) {
                row = exact->second;
            } else if (const auto loose = normalisedRows().find(normalisedCode(id));
                       loose != normalisedRows().end()) {
                row = loose->second;
                mReport.normalisedCodes.emplace_back(mCodes[row], id);
            }
            if (row == kNoRow) {
                mReport.unmatchedAreas.push_back(id);
                continue;
            }
            rowOfArea[area] = row;
            used[row] = true;
            ++mReport.matched;
        }
        for (std::size_t row = 0; row < mCodes.size(); ++row)
            if (!used[row] && isFirstRow(row))
                mReport.unmatchedRows.push_back(mCodes[row]);
        return rowOfArea;
    }

    std::size_t emptyCodes() const { return mEmptyCodes; }

private:
    bool isFirstRow(std::size_t row) const
    {
        const auto it = mFirstRow.find(mCodes[row]);
        return it != mFirstRow.end() && it->second == row;
    }

    // Built on first use: most joins match every area exactly.
    const std::unordered_map<std::string, std::size_t>& normalisedRows()
    {
        if (!mNormalisedBuilt) {
            mNormalised.reserve(mCodes.size());
            for (std::size_t row = 0; row < mCodes.size(); ++row)
                if (isFirstRow(row))
                    mNormalised.emplace(normalisedCode(mCodes[row]), row);
            mNormalisedBuilt = true;
        }
        return mNormalised;
    }

    const std::vector<std::string>& mCodes;
    JoinReport& mReport;
    std::unordered_map<std::string_view, std::size_t> mFirstRow;
    std::unordered_map<std::string, std::size_t> mNormalised;
    bool mNormalisedBuilt = false;
    std::size_t mEmptyCodes = 0;
};

void warnAboutCodes(const JoinReport& report, const std::string& idField, std::size_t emptyCodes,
                    Feedback& feedback)
{
    const std::string& source = report.tablePath;
    if (!report.normalisedCodes.empty()) {
        std::vector<std::string> examples;
        for (const auto& [asInTable, area] : report.normalisedCodes)
            examples.push_back("'" + asInTable + "' → '" + area + "'");
        const bool one = report.normalisedCodes.size() == 1;
        feedback.warn(
            source, "", -1,
            counted(report.normalisedCodes.size(), "code", "codes") + " in '" + idField +
                (one ? "' matches" : "' match") +
                " an area only after trimming spaces or ignoring case: " + joined(examples, kExamples) +
                "; check that " + (one ? "it is the same area" : "these are the same areas"));
    }
    if (!report.duplicateCodes.empty())
        feedback.warn(source, "", -1,
                      counted(report.duplicateCodes.size(), "code occurs", "codes occur") +
                          " more than once in '" + idField +
                          "'; the first row of each is used: " + joined(report.duplicateCodes, kExamples));
    if (emptyCodes > 0)
        feedback.warn(source, "", -1,
                      counted(emptyCodes, "row has", "rows have") + " no code in '" + idField + "' and " +
                          (emptyCodes == 1 ? "is" : "are") + " not joined");
    if (!report.unmatchedAreas.empty())
        feedback.warn(source, "", -1,
                      counted(report.unmatchedAreas.size(), "area has", "areas have") +
                          " no row in the table, so the joined values are NaN there: " +
                          joined(report.unmatchedAreas, kExamples));
}

std::vector<std::string> requestedColumns(const Table& table, const std::string& idField,
                                          const JoinOptions& options)
{
    std::vector<std::string> names;
    if (options.columns.empty()) {
        for (const auto& c : table.columns)
            if (c.name != idField)
                names.push_back(c.name);
        return names;
    }
    std::vector<std::string> unknown;
    for (const auto& name : options.columns) {
        if (!table.column(name))
            unknown.push_back("'" + name + "'");
        else if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    if (!unknown.empty())
        throw InputError(table.path + ": no column " + joined(unknown, unknown.size()) +
                         " to join; the columns are: " + joined(table.columnNames(), table.columns.size()));
    return names;
}

std::unordered_set<std::string> areaFieldNames(const AreaSet& areas)
{
    std::unordered_set<std::string> names{areas.idField};
    if (!areas.nameField.empty())
        names.insert(areas.nameField);
    for (const auto& c : areas.columns())
        names.insert(c.name);
    for (const auto& c : areas.textColumns())
        names.insert(c.name);
    return names;
}

// Name of a joined column in the area set, or empty when it cannot be joined without a clash.
std::string targetName(const std::string& name, const std::unordered_set<std::string>& taken,
                       const std::vector<std::string>& joining, const JoinOptions& options)
{
    if (!taken.count(name))
        return name;
    if (options.clashPrefix.empty())
        return {};
    const std::string renamed = options.clashPrefix + name;
    const bool alsoJoined = std::find(joining.begin(), joining.end(), renamed) != joining.end();
    return taken.count(renamed) || alsoJoined ? std::string() : renamed;
}

void addColumns(AreaSet& areas, const Table& table, const std::string& idField,
                const std::vector<std::size_t>& rowOf, const JoinOptions& options, JoinReport& report,
                Feedback& feedback)
{
    const bool explicitList = !options.columns.empty();
    const std::vector<std::string> names = requestedColumns(table, idField, options);
    std::unordered_set<std::string> taken = areaFieldNames(areas);
    for (const auto& name : names) {
        const TableColumn& column = *table.column(name);
        if (name == idField || !column.numeric) {
            report.skippedColumns.push_back(name);
            if (explicitList)
                feedback.warn(table.path, "", -1,
                              "column '" + name + "' is " +
                                  (name == idField ? "the id column" : "not numeric") + "; not joined");
            continue;
        }
        const std::string target = targetName(name, taken, names, options);
        if (target.empty()) {
            report.skippedColumns.push_back(name);
            feedback.warn(
                table.path, "", -1,
                "the areas already have a field '" + name + "'" +
                    (options.clashPrefix.empty() ? "" : " and '" + options.clashPrefix + name + "'") +
                    "; column '" + name + "' is not joined");
            continue;
        }
        if (target != name)
            feedback.warn(table.path, "", -1,
                          "the areas already have a field '" + name + "'; the table's column is joined as '" +
                              target + "'");
        Column joinedColumn{target,
                            std::vector<double>(areas.size(), std::numeric_limits<double>::quiet_NaN()),
                            Provenance{table.path, name, std::nullopt}};
        for (std::size_t area = 0; area < rowOf.size(); ++area)
            if (rowOf[area] != kNoRow)
                joinedColumn.values[area] = column.numbers[rowOf[area]];
        areas.setColumn(std::move(joinedColumn));
        taken.insert(target);
        report.joinedColumns.push_back(target);
    }
}

} // namespace

JoinReport joinTable(AreaSet& areas, const Table& table, const std::string& tableIdField,
                     const JoinOptions& options, Feedback& feedback)
{
    const TableColumn& idColumn = idColumnOf(table, tableIdField);
    if (table.rowCount == 0)
        throw InputError(table.path +
                         ": the table has no data rows, so there is nothing to join; check that the "
                         "file is the complete export, not only its header");
    JoinReport report;
    report.tablePath = table.path;
    report.tableIdField = tableIdField;
    report.areaCount = areas.size();
    report.rowCount = table.rowCount;

    CodeMatcher matcher(idColumn.text, report);
    const std::vector<std::size_t> rowOfArea = matcher.match(areas);
    warnAboutCodes(report, tableIdField, matcher.emptyCodes(), feedback);
    feedback.throwIfCancelled();
    addColumns(areas, table, tableIdField, rowOfArea, options, report, feedback);
    return report;
}

} // namespace bib::core
