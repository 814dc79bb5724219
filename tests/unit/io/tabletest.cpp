// SPDX-License-Identifier: GPL-3.0-or-later
// Expected values are hand calculations from the inputs written in each test, unless a comment names
// another source. Real-data counts were taken with mawk 1.3.4 (fields counted from the end of the line,
// because only bu_naam holds quoted commas) and cross-checked with Python 3.11's csv module.
#include "io/table.h"
#include "io/gdalutil.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace {

using namespace bib::core;
using bib::test::realData;
using bib::test::TempDir;
using bib::test::testData;
using bib::test::writeFile;

struct ReadResult
{
    Table table;
    std::vector<Warning> warnings;
};

ReadResult readBytes(const std::string& bytes, const TableReadOptions& options = {},
                     const std::string& fileName = "table.csv")
{
    TempDir folder;
    const std::string path = folder.file(fileName);
    writeFile(path, bytes);
    SilentFeedback feedback;
    Table table = readTable(path, options, feedback);
    return {std::move(table), feedback.warnings()};
}

ReadResult readFile(const std::string& path, const TableReadOptions& options = {})
{
    SilentFeedback feedback;
    Table table = readTable(path, options, feedback);
    return {std::move(table), feedback.warnings()};
}

std::size_t countWarnings(const std::vector<Warning>& warnings, const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(warnings.begin(), warnings.end(), [&](const Warning& w) {
        return w.message.find(text) != std::string::npos;
    }));
}

const TableColumn& column(const Table& table, const std::string& name)
{
    const TableColumn* found = table.column(name);
    if (!found)
        throw std::runtime_error("no column " + name);
    return *found;
}

// The InputError message of reading `bytes`, or "" when nothing was thrown.
std::string readError(const std::string& bytes, const TableReadOptions& options = {})
{
    try {
        readBytes(bytes, options);
    } catch (const InputError& error) {
        return error.what();
    }
    return {};
}

// ---- Delimiters, decimals, encodings -------------------------------------------------------------

TEST(TableReader, readsCommaSeparatedUtf8)
{
    const auto [table, warnings] =
        readBytes("code,naam,inwoners,aandeel\nBU01,Noord,1200,4.5\nBU02,Zuid,800,7.25\n");
    EXPECT_EQ(table.format.delimiter, ',');
    EXPECT_EQ(table.format.decimalSeparator, '.');
    EXPECT_EQ(table.format.encoding, "UTF-8");
    EXPECT_EQ(table.rowCount, 2u);
    EXPECT_EQ(table.columnNames(), (std::vector<std::string>{"code", "naam", "inwoners", "aandeel"}));
    EXPECT_FALSE(column(table, "code").numeric);
    EXPECT_TRUE(column(table, "code").numbers.empty());
    EXPECT_EQ(column(table, "code").text, (std::vector<std::string>{"BU01", "BU02"}));
    EXPECT_TRUE(column(table, "inwoners").numeric);
    EXPECT_EQ(column(table, "inwoners").numbers, (std::vector<double>{1200.0, 800.0}));
    EXPECT_EQ(column(table, "aandeel").numbers, (std::vector<double>{4.5, 7.25}));
    EXPECT_EQ(column(table, "aandeel").text[1], "7.25");
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, readsDecimalCommaWithSemicolons)
{
    const auto [table, warnings] =
        readBytes("code;naam;waarde\nBU01;Noord, oud;12,5\nBU02;Zuid;-0,5\nBU03;Oost;3\n");
    EXPECT_EQ(table.format.delimiter, ';');
    EXPECT_EQ(table.format.decimalSeparator, ',');
    EXPECT_EQ(column(table, "naam").text[0], "Noord, oud");
    EXPECT_EQ(column(table, "waarde").numbers, (std::vector<double>{12.5, -0.5, 3.0}));
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, readsTabSeparated)
{
    const auto [table, warnings] = readBytes("code\tnaam\twaarde\nBU01\tNoord; oud\t1.5\nBU02\tZuid\t2\n");
    EXPECT_EQ(table.format.delimiter, '\t');
    EXPECT_EQ(table.format.decimalSeparator, '.');
    EXPECT_EQ(column(table, "naam").text[0], "Noord; oud");
    EXPECT_EQ(column(table, "waarde").numbers, (std::vector<double>{1.5, 2.0}));
}

TEST(TableReader, detectsCommaDelimiterDespiteSemicolonsInQuotedHeaderAndCells)
{
    const auto [table, warnings] =
        readBytes("code,\"naam; officieel\",waarde\nBU01,\"A; B\",1\nBU02,\"C; D\",2\nBU03,E,3\n");
    EXPECT_EQ(table.format.delimiter, ',');
    EXPECT_EQ(table.columnNames(), (std::vector<std::string>{"code", "naam; officieel", "waarde"}));
}

TEST(TableReader, semicolonFileWithOnlyIntegersDefaultsToDecimalComma)
{
    // Dutch Excel writes ';' with decimal commas; with no evidence either way that convention holds.
    const auto [table, warnings] = readBytes("code;waarde\nBU01;1\nBU02;2\n");
    EXPECT_EQ(table.format.decimalSeparator, ',');
}

TEST(TableReader, forcedDecimalPointOverridesDetection)
{
    TableReadOptions options;
    options.decimalSeparator = '.';
    const auto [table, warnings] = readBytes("code;waarde\nBU01;1.5\nBU02;2,5\n", options);
    EXPECT_EQ(table.format.decimalSeparator, '.');
    const TableColumn& waarde = column(table, "waarde");
    EXPECT_EQ(waarde.numbers[0], 1.5);
    EXPECT_TRUE(std::isnan(waarde.numbers[1]));
}

TEST(TableReader, readsUtf8WithByteOrderMark)
{
    const auto [table, warnings] = readBytes("\xEF\xBB\xBF"
                                             "code,naam\nBU01,Ee\xC3\xABn\n");
    EXPECT_EQ(table.format.encoding, "UTF-8 with BOM");
    EXPECT_EQ(table.columns[0].name, "code"); // not "\xEF\xBB\xBF" "code"
    EXPECT_EQ(column(table, "naam").text[0], "Ee\xC3\xABn");
}

TEST(TableReader, convertsWindows1252ToUtf8)
{
    // Bytes: é = 0xE9, € = 0x80, ë = 0xEB, “ ” = 0x93 0x94 in Windows-1252 (Microsoft's code page table).
    const auto [table, warnings] = readFile(testData("tables/windows1252.csv"));
    EXPECT_EQ(table.format.encoding, "Windows-1252");
    EXPECT_EQ(table.format.delimiter, ';');
    EXPECT_EQ(table.format.decimalSeparator, ',');
    const TableColumn& naam = column(table, "naam");
    EXPECT_EQ(naam.text[1], "Caf\xC3\xA9 \xE2\x82\xAC Ee\xC3\xABn"); // "Café € Eeën" in UTF-8
    EXPECT_EQ(naam.text[2], "\xE2\x80\x9C"
                            "Amsterdam"
                            "\xE2\x80\x9D");
    EXPECT_EQ(column(table, "aandeel").numbers, (std::vector<double>{12.5, -0.5, 7.0}));
    EXPECT_EQ(column(table, "inwoners").numbers[2], 931300.0);
}

// ---- Quoting and layout --------------------------------------------------------------------------

TEST(TableReader, readsRfc4180QuotedFields)
{
    const auto [table, warnings] = readFile(testData("tables/quoting.csv"));
    ASSERT_EQ(table.rowCount, 5u); // BU06 has a cell too many and is left out
    const TableColumn& naam = column(table, "naam");
    EXPECT_EQ(naam.text[0], "Noord, oud");
    EXPECT_EQ(naam.text[1], "Zegt \"hallo\"");
    EXPECT_EQ(naam.text[2], "twee\nregels");
    EXPECT_EQ(column(table, "waarde").numbers[2], 3.0);
}

TEST(TableReader, reportsRaggedRowsWithTheirLineAndRow)
{
    const auto [table, warnings] = readFile(testData("tables/quoting.csv"));
    // BU05 is data row 5 on line 7 (the quoted cell of BU03 spans lines 4 and 5); BU06 is row 6, line 8.
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].row, 5);
    EXPECT_NE(warnings[0].message.find("line 7 has 2 cells but the header has 3"), std::string::npos);
    EXPECT_EQ(warnings[1].row, 6);
    EXPECT_NE(warnings[1].message.find("line 8 has 4 cells"), std::string::npos);
    EXPECT_NE(warnings[1].message.find("the row is left out"), std::string::npos);
    EXPECT_TRUE(std::isnan(column(table, "waarde").numbers[4])); // padded as missing
    // A row with a cell too many is left out whole: its values may be shifted.
    EXPECT_EQ(column(table, "code").text.size(), 5u);
}

TEST(TableReader, summarisesRaggedRowsBeyondTwenty)
{
    std::string csv = "code,a,b\n";
    for (int i = 0; i < 25; ++i)
        csv += "BU" + std::to_string(i) + ",1\n";
    const auto [table, warnings] = readBytes(csv);
    // 25 short rows: 20 listed, then "5 more rows … (25 in all)".
    ASSERT_EQ(warnings.size(), 21u);
    EXPECT_NE(
        warnings[20].message.find("5 more rows have a different number of cells than the header (25 in all)"),
        std::string::npos);
    EXPECT_EQ(column(table, "b").missingCount, 25u);
}

TEST(TableReader, warnsWhenOneColumnHeaderSitsAboveSeparatedRows)
{
    const auto [table, warnings] = readBytes("code\nBU01;1;2\nBU02;3;4\n");
    EXPECT_EQ(table.columns.size(), 1u);
    EXPECT_EQ(countWarnings(warnings, "the rows are separated by ';'"), 1u);
}

TEST(TableReader, warnsAboutPipeSeparatedHeader)
{
    const auto [table, warnings] = readBytes("code|a\nBU01|1\n");
    EXPECT_EQ(table.columnNames(), (std::vector<std::string>{"code|a"}));
    EXPECT_EQ(countWarnings(warnings, "contains '|'"), 1u);
}

TEST(TableReader, keepsSpacesInsideQuotesAndTrimsPlainCells)
{
    const auto [table, warnings] = readBytes("code,naam,waarde\n\"BU01  \",  Noord  , 7 \n");
    EXPECT_EQ(column(table, "code").text[0], "BU01  ");
    EXPECT_EQ(column(table, "naam").text[0], "Noord");
    EXPECT_EQ(column(table, "waarde").numbers[0], 7.0);
}

TEST(TableReader, readsStatLineExportWithBomCrlfQuotedPaddedCodesAndDecimalCommas)
{
    const auto [table, warnings] = readFile(testData("tables/statline_semicolon.csv"));
    EXPECT_EQ(table.format.encoding, "UTF-8 with BOM");
    EXPECT_EQ(table.format.delimiter, ';');
    EXPECT_EQ(table.format.decimalSeparator, ',');
    ASSERT_EQ(table.rowCount, 4u);
    EXPECT_EQ(column(table, "WijkenEnBuurten").text[0], "BU03440613  "); // padding kept inside quotes
    EXPECT_EQ(column(table, "AantalInwoners_5").numbers, (std::vector<double>{2355, 3970, 475, 20}));
    EXPECT_EQ(column(table, "GemiddeldeHuishoudensgrootte_33").numbers,
              (std::vector<double>{1.5, 1.6, 1.2, 1.3}));
    const TableColumn& koop = column(table, "Koopwoningen_47"); // '.', 39, 3, -99997
    EXPECT_TRUE(std::isnan(koop.numbers[0]));
    EXPECT_EQ(koop.numbers[1], 39.0);
    EXPECT_TRUE(std::isnan(koop.numbers[3]));
    EXPECT_EQ(koop.missingCount, 2u);
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, readsLastLineWithoutNewlineAndOldMacLineEnds)
{
    const auto [table, warnings] = readBytes("code,waarde\rBU01,1\rBU02,2");
    ASSERT_EQ(table.rowCount, 2u);
    EXPECT_EQ(column(table, "waarde").numbers, (std::vector<double>{1.0, 2.0}));
}

TEST(TableReader, skipsEmptyLinesWithWarningExceptAtTheEnd)
{
    const auto [table, warnings] = readBytes("code,waarde\nBU01,1\n\nBU02,2\n\n\n");
    EXPECT_EQ(table.rowCount, 2u);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].message.find("line 3 is empty"), std::string::npos);
}

TEST(TableReader, readsRealOneColumnFile)
{
    const auto [table, warnings] = readBytes("code\nBU01\n\nBU02\n");
    EXPECT_EQ(table.columns.size(), 1u);
    EXPECT_EQ(table.rowCount, 3u); // the empty line is a missing code
    EXPECT_EQ(column(table, "code").missingCount, 1u);
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, warnsForHeaderWithoutRows)
{
    const auto [table, warnings] = readBytes("code;waarde\n");
    EXPECT_EQ(table.rowCount, 0u);
    EXPECT_EQ(table.columns.size(), 2u);
    EXPECT_EQ(countWarnings(warnings, "no data rows"), 1u);
}

TEST(TableReader, namesEmptyHeaderCellsFromTrailingSeparator)
{
    const auto [table, warnings] = readBytes("code;waarde;\nBU01;1;\n");
    EXPECT_EQ(table.columnNames(), (std::vector<std::string>{"code", "waarde", "column_3"}));
    EXPECT_EQ(countWarnings(warnings, "header cell 3 is empty"), 1u);
}

// ---- Cells --------------------------------------------------------------------------------------

TEST(TableReader, turnsCbsMissingMarkersIntoMissingValues)
{
    const auto [table, warnings] =
        readBytes("code,a\nBU01,\nBU02,.\nBU03,-99999999\nBU04,-99999999.0\nBU05,-99997\nBU06, 5 \nBU07,x\n");
    const TableColumn& a = column(table, "a");
    ASSERT_TRUE(a.numeric);
    EXPECT_EQ(a.missingCount, 6u);
    EXPECT_EQ(a.numbers[5], 5.0);
    for (std::size_t row : {0u, 1u, 2u, 3u, 4u, 6u})
        EXPECT_TRUE(std::isnan(a.numbers[row])) << "row " << row;
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, matchesNumericSentinelsInAnyNotation)
{
    // -99999999,0 in a decimal-comma file is the sentinel -99999999.0 of TableReadOptions.
    const auto [table, warnings] = readBytes("code;a\nBU01;-99999999,0\nBU02;1,5\n");
    EXPECT_TRUE(std::isnan(column(table, "a").numbers[0]));
    EXPECT_EQ(column(table, "a").missingCount, 1u);
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, readsNumbersWithExponentSignsAndSpaces)
{
    const auto [table, warnings] =
        readBytes("code,a\nBU01,1e3\nBU02,-0.5\nBU03,  7  \nBU04,+2\nBU05,.5\nBU06,2.5E-1\n");
    EXPECT_EQ(column(table, "a").numbers, (std::vector<double>{1000.0, -0.5, 7.0, 2.0, 0.5, 0.25}));
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, neverReadsThousandsSeparatorsInDecimalCommaFile)
{
    const auto [table, warnings] = readBytes("code;a\nBU01;12,5\nBU02;1.234\nBU03;1.234,5\nBU04;7\n");
    const TableColumn& a = column(table, "a");
    ASSERT_TRUE(a.numeric);
    EXPECT_EQ(a.numbers[0], 12.5);
    EXPECT_TRUE(std::isnan(a.numbers[1])); // never 1234
    EXPECT_TRUE(std::isnan(a.numbers[2])); // never 1234.5
    EXPECT_EQ(a.numbers[3], 7.0);
    EXPECT_EQ(a.missingCount, 2u);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].row, 2);
    EXPECT_NE(warnings[0].message.find("column 'a', line 3: '1.234'"), std::string::npos);
    EXPECT_NE(warnings[0].message.find("thousands separator"), std::string::npos);
    EXPECT_EQ(warnings[1].row, 3);
}

TEST(TableReader, neverReadsCommaGroupsInDecimalPointFile)
{
    const auto [table, warnings] = readBytes("code,a\nBU01,1.5\nBU02,\"1,234\"\n");
    EXPECT_TRUE(std::isnan(column(table, "a").numbers[1]));
    EXPECT_EQ(warnings.size(), 1u);
}

TEST(TableReader, warnsWhenPointsMightBeThousandsSeparators)
{
    const auto [table, warnings] = readBytes("code,a\nBU01,1.234\nBU02,5.678\n");
    EXPECT_EQ(table.format.decimalSeparator, '.');
    EXPECT_EQ(column(table, "a").numbers[0], 1.234);
    EXPECT_EQ(countWarnings(warnings, "three digits after the '.'"), 1u);
}

TEST(TableReader, treatsNanInfinityAndOverflowAsUnreadableCells)
{
    const auto [table, warnings] =
        readBytes("code,a\nBU01,1\nBU02,NaN\nBU03,Inf\nBU04,-inf\nBU05,1e400\nBU06,2\n");
    const TableColumn& a = column(table, "a");
    ASSERT_TRUE(a.numeric);
    EXPECT_EQ(a.numbers[0], 1.0);
    EXPECT_EQ(a.numbers[5], 2.0);
    for (std::size_t row = 1; row <= 4; ++row)
        EXPECT_TRUE(std::isnan(a.numbers[row])) << "row " << row;
    ASSERT_EQ(warnings.size(), 4u);
    EXPECT_NE(warnings[0].message.find("'NaN' is not a finite number"), std::string::npos);
    EXPECT_NE(warnings[3].message.find("line 6: '1e400' is out of the range"), std::string::npos);
}

TEST(TableReader, keepsMostlyNumericColumnNumericWithWarningPerBadCell)
{
    const auto [table, warnings] = readBytes("code,a\nBU01,1\nBU02,2\nBU03,onbekend\nBU04,4\n");
    const TableColumn& a = column(table, "a");
    EXPECT_TRUE(a.numeric);
    EXPECT_TRUE(std::isnan(a.numbers[2]));
    EXPECT_EQ(a.text[2], "onbekend");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].row, 3);
    EXPECT_NE(warnings[0].message.find("'onbekend' is not a number"), std::string::npos);
}

TEST(TableReader, typesMostlyTextColumnAsTextWithoutWarnings)
{
    const auto [table, warnings] = readBytes("code,a\nBU01,Noord\nBU02,Zuid\nBU03,12\n");
    EXPECT_FALSE(column(table, "a").numeric);
    EXPECT_TRUE(column(table, "a").numbers.empty());
    EXPECT_EQ(column(table, "a").text[2], "12");
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, typesAllMissingColumnAsNumeric)
{
    const auto [table, warnings] = readBytes("code,a\nBU01,\nBU02,.\n");
    EXPECT_TRUE(column(table, "a").numeric);
    EXPECT_EQ(column(table, "a").missingCount, 2u);
}

TEST(TableReader, listsTwentyBadCellsThenOneSummary)
{
    std::string csv = "code,a\n";
    for (int i = 0; i < 70; ++i)
        csv +=
            "BU" + std::to_string(i) + "," + (i % 7 == 0 ? std::string("n.v.t.") : std::to_string(i)) + "\n";
    for (int i = 0; i < 25; ++i)
        csv += "BX" + std::to_string(i) + ",?!\n";
    const auto [table, warnings] = readBytes(csv);
    // 10 cells "n.v.t." (i = 0, 7, …, 63) and 25 cells "?!": 35 bad cells, 60 numbers.
    EXPECT_TRUE(column(table, "a").numeric);
    ASSERT_EQ(warnings.size(), 21u);
    EXPECT_EQ(warnings[0].row, 1);
    EXPECT_NE(warnings[20].message.find("15 more cells are not a number"), std::string::npos);
    EXPECT_NE(warnings[20].message.find("(35 in all)"), std::string::npos);
    EXPECT_EQ(column(table, "a").missingCount, 35u);
}

TEST(TableReader, keepsTextColumnsAsWritten)
{
    TableReadOptions options;
    options.textColumns = {"gemeentecode"};
    const auto [table, warnings] = readBytes("gemeentecode;a\n0344;1\n0599;2\n", options);
    const TableColumn& code = column(table, "gemeentecode");
    EXPECT_FALSE(code.numeric);
    EXPECT_EQ(code.text, (std::vector<std::string>{"0344", "0599"}));
    EXPECT_TRUE(column(table, "a").numeric);
}

// ---- Errors ------------------------------------------------------------------------------------

TEST(TableReader, rejectsMissingFile)
{
    SilentFeedback feedback;
    const TempDir folder;
    const std::string path = folder.file("nothere.csv");
    try {
        readTable(path, {}, feedback);
        FAIL() << "no exception";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find(path + ": file not found"), std::string::npos);
    }
}

TEST(TableReader, rejectsEmptyFile)
{
    EXPECT_NE(readError("").find("empty (0 bytes)"), std::string::npos);
}

TEST(TableReader, rejectsFileWithOnlyEmptyLines)
{
    EXPECT_NE(readError("\n  \n\n").find("no header row"), std::string::npos);
}

TEST(TableReader, rejectsBinaryFileNamedCsv)
{
    EXPECT_NE(readError(std::string("code,a\n\0\x01\x02", 10)).find("binary data"), std::string::npos);
    EXPECT_NE(readError("PK\x03\x04rest-of-a-zip").find(".xlsx"), std::string::npos);
    EXPECT_NE(readError("\xFF\xFE"
                        "c\0o\0")
                  .find("UTF-16"),
              std::string::npos);
    EXPECT_NE(readError(std::string(100, '\x01') + "abc").find("not text"), std::string::npos);
}

TEST(TableReader, rejectsDuplicateHeaderNamesListingThem)
{
    const std::string message = readError("code,a,b,a,code,c\nBU01,1,2,3,x,4\n");
    EXPECT_NE(message.find("'a' (columns 2 and 4)"), std::string::npos) << message;
    EXPECT_NE(message.find("'code' (columns 1 and 5)"), std::string::npos) << message;
}

TEST(TableReader, rejectsQuoteThatIsNeverClosed)
{
    const std::string message = readError("code,naam\nBU01,\"Noord\nBU02,Zuid\n");
    EXPECT_NE(message.find("opened on line 2 is never closed"), std::string::npos) << message;
}

TEST(TableReader, rejectsForcedSeparatorThatTheHeaderLacks)
{
    TableReadOptions options;
    options.delimiter = ';';
    const std::string message = readError("code,naam,a\nBU01,Noord,1\n", options);
    EXPECT_NE(message.find("has no ';' but ','"), std::string::npos) << message;
}

TEST(TableReader, rejectsOldExcelFiles)
{
    const TempDir folder;
    writeFile(folder.file("oud.xls"), "\xD0\xCF\x11\xE0");
    SilentFeedback feedback;
    EXPECT_THROW(readTable(folder.file("oud.xls"), {}, feedback), InputError);
}

// ---- Spreadsheets (written by GDAL's own XLSX and ODS drivers) ------------------------------------

// Writes two sheets: "indicatoren" (code, inwoners as integer, aandeel as real, opmerking as string
// holding numbers and markers) and "leeg" (one string column).
void writeSpreadsheet(const std::string& driverName, const std::string& path)
{
    ensureGdal();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
    ASSERT_NE(driver, nullptr);
    GdalDatasetPtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    ASSERT_NE(dataset, nullptr);
    OGRLayer* layer = dataset->CreateLayer("indicatoren", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    OGRFieldDefn code("code", OFTString);
    OGRFieldDefn inwoners("inwoners", OFTInteger);
    OGRFieldDefn aandeel("aandeel", OFTReal);
    OGRFieldDefn opmerking("tekstgetal", OFTString);
    for (OGRFieldDefn* field : {&code, &inwoners, &aandeel, &opmerking})
        ASSERT_EQ(layer->CreateField(field), OGRERR_NONE);
    struct Row
    {
        const char* code;
        int inwoners;
        double aandeel;
        const char* tekst;
    };
    for (const Row& row :
         {Row{"BU01", 1200, 4.5, "12.5"}, Row{"BU02", -99999999, 7.25, "."}, Row{"BU03", 10, 0.5, "3"}}) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("code", row.code);
        feature.SetField("inwoners", row.inwoners);
        feature.SetField("aandeel", row.aandeel);
        feature.SetField("tekstgetal", row.tekst);
        ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    OGRLayer* second = dataset->CreateLayer("leeg", nullptr, wkbNone, nullptr);
    OGRFieldDefn naam("naam", OFTString);
    ASSERT_EQ(second->CreateField(&naam), OGRERR_NONE);
    OGRFeature feature(second->GetLayerDefn());
    feature.SetField("naam", "alleen tekst");
    ASSERT_EQ(second->CreateFeature(&feature), OGRERR_NONE);
}

void checkSpreadsheet(const std::string& driverName, const std::string& extension)
{
    const TempDir folder;
    const std::string path = folder.file("indicatoren" + extension);
    writeSpreadsheet(driverName, path);
    SilentFeedback feedback;
    const Table table = readTable(path, {}, feedback);
    EXPECT_EQ(table.format.sheet, "indicatoren");
    ASSERT_EQ(table.rowCount, 3u);
    EXPECT_EQ(table.columnNames(), (std::vector<std::string>{"code", "inwoners", "aandeel", "tekstgetal"}));
    EXPECT_FALSE(column(table, "code").numeric);
    EXPECT_EQ(column(table, "code").text[2], "BU03");
    const TableColumn& inwoners = column(table, "inwoners");
    ASSERT_TRUE(inwoners.numeric);
    EXPECT_EQ(inwoners.numbers[0], 1200.0);
    EXPECT_TRUE(std::isnan(inwoners.numbers[1])); // the CBS sentinel, stored as a number
    EXPECT_EQ(inwoners.missingCount, 1u);
    EXPECT_EQ(column(table, "aandeel").numbers, (std::vector<double>{4.5, 7.25, 0.5}));
    const TableColumn& tekst = column(table, "tekstgetal"); // strings parsed like CSV cells
    ASSERT_TRUE(tekst.numeric);
    EXPECT_EQ(tekst.numbers[0], 12.5);
    EXPECT_TRUE(std::isnan(tekst.numbers[1]));
    EXPECT_EQ(tekst.numbers[2], 3.0);
    EXPECT_EQ(feedback.warningCount(), 0u);

    TableReadOptions second;
    second.sheet = "leeg";
    const Table other = readTable(path, second, feedback);
    EXPECT_EQ(other.format.sheet, "leeg");
    EXPECT_EQ(other.columnNames(), (std::vector<std::string>{"naam"})); // header found though all is text
    ASSERT_EQ(other.rowCount, 1u);
    EXPECT_EQ(other.columns[0].text[0], "alleen tekst");

    TableReadOptions unknown;
    unknown.sheet = "blad3";
    EXPECT_THROW(readTable(path, unknown, feedback), InputError);
}

TEST(TableReader, readsXlsxSheets)
{
    checkSpreadsheet("XLSX", ".xlsx");
}

TEST(TableReader, readsOdsSheets)
{
    checkSpreadsheet("ODS", ".ods");
}

TEST(TableReader, rejectsCsvTextNamedXlsx)
{
    const TempDir folder;
    writeFile(folder.file("nep.xlsx"), "code,a\nBU01,1\n");
    SilentFeedback feedback;
    EXPECT_THROW(readTable(folder.file("nep.xlsx"), {}, feedback), InputError);
}

// ---- Real data ---------------------------------------------------------------------------------

TEST(TableReader, readsNationalBuurtTable)
{
    const std::string path = realData("cbs-buurt-indicatoren-2024/buurten_2024.csv");
    if (path.empty())
        GTEST_SKIP() << "real data not present";
    const auto [table, warnings] = readFile(path);
    EXPECT_EQ(table.rowCount, 14574u); // README and `awk 'END{print NR-1}'`
    EXPECT_EQ(table.columns.size(), 35u);
    EXPECT_EQ(table.format.delimiter, ',');
    EXPECT_EQ(table.format.decimalSeparator, '.');
    EXPECT_EQ(table.format.encoding, "UTF-8");
    for (const char* text : {"bu_code", "bu_naam", "wk_code", "gm_code", "gm_naam"})
        EXPECT_FALSE(column(table, text).numeric) << text;
    const std::size_t numeric = static_cast<std::size_t>(std::count_if(
        table.columns.begin(), table.columns.end(), [](const TableColumn& c) { return c.numeric; }));
    EXPECT_EQ(numeric, 30u);
    // awk -F, 'NR>1 && $(NF-29)==""' → 478 empty inwoners; $(NF-20) → 1950 non-empty inkomenPerInwoner
    // (the data README says 1 667; the file has 1 950).
    EXPECT_EQ(column(table, "inwoners").missingCount, 478u);
    EXPECT_EQ(column(table, "inkomenPerInwoner").missingCount, 14574u - 1950u);
    // awk -F, '$1=="BU03440613"{print $(NF-29), $(NF-7)}' → 2355 3343; bu_naam from the same line
    const TableColumn& codes = column(table, "bu_code");
    const auto row = static_cast<std::size_t>(std::find(codes.text.begin(), codes.text.end(), "BU03440613") -
                                              codes.text.begin());
    ASSERT_LT(row, table.rowCount);
    EXPECT_EQ(column(table, "inwoners").numbers[row], 2355.0);
    EXPECT_EQ(column(table, "crime_2024").numbers[row], 3343.0);
    EXPECT_EQ(column(table, "bu_naam").text[row], "Hoog-Catharijne NS en Jaarbeurs");
    EXPECT_TRUE(warnings.empty());
}

TEST(TableReader, turnsKwb2017SentinelsIntoMissingValues)
{
    const std::string path = realData("cbs-kwb-2017-wijken/kwb_2017_wijken.csv");
    if (path.empty())
        GTEST_SKIP() << "real data not present";
    const auto [table, warnings] = readFile(path);
    EXPECT_EQ(table.rowCount, 3159u);
    EXPECT_EQ(table.columns.size(), 36u);
    // awk -F, 'NR>1{for(i=1;i<=NF;i++) if($i=="-99999999"||$i=="-99999999.0") n++} END{print n}' → 6227,
    // as the README says; the numeric columns have no other missing or unreadable cells (Python csv).
    std::size_t missing = 0;
    for (const auto& c : table.columns)
        if (c.numeric)
            missing += c.missingCount;
    EXPECT_EQ(missing, 6227u);
    // awk: GEM_HH_GR ($(NF-10)) holds "-99999999.0" 110 times
    EXPECT_EQ(column(table, "GEM_HH_GR").missingCount, 110u);
    EXPECT_TRUE(column(table, "AANT_INW").numeric);
    EXPECT_FALSE(column(table, "WATER").numeric);
    EXPECT_TRUE(warnings.empty());
}

} // namespace
