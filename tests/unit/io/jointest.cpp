// SPDX-License-Identifier: GPL-3.0-or-later
// Expected values are hand calculations from the tables built in each test, unless a comment names
// another source (the real-data READMEs, checked with mawk 1.3.4 on buurten_2024.csv and ogrinfo).
#include "io/join.h"
#include "io/arealoader.h"
#include "io/table.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::testData;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

AreaSet areasWithIds(const std::vector<std::string>& ids)
{
    AreaSet areas;
    areas.idField = "bu_code";
    for (const auto& id : ids)
        areas.addArea(id, "", MultiPolygon{});
    return areas;
}

TableColumn textColumn(const std::string& name, std::vector<std::string> values)
{
    TableColumn column;
    column.name = name;
    column.text = std::move(values);
    return column;
}

TableColumn numberColumn(const std::string& name, std::vector<double> values)
{
    TableColumn column;
    column.name = name;
    column.numeric = true;
    for (double v : values)
        column.text.push_back(std::isnan(v) ? "" : std::to_string(v));
    column.numbers = std::move(values);
    return column;
}

Table makeTable(std::vector<TableColumn> columns)
{
    Table table;
    table.path = "indicatoren.csv";
    table.rowCount = columns.front().text.size();
    table.columns = std::move(columns);
    return table;
}

// codes BU01…BU03 with inwoners 100, 200, 300 and a text column naam.
Table threeRows()
{
    return makeTable({textColumn("code", {"BU01", "BU02", "BU03"}),
                      textColumn("naam", {"Noord", "Zuid", "Oost"}),
                      numberColumn("inwoners", {100, 200, 300})});
}

std::vector<double> values(const AreaSet& areas, const std::string& name)
{
    const Column* column = areas.column(name);
    return column ? column->values : std::vector<double>{};
}

bool sameValues(const std::vector<double>& actual, const std::vector<double>& expected)
{
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i)
        if (!(actual[i] == expected[i] || (std::isnan(actual[i]) && std::isnan(expected[i]))))
            return false;
    return true;
}

TEST(JoinTable, matchesExactCodesAndAddsNumericColumnsWithProvenance)
{
    AreaSet areas = areasWithIds({"BU03", "BU01", "BU02"});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, threeRows(), "code", {}, feedback);
    EXPECT_EQ(report.tablePath, "indicatoren.csv");
    EXPECT_EQ(report.tableIdField, "code");
    EXPECT_EQ(report.areaCount, 3u);
    EXPECT_EQ(report.rowCount, 3u);
    EXPECT_EQ(report.matched, 3u);
    EXPECT_TRUE(report.unmatchedAreas.empty());
    EXPECT_TRUE(report.unmatchedRows.empty());
    EXPECT_EQ(report.joinedColumns, (std::vector<std::string>{"inwoners"}));
    EXPECT_EQ(report.skippedColumns, (std::vector<std::string>{"naam"})); // text, not joined
    EXPECT_EQ(values(areas, "inwoners"), (std::vector<double>{300, 100, 200}));
    const Column* inwoners = areas.column("inwoners");
    ASSERT_NE(inwoners, nullptr);
    EXPECT_EQ(inwoners->provenance.file, "indicatoren.csv");
    EXPECT_EQ(inwoners->provenance.field, "inwoners");
    EXPECT_EQ(feedback.warningCount(), 0u);
}

TEST(JoinTable, givesNanToAreasWithoutRowAndListsUnmatchedBothWays)
{
    AreaSet areas = areasWithIds({"BU09", "BU02", "BU08"});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, threeRows(), "code", {}, feedback);
    EXPECT_EQ(report.matched, 1u);
    EXPECT_EQ(report.unmatchedAreas, (std::vector<std::string>{"BU09", "BU08"})); // area order
    EXPECT_EQ(report.unmatchedRows, (std::vector<std::string>{"BU01", "BU03"}));  // table order
    EXPECT_TRUE(sameValues(values(areas, "inwoners"), {kNaN, 200, kNaN}));
    EXPECT_EQ(feedback.warningCount(), 1u); // two areas without a row
}

TEST(JoinTable, matchesPaddedAndDifferentlyCasedCodesAndListsThem)
{
    AreaSet areas = areasWithIds({"BU03440613", "BU03440223", "BU03440821"});
    const Table table = makeTable({textColumn("code", {"BU03440613  ", "bu03440223", "BU03440821"}),
                                   numberColumn("inwoners", {2355, 3970, 475})});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, table, "code", {}, feedback);
    EXPECT_EQ(report.matched, 3u);
    ASSERT_EQ(report.normalisedCodes.size(), 2u);
    EXPECT_EQ(report.normalisedCodes[0], (std::pair<std::string, std::string>{"BU03440613  ", "BU03440613"}));
    EXPECT_EQ(report.normalisedCodes[1], (std::pair<std::string, std::string>{"bu03440223", "BU03440223"}));
    EXPECT_EQ(values(areas, "inwoners"), (std::vector<double>{2355, 3970, 475}));
    ASSERT_EQ(feedback.warningCount(), 1u);
    EXPECT_NE(feedback.warnings()[0].message.find("2 codes in 'code' match an area only after trimming"),
              std::string::npos);
}

TEST(JoinTable, prefersExactMatchOverNormalisedMatch)
{
    AreaSet areas = areasWithIds({"BU01"});
    const Table table = makeTable({textColumn("code", {"bu01", "BU01"}), numberColumn("x", {1, 2})});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, table, "code", {}, feedback);
    EXPECT_EQ(values(areas, "x"), (std::vector<double>{2}));
    EXPECT_TRUE(report.normalisedCodes.empty());
    EXPECT_EQ(report.unmatchedRows, (std::vector<std::string>{"bu01"}));
}

TEST(JoinTable, usesFirstRowOfDuplicatedCodeAndListsItOnce)
{
    AreaSet areas = areasWithIds({"BU01", "BU02"});
    const Table table =
        makeTable({textColumn("code", {"BU01", "BU02", "BU01", "BU01"}), numberColumn("x", {1, 2, 3, 4})});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, table, "code", {}, feedback);
    EXPECT_EQ(values(areas, "x"), (std::vector<double>{1, 2}));
    EXPECT_EQ(report.duplicateCodes, (std::vector<std::string>{"BU01"}));
    EXPECT_TRUE(report.unmatchedRows.empty()); // later duplicates are reported as duplicates only
    EXPECT_EQ(feedback.warningCount(), 1u);
}

TEST(JoinTable, doesNotJoinRowsWithEmptyCode)
{
    AreaSet areas = areasWithIds({"BU01"});
    const Table table = makeTable({textColumn("code", {"", "BU01", "  "}), numberColumn("x", {1, 2, 3})});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, table, "code", {}, feedback);
    EXPECT_EQ(values(areas, "x"), (std::vector<double>{2}));
    EXPECT_TRUE(report.unmatchedRows.empty());
    ASSERT_EQ(feedback.warningCount(), 1u);
    EXPECT_NE(feedback.warnings()[0].message.find("2 rows have no code"), std::string::npos);
}

TEST(JoinTable, rejectsMissingIdColumnListingTheColumns)
{
    AreaSet areas = areasWithIds({"BU01"});
    SilentFeedback feedback;
    try {
        joinTable(areas, threeRows(), "CODE", {}, feedback);
        FAIL() << "no exception";
    } catch (const InputError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("no column 'CODE'"), std::string::npos) << message;
        EXPECT_NE(message.find("did you mean 'code'?"), std::string::npos) << message;
        EXPECT_NE(message.find("code, naam, inwoners"), std::string::npos) << message;
    }
}

TEST(JoinTable, rejectsTableWithoutRows)
{
    AreaSet areas = areasWithIds({"BU01"});
    Table table = makeTable({textColumn("code", {}), numberColumn("x", {})});
    SilentFeedback feedback;
    EXPECT_THROW(joinTable(areas, table, "code", {}, feedback), InputError);
}

TEST(JoinTable, joinsOnlyRequestedColumns)
{
    AreaSet areas = areasWithIds({"BU01"});
    const Table table = makeTable({textColumn("code", {"BU01"}), numberColumn("a", {1}),
                                   numberColumn("b", {2}), textColumn("naam", {"Noord"})});
    JoinOptions options;
    options.columns = {"b", "naam"};
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, table, "code", options, feedback);
    EXPECT_EQ(report.joinedColumns, (std::vector<std::string>{"b"}));
    EXPECT_EQ(report.skippedColumns, (std::vector<std::string>{"naam"}));
    EXPECT_EQ(areas.column("a"), nullptr);
    EXPECT_EQ(feedback.warningCount(), 1u); // naam was asked for but is text

    options.columns = {"c"};
    EXPECT_THROW(joinTable(areas, table, "code", options, feedback), InputError);
}

TEST(JoinTable, prefixesNamesThatClashWithAreaColumns)
{
    AreaSet areas = areasWithIds({"BU01", "BU02"});
    areas.setColumn(Column{"inwoners", {5, 6}, Provenance{"buurten.gpkg", "inwoners", std::nullopt}});
    SilentFeedback feedback;
    const JoinReport report = joinTable(areas, threeRows(), "code", {}, feedback);
    EXPECT_EQ(report.joinedColumns, (std::vector<std::string>{"t_inwoners"}));
    EXPECT_EQ(values(areas, "inwoners"), (std::vector<double>{5, 6})); // untouched
    EXPECT_EQ(values(areas, "t_inwoners"), (std::vector<double>{100, 200}));
    EXPECT_EQ(areas.column("t_inwoners")->provenance.field, "inwoners");
    EXPECT_EQ(feedback.warningCount(), 1u);
}

TEST(JoinTable, skipsClashingColumnWhenPrefixIsEmptyOrTaken)
{
    AreaSet areas = areasWithIds({"BU01"});
    areas.setColumn(Column{"x", {5}, {}});
    const Table table =
        makeTable({textColumn("code", {"BU01"}), numberColumn("x", {1}), numberColumn("t_x", {2})});
    SilentFeedback feedback;
    JoinReport report = joinTable(areas, table, "code", {}, feedback);
    EXPECT_EQ(report.joinedColumns, (std::vector<std::string>{"t_x"}));
    EXPECT_EQ(report.skippedColumns, (std::vector<std::string>{"x"}));
    EXPECT_EQ(values(areas, "t_x"), (std::vector<double>{2})); // the table's own t_x, not x renamed

    AreaSet fresh = areasWithIds({"BU01"});
    fresh.setColumn(Column{"x", {5}, {}});
    JoinOptions options;
    options.clashPrefix.clear();
    report = joinTable(fresh, table, "code", options, feedback);
    EXPECT_EQ(report.skippedColumns, (std::vector<std::string>{"x"}));
    EXPECT_EQ(values(fresh, "x"), (std::vector<double>{5}));
}

TEST(JoinTable, joinsStatLineCsvWithPaddedQuotedCodes)
{
    SilentFeedback feedback;
    const Table table = readTable(testData("tables/statline_semicolon.csv"), {}, feedback);
    AreaSet areas = areasWithIds({"BU03440613", "BU03440953", "BU03440000"});
    JoinOptions options;
    options.columns = {"AantalInwoners_5", "GemiddeldeHuishoudensgrootte_33"};
    const JoinReport report = joinTable(areas, table, "WijkenEnBuurten", options, feedback);
    EXPECT_EQ(report.matched, 2u);
    EXPECT_EQ(report.normalisedCodes.size(), 2u);
    EXPECT_EQ(report.unmatchedAreas, (std::vector<std::string>{"BU03440000"}));
    EXPECT_EQ(report.unmatchedRows, (std::vector<std::string>{"BU03440223  ", "BU03440821  "}));
    EXPECT_TRUE(sameValues(values(areas, "AantalInwoners_5"), {2355, 20, kNaN}));
    EXPECT_TRUE(sameValues(values(areas, "GemiddeldeHuishoudensgrootte_33"), {1.5, 1.3, kNaN}));
}

// ---- Real data: national CBS table onto the Utrecht and Rotterdam buurten ------------------------

struct RealJoin
{
    AreaSet areas;
    JoinReport report;
};

std::optional<RealJoin> joinRealCity(const std::string& gemeente)
{
    const std::string table = realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    const std::string layer = realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg");
    if (table.empty() || layer.empty())
        return std::nullopt;
    SilentFeedback feedback;
    AreaSource source;
    source.path = layer;
    source.layer = "buurten";
    source.idField = "bu_code";
    source.filter = "gm_code = '" + gemeente + "'";
    RealJoin result{loadAreas(source, feedback), {}};
    const Table indicators = readTable(table, {}, feedback);
    result.report = joinTable(result.areas, indicators, "bu_code", {}, feedback);
    return result;
}

TEST(JoinTable, matchesAllUtrechtBuurten)
{
    auto joined = joinRealCity("GM0344");
    if (!joined)
        GTEST_SKIP() << "real data not present";
    // utrecht-rotterdam-buurten/README.md: Utrecht 111/111 buurt codes of 2019 exist unchanged in 2024.
    EXPECT_EQ(joined->report.areaCount, 111u);
    EXPECT_EQ(joined->report.matched, 111u);
    EXPECT_EQ(joined->report.rowCount, 14574u);
    EXPECT_EQ(joined->report.unmatchedRows.size(), 14574u - 111u);
    EXPECT_TRUE(joined->report.normalisedCodes.empty());
    EXPECT_TRUE(joined->report.duplicateCodes.empty());
    // 30 numeric columns in buurten_2024.csv (35 minus bu_code, bu_naam, wk_code, gm_code, gm_naam).
    EXPECT_EQ(joined->report.joinedColumns.size(), 30u);
    EXPECT_EQ(joined->report.skippedColumns,
              (std::vector<std::string>{"bu_naam", "wk_code", "gm_code", "gm_naam"}));
    // README: BU03440613 Hoog-Catharijne has 2 355 inhabitants and 3 343 crimes in 2024 (mawk gives the
    // same).
    const auto row = joined->areas.rowOf("BU03440613");
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(joined->areas.column("inwoners")->values[*row], 2355.0);
    EXPECT_EQ(joined->areas.column("crime_2024")->values[*row], 3343.0);
}

TEST(JoinTable, matchesRotterdamButOneBuurt)
{
    auto joined = joinRealCity("GM0599");
    if (!joined)
        GTEST_SKIP() << "real data not present";
    // README: Rotterdam 91/92, BU05992650 has no 2024 record.
    EXPECT_EQ(joined->report.areaCount, 92u);
    EXPECT_EQ(joined->report.matched, 91u);
    EXPECT_EQ(joined->report.unmatchedAreas, (std::vector<std::string>{"BU05992650"}));
    const auto row = joined->areas.rowOf("BU05992650");
    ASSERT_TRUE(row.has_value());
    EXPECT_TRUE(std::isnan(joined->areas.column("inwoners")->values[*row]));
}

} // namespace
