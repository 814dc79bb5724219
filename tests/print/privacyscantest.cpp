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
