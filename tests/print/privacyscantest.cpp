// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdocument.h"
#include "printsupport.h"
#include "testsupport.h"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <QColor>
#include <QFile>
#include <QImage>
#include <QXmlStreamReader>

#include <filesystem>

namespace {

using bib::test::containsNumber;
using bib::test::readFile;
using bib::test::runBib;
using bib::test::TempDir;

/// tests/data/export (see tests/cli/exporttest.cpp): minimum_count 1000, minimum_population 50.
/// Withheld by the rules, worked out by hand from table.csv:
///   BU03 (37 inhabitants): jeugdzorg 86420, its rate 86420 / 37 × 1000 = 2335675.7, and its index;
///   BU04: jeugdzorg 987 (< 1000), its rate 987 / 950 × 1000 = 1038.9;
///   BU05: meldingen 876 (< 1000);
///   "geheim" (55503 for BU03) is in no recipe and never leaves.
/// Each number is searched in every form a page prints it: whole, and with one or two decimals
/// after a comma or a point.
const std::vector<double> kSecrets = {86420, 2335675.6756756757, 987, 1038.9473684210527, 876, 55503};

std::vector<std::string> printedForms(double value)
{
    std::vector<std::string> forms;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
    forms.emplace_back(buffer);
    for (int decimals : {1, 2}) {
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        std::string point(buffer);
        forms.push_back(point);
        std::string comma = point;
        comma[comma.find('.')] = ',';
        forms.push_back(comma);
    }
    return forms;
}

/// Printed pages write Dutch decimal commas; CSV, GeoPackage and XLSX use ',' between fields.
void expectNoSecret(const std::string& text, const std::string& what, bool commaIsDecimal)
{
    for (double secret : kSecrets)
        for (const auto& form : printedForms(secret))
            EXPECT_FALSE(containsNumber(text, form, commaIsDecimal)) << what << " shows " << form;
}

/// The text content of an SVG (its <text> elements), without the path coordinates.
std::string svgText(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text().toString() + QLatin1Char('\n');
    return text.toStdString();
}

std::string fixture(const TempDir& dir)
{
    for (const char* name : {"areas.geojson", "table.csv", "recipe.bib.json"})
        std::filesystem::copy_file(std::string(BIB_TEST_DATA_DIR) + "/export/" + name, dir.file(name));
    return dir.file("recipe.bib.json");
}

TEST(PrivacyScan, everyExportKindShowsOnderdruktAndNoWithheldNumber)
{
    TempDir dir;
    const std::string recipe = fixture(dir);
    // The unprotected run has the secrets: the scan is only meaningful if they are real values.
    ASSERT_EQ(runBib({"compose", recipe, "-o", dir.file("raw.csv")}).exitCode, 0);
    const std::string raw = readFile(dir.file("raw.csv"));
    for (const char* present : {"86420", "987", "876"})
        ASSERT_TRUE(containsNumber(raw, present, false)) << present;

    for (const char* field : {"index", "jeugdzorg", "meldingen"})
        for (const char* extension : {"pdf", "svg"}) {
            const std::string out = dir.file(std::string("map_") + field + "." + extension);
            const auto r = runBib({"-q", "map", recipe, "--field", field, "-o", out});
            ASSERT_EQ(r.exitCode, 0) << r.err;
            const std::string text = std::string(extension) == "pdf" ? bib::test::pdfText(out) : svgText(out);
            EXPECT_NE(text.find("onderdrukt"), std::string::npos) << out;
            expectNoSecret(text, out, true);
        }
    const auto b =
        runBib({"-q", "briefing", recipe, "--all", "--robustness", "50", "-o", dir.file("briefing.pdf")});
    ASSERT_EQ(b.exitCode, 0) << b.err;
    const std::string briefing = bib::test::pdfText(dir.file("briefing.pdf"));
    EXPECT_NE(briefing.find("onderdrukt"), std::string::npos);
    // A published value is found by the same scan: BU01's rate 31415 / 1200 × 1000 = 26179.2,
    // printed without decimals.
    EXPECT_TRUE(containsNumber(briefing, "26179", true));
    expectNoSecret(briefing, "briefing", true);

    for (const char* extension : {"csv", "gpkg", "xlsx"}) {
        const std::string out = dir.file(std::string("export.") + extension);
        const auto r = runBib({"-q", "export", recipe, "-o", out});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        // The GeoPackage stores numbers as binary doubles (tests/cli/exporttest.cpp checks those
        // bytes); its text (styles, status columns) is scanned here.
        const std::string bytes =
            std::string(extension) == "xlsx" ? bib::test::unzippedBytes(out) : readFile(out);
        EXPECT_NE(bytes.find("onderdrukt"), std::string::npos) << out;
        expectNoSecret(bytes, out, false);
    }
}

// The charts of the events series (docs/recipe.md, privacy rule 7) with minimum_count 100; weeks W0 … W8
// from Monday 2024-01-01, a 4-week count column and an EARS C1 score with baseline 3 (min_sigma 1), both
// resting on W5 … W8, worked by hand:
//   BU01: 131 142 87 150 161 138 144 152 173 — 87 (W2) is withheld, and with it the expected values
//         and thresholds of W3 … W5, whose windows hold W2. W5 … W8 hold no withheld count: W8 is shown
//         with its window 138 144 152, expected 144.67 ("verwacht 144,7"), count 173.
//   BU02: 120 115 125 110 118 122 93 119 121 — 93 (W6) is withheld. The published 4-week total 455 and
//         the score rest on W5 … W8, so 122, 119 and 121 are withheld too (455 − 122 − 119 − 121 = 93).
//         W8's expected value (122 + 93 + 119) / 3 = 111.33 and threshold 111.33 + 3.0902 × 15.948 =
//         160.62 (sd of the window 15.948) are withheld.
//   BU03: no events: every week 0, withheld.
TEST(PrivacyScan, briefingChartsShowNoWithheldWeeklyCount)
{
    TempDir dir;
    bib::test::writeFile(
        dir.file("meldingen.csv"),
        bib::test::weeklyEventsCsv({{"BU01", {131, 142, 87, 150, 161, 138, 144, 152, 173}},
                                    {"BU02", {120, 115, 125, 110, 118, 122, 93, 119, 121}}}));
    const std::string recipe = bib::test::threeSquaresEventsRecipe(dir.path().string(), R"([
        {"name": "meldingen_4w", "measure": "count", "periods": 4},
        {"name": "signaal", "measure": "signal", "method": "ears-c1", "baseline": 3},
        {"name": "alarm", "measure": "alarm", "method": "ears-c1", "baseline": 3},
        {"name": "prognose", "measure": "forecast", "periods": 4}])",
                                                                   R"(, "privacy": {"minimum_count": 100})");
    const auto b = runBib({"-q", "briefing", recipe, "--all", "--robustness", "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(b.exitCode, 0) << b.err;
    const std::string briefing = bib::test::pdfText(dir.file("b.pdf"));
    // The same scan finds what is shown: BU01's last week, and BU02's rate on its 4-week total,
    // 455 / 2000 × 1000 = 227.5, printed without decimals as 228.
    EXPECT_NE(briefing.find("laatste week (26-02-2024): 173 gebeurtenissen, verwacht 144,7"),
              std::string::npos)
        << briefing;
    EXPECT_TRUE(containsNumber(briefing, "228", true)) << briefing;
    EXPECT_NE(briefing.find("laatste week (26-02-2024): onderdrukt"), std::string::npos) << briefing;
    EXPECT_FALSE(containsNumber(briefing, "121", true)) << briefing;
    for (double secret : {87.0, 93.0, 111.33333333333333, 160.6158})
        for (const auto& form : printedForms(secret))
            EXPECT_FALSE(containsNumber(briefing, form, true)) << "the briefing shows " << form;
}

TEST(PrivacyScan, pngPaintsTheWithheldAreasHatchedNotInAClassColour)
{
    TempDir dir;
    const std::string recipe = fixture(dir);
    const auto r =
        runBib({"-q", "map", recipe, "--field", "jeugdzorg", "--dpi", "100", "-o", dir.file("k.png")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QImage image(QString::fromStdString(dir.file("k.png")));
    ASSERT_FALSE(image.isNull());

    bib::core::Feedback feedback;
    const bib::print::PrintData data = bib::print::preparePrint(recipe, std::size_t{0}, feedback);
    bib::print::MapRequest request;
    request.recipe = recipe;
    request.field = "jeugdzorg";
    const auto painter = bib::print::mapPagePainter(data, request);
    const auto layout = bib::render::renderPageLayout(
        *painter, bib::render::paperPage(bib::render::PaperSize::A4, false, 100));
    const auto& classColours = painter->choropleth().classColours();
    for (const char* id : {"BU03", "BU04"}) {
        const std::size_t row = *data.publishedAreas->rowOf(id);
        const auto& box = data.publishedAreas->shape(row).envelope;
        const QPointF centre =
            layout.transform.toDevice({(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2});
        int withheldFill = 0;
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = -3; dx <= 3; ++dx) {
                const QColor pixel =
                    image.pixelColor(static_cast<int>(centre.x()) + dx, static_cast<int>(centre.y()) + dy);
                withheldFill += pixel == QColor(0xfa, 0xfa, 0xfa) ? 1 : 0;
                for (const QColor& colour : classColours)
                    EXPECT_NE(pixel, colour) << id << " is painted in a class colour";
            }
        EXPECT_GT(withheldFill, 0) << id << " is not painted as withheld";
    }
}

} // namespace
