// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QImage>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdlib>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

using bib::test::pdfText;
using bib::test::runBib;
using bib::test::TempDir;

/// Weeks W0 … W11 (Mondays 2024-01-01 … 2024-03-18; W11 is ISO week 12, the reference period).
///   BU01: 6 7 8 6 7 9 8 7 6 7 8 25 — every count ≥ 5, so all shown
///   BU02: 0 1 0 2 0 1 0 0 1 0 2 1  — every count < 5, so all withheld
/// EARS C1, baseline 3, min_sigma 1 (the recipe default), by hand: BU01 in W11 has the window 6 7 8:
/// expected 7, σ = max(1, 1) = 1, upper 7 + qnorm(0.999) = 10.09 < 25 with 25 ≥ 5 events → alarm.
std::string chartRecipe(const TempDir& dir)
{
    bib::test::writeFile(dir.file("meldingen.csv"),
                         bib::test::weeklyEventsCsv({{"BU01", {6, 7, 8, 6, 7, 9, 8, 7, 6, 7, 8, 25}},
                                                     {"BU02", {0, 1, 0, 2, 0, 1, 0, 0, 1, 0, 2, 1}}}));
    return bib::test::threeSquaresEventsRecipe(dir.path().string(), R"([
        {"name": "meldingen_4w", "measure": "count", "periods": 4},
        {"name": "alarm", "measure": "alarm", "method": "ears-c1", "baseline": 3},
        {"name": "prognose", "measure": "forecast", "periods": 4}])");
}

/// The top (PDF points from the page's top) of the first word `first` and of the last word `last` on
/// page `page`, from pdftotext -bbox.
std::optional<std::pair<double, double>> wordSpan(const std::string& pdf, int page, const std::string& first,
                                                  const std::string& last)
{
    std::string html;
    bib::test::runTool("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                           pdf + "' -",
                       html);
    const std::regex word(
        R"re(<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>)re");
    std::optional<double> top, bottom;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it) {
        if (!top && (*it)[2] == first)
            top = std::stod((*it)[1]);
        if ((*it)[2] == last)
            bottom = std::stod((*it)[1]);
    }
    if (!top || !bottom)
        return std::nullopt;
    return std::make_pair(*top, *bottom);
}

/// Pixels within ±3 per channel of `colour` in the rows [top, bottom] of an image.
int pixelsOfColour(const QImage& image, int top, int bottom, QRgb colour)
{
    int n = 0;
    for (int y = std::max(top, 0); y <= std::min(bottom, image.height() - 1); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            n += std::abs(qRed(p) - qRed(colour)) <= 3 && std::abs(qGreen(p) - qGreen(colour)) <= 3 &&
                         std::abs(qBlue(p) - qBlue(colour)) <= 3
                     ? 1
                     : 0;
        }
    return n;
}

TEST(SeriesChart, areaPageDrawsTheSeriesWithLabelsLegendAndPixels)
{
    TempDir dir;
    const std::string recipe = chartRecipe(dir);
    const auto r = runBib(
        {"-q", "briefing", recipe, "--area", "BU01", "BU02", "--robustness", "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string bu01 = pdfText(dir.file("b.pdf"), 2, 2);
    for (const char* label :
         {"Verloop per week: meldingen.csv", "laatste week (18-03-2024): 25 gebeurtenissen", "verwacht 7,0",
          "waargenomen", "verwacht", "drempel", "prognose (ets)", "80%-interval", "95%-interval",
          "onderdrukt", "wk 12", "wk 14"})
        EXPECT_NE(bu01.find(label), std::string::npos) << label << "\n" << bu01;
    // BU02's counts are all below 5: the chart names the last one onderdrukt, never a number.
    const std::string bu02 = pdfText(dir.file("b.pdf"), 3, 3);
    EXPECT_NE(bu02.find("laatste week (18-03-2024): onderdrukt"), std::string::npos) << bu02;

    // Rendered at 72 dpi (1 pixel = 1 PDF point), the band from the chart heading to its legend line holds
    // the bars (#749cc8), BU01's alarm bar of W11 (#c0271e) and on BU02's page the hatching (#808080).
    const std::string png = dir.file("page");
    std::string out;
    ASSERT_EQ(
        bib::test::runTool("pdftoppm -r 72 -f 2 -l 3 -png '" + dir.file("b.pdf") + "' '" + png + "'", out),
        0);
    const auto span01 = wordSpan(dir.file("b.pdf"), 2, "Verloop", "waargenomen");
    ASSERT_TRUE(span01.has_value());
    const QImage page2(QString::fromStdString(png + "-2.png"));
    ASSERT_FALSE(page2.isNull());
    const int top = static_cast<int>(span01->first), bottom = static_cast<int>(span01->second);
    EXPECT_GT(bottom - top, 60); // about 40 mm = 113 points
    EXPECT_GT(pixelsOfColour(page2, top, bottom, qRgb(0x74, 0x9c, 0xc8)), 100);
    EXPECT_GT(pixelsOfColour(page2, top, bottom, qRgb(0xc0, 0x27, 0x1e)), 50);
    const auto span02 = wordSpan(dir.file("b.pdf"), 3, "Verloop", "waargenomen");
    ASSERT_TRUE(span02.has_value());
    const QImage page3(QString::fromStdString(png + "-3.png"));
    EXPECT_EQ(pixelsOfColour(page3, static_cast<int>(span02->first), static_cast<int>(span02->second),
                             qRgb(0x74, 0x9c, 0xc8)),
              0); // no bar at all: every count is withheld
    EXPECT_GT(pixelsOfColour(page3, static_cast<int>(span02->first), static_cast<int>(span02->second),
                             qRgb(0xf2, 0xf2, 0xf2)),
              500);
}

TEST(SeriesChart, englishLabelsOnRequest)
{
    TempDir dir;
    const std::string recipe = chartRecipe(dir);
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU01", "--robustness", "0", "--lang", "en",
                           "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(dir.file("b.pdf"), 2, 2);
    for (const char* label :
         {"Events per week: meldingen.csv", "last week (2024-03-18): 25 events", "expected 7.0", "observed",
          "threshold", "forecast (ets)", "80% interval", "onderdrukt", "wk 12"})
        EXPECT_NE(text.find(label), std::string::npos) << label << "\n" << text;
}

/// chartRecipe with seven more plain indicators v1 … v7 (eight in all), written as many.bib.json.
std::string manyIndicatorRecipe(const TempDir& dir)
{
    std::string recipe = bib::test::readFile(chartRecipe(dir));
    std::string table = "code;bewoners";
    std::string indicators;
    for (int i = 1; i <= 7; ++i) {
        table += ";v" + std::to_string(i);
        indicators += R"(, {"field": "v)" + std::to_string(i) + R"("})";
    }
    table += "\n";
    for (const char* row : {"BU01;1000", "BU02;2000", "BU03;500"}) {
        table += row;
        for (int i = 1; i <= 7; ++i)
            table += ";" + std::to_string(i * 7 % 5 + static_cast<int>(row[3] - '0'));
        table += "\n";
    }
    bib::test::writeFile(dir.file("t.csv"), table);
    const std::string last = R"("normalisation": "minmax"})";
    const auto at = recipe.find(last);
    if (at != std::string::npos)
        recipe.insert(at + last.size(), indicators);
    bib::test::writeFile(dir.file("many.bib.json"), recipe);
    return dir.file("many.bib.json");
}

/// The page number the contents on the cover (page 1) give for `name`, or -1.
int contentsPage(const std::string& pdf, const std::string& name)
{
    const std::string cover = pdfText(pdf, 1, 1);
    std::smatch match;
    if (!std::regex_search(cover, match, std::regex(name + R"( +([0-9]+))")))
        return -1;
    return std::stoi(match[1]);
}

std::size_t occurrences(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size()))
        ++n;
    return n;
}

// The room for the charts, by hand from the page layout (mm from the top of the A4 page; footer rule at
// 297 − 15 − 9 = 273): header and maps end at 15 + 24 + 74 = 113; the profile takes 7 + n × 7.5 + 6;
// the drivers heading 7, at least one line of text and 4; the Signalen block (one alarm line) 7 + 4.4 + 7;
// the indicator table 10 + 4.6 × (n + 1) above the footer. A chart needs 26 mm plus a 3 mm gap.
//   n = 1: the charts start after 113 + 20.5 + 11 + 18.4 = 162.9 mm at the earliest and the table begins at
//          273 − 19.2 = 253.8, so even with three lines of drivers text (about 3 × 3.6 mm more) a 40 mm
//          chart fits: the chart stays on the area page, one page per area.
//   n = 8: the charts would start after 113 + 73 + 11 + 18.4 = 215.4 at the earliest, the table begins at
//          273 − 51.4 = 221.6: at most 6.2 mm, so no area gets its chart there and every area gets a
//          continuation page: cover + 2 pages per area.
TEST(SeriesChart, fewIndicatorsKeepTheChartOnTheAreaPage)
{
    TempDir dir;
    const std::string recipe = chartRecipe(dir);
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU01", "BU02", "BU03", "--robustness", "0",
                           "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(bib::test::pdfPages(dir.file("b.pdf")), 1 + 3);
    EXPECT_EQ(contentsPage(dir.file("b.pdf"), "BU03"), 4);
    for (int page = 2; page <= 4; ++page) {
        const std::string text = pdfText(dir.file("b.pdf"), page, page);
        EXPECT_NE(text.find("Verloop per week: meldingen.csv"), std::string::npos) << page << "\n" << text;
        EXPECT_NE(text.find("waargenomen"), std::string::npos) << page << "\n" << text;
        EXPECT_EQ(text.find("vervolg"), std::string::npos) << page << "\n" << text;
        EXPECT_NE(text.find("pagina " + std::to_string(page) + " van 4"), std::string::npos) << text;
    }
}

TEST(SeriesChart, chartsWithoutRoomGetAContinuationPage)
{
    TempDir dir;
    const std::string recipe = manyIndicatorRecipe(dir);
    const std::string pdf = dir.file("b.pdf");
    const auto r =
        runBib({"-q", "briefing", recipe, "--area", "BU01", "BU02", "BU03", "--robustness", "0", "-o", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(pdf), 1 + 2 * 3);

    // The contents point at the area pages 2, 4 and 6; each is followed by its continuation page.
    const struct
    {
        const char* name;
        int page;
    } areas[] = {{"BU01", 2}, {"BU02", 4}, {"BU03", 6}};
    for (const auto& area : areas) {
        EXPECT_EQ(contentsPage(pdf, area.name), area.page) << area.name;
        const std::string page = pdfText(pdf, area.page, area.page);
        EXPECT_EQ(page.find(area.name), page.find_first_not_of(" \n")) << page; // the page's title
        EXPECT_NE(page.find("zie pagina " + std::to_string(area.page + 1)), std::string::npos) << page;
        EXPECT_EQ(page.find("waargenomen"), std::string::npos) << page;
        EXPECT_EQ(page.find("geen ruimte"), std::string::npos) << page;
        EXPECT_NE(page.find("Indicatoren"), std::string::npos) << page;
        EXPECT_LT(page.rfind("v7 "), page.find("Recept 'meldingen'"))
            << page; // the table ends above the footer
        const std::string next = pdfText(pdf, area.page + 1, area.page + 1);
        for (const std::string& label :
             {std::string(area.name) + " (vervolg)",
              std::string("vervolg van pagina ") + std::to_string(area.page), std::string("Signalen"),
              std::string("Verloop per week: meldingen.csv"), std::string("waargenomen"),
              std::string("pagina ") + std::to_string(area.page + 1) + " van 7"})
            EXPECT_NE(next.find(label), std::string::npos) << label << "\n" << next;
    }
    EXPECT_NE(pdfText(pdf, 3, 3).find("laatste week (18-03-2024): 25 gebeurtenissen"), std::string::npos);

    // BU01's continuation page (3) at 72 dpi: the chart from its heading to its legend is taller than the
    // 45 mm (128 points) a chart gets at least on a page of its own, and holds the bars and the red alarm
    // bar.
    std::string out;
    ASSERT_EQ(
        bib::test::runTool("pdftoppm -r 72 -f 3 -l 3 -png '" + pdf + "' '" + dir.file("page") + "'", out), 0);
    const QImage page3(QString::fromStdString(dir.file("page") + "-3.png"));
    ASSERT_FALSE(page3.isNull());
    const auto span = wordSpan(pdf, 3, "Verloop", "waargenomen");
    ASSERT_TRUE(span.has_value());
    const int top = static_cast<int>(span->first), bottom = static_cast<int>(span->second);
    EXPECT_GT(bottom - top, 128);
    EXPECT_GT(pixelsOfColour(page3, top, bottom, qRgb(0x74, 0x9c, 0xc8)), 300);
    EXPECT_GT(pixelsOfColour(page3, top, bottom, qRgb(0xc0, 0x27, 0x1e)), 100);
}

TEST(SeriesChart, continuationPageInEnglish)
{
    TempDir dir;
    const std::string recipe = manyIndicatorRecipe(dir);
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU02", "--robustness", "0", "--lang", "en",
                           "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(dir.file("b.pdf")), 3);
    EXPECT_NE(pdfText(dir.file("b.pdf"), 2, 2).find("see page 3"), std::string::npos);
    const std::string next = pdfText(dir.file("b.pdf"), 3, 3);
    for (const char* label :
         {"BU02 (continued)", "continued from page 2", "Events per week: meldingen.csv", "page 3 of 3"})
        EXPECT_NE(next.find(label), std::string::npos) << label << "\n" << next;
}

/// The demo recipe (data/demo, synthetic, made by the project; seven indicators) with its nuisance reports
/// as a weekly events source, written into `dir`; with `indicators` only its first ones, with `reference`
/// the demo's own indicator table as the reference column ("Nederland").
std::string demoEventsRecipe(const TempDir& dir, std::size_t indicators = 7, bool reference = false)
{
    const std::string demo = BIB_DEMO_DATA_DIR;
    nlohmann::json recipe = nlohmann::json::parse(bib::test::readFile(demo + "/voorbeeldstad.bib.json"));
    recipe["areas"]["path"] = demo + "/voorbeeldstad.gpkg";
    recipe["tables"][0]["path"] = demo + "/indicatoren.csv";
    recipe["indicators"].erase(recipe["indicators"].begin() + static_cast<std::ptrdiff_t>(indicators),
                               recipe["indicators"].end());
    recipe["events"] = nlohmann::json::parse(R"([{"path": ")" + demo + R"(/meldingen.csv", "x": "x", "y": "y",
        "crs": "EPSG:28992", "time": "tijdstip", "period": "week", "end": "2025-12-28",
        "columns": [{"name": "meldingen_13w", "measure": "count", "periods": 13},
                    {"name": "alarm_meldingen", "measure": "alarm", "method": "ears-c1", "baseline": 7}]}])");
    if (reference)
        recipe["reference"] = {
            {"label", "Nederland"}, {"path", demo + "/indicatoren.csv"}, {"id", "bu_code"}};
    bib::test::writeFile(dir.file("demo.bib.json"), recipe.dump(1));
    return dir.file("demo.bib.json");
}

/// The pages of a PDF as pdftotext -layout writes them (split at its form feeds), and the first line of
/// text of one, trimmed.
std::vector<std::string> pdfPageTexts(const std::string& pdf)
{
    std::vector<std::string> pages;
    std::istringstream in(pdfText(pdf));
    for (std::string page; std::getline(in, page, '\f');)
        pages.push_back(page);
    if (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos)
        pages.pop_back();
    return pages;
}

std::string firstLine(const std::string& page)
{
    const auto begin = page.find_first_not_of(" \n");
    if (begin == std::string::npos)
        return {};
    const auto end = page.find('\n', begin);
    const std::string line = page.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    return line.substr(0, line.find_last_not_of(' ') + 1);
}

// The demo town has 120 buurten in 12 wijken (data/demo/README.md). By hand, with the seven indicators the
// charts would start at 113 + 65.5 + 11 + 18.4 = 207.9 mm at the earliest and the table begins at
// 273 − (10 + 4.6 × 8) = 226.2 mm: no room for a 26 mm chart, so every buurt gets a continuation page.
// The cover lists ⌊(273 − 12 − 178 − 8) / 3.7⌋ × 3 = 60 entries, a further contents page
// ⌊(273 − 6 − 32 − 8) / 3.7⌋ × 3 = 183: two front pages, then 2 × 120 pages.
TEST(SeriesChart, everyBuurtOfTheDemoAtlasGetsItsChart)
{
    TempDir dir;
    const std::string recipe = demoEventsRecipe(dir);
    const std::string pdf = dir.file("atlas.pdf");
    const auto r = runBib({"-q", "briefing", recipe, "--all", "--robustness", "0", "-o", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(pdf), 2 + 2 * 120);
    const std::string text = pdfText(pdf);
    EXPECT_EQ(occurrences(text, "(vervolg)"), 1u + 120u); // "Inhoud (vervolg)" and one per buurt
    EXPECT_EQ(occurrences(text, "Verloop per week: meldingen.csv"), 120u);
    EXPECT_EQ(occurrences(text, "geen ruimte"), 0u);
    EXPECT_EQ(occurrences(text, "van 242"), 242u);
    // The last buurt's area page is the last but one page, its continuation the last.
    const std::string last = pdfText(pdf, 242, 242);
    const auto title = last.find(" (vervolg)");
    ASSERT_NE(title, std::string::npos) << last;
    const std::string name =
        last.substr(last.find_first_not_of(" \n"), title - last.find_first_not_of(" \n"));
    const std::string listed = pdfText(pdf, 1, 2);
    std::smatch match;
    ASSERT_TRUE(std::regex_search(listed, match, std::regex(name + R"( +([0-9]+))"))) << name;
    EXPECT_EQ(std::stoi(match[1]), 241) << name;

    // The wijk atlas has no Signalen block: one page per wijk after the cover.
    const auto w = runBib({"-q", "briefing", recipe, "--all", "--level", "wijk", "--robustness", "0", "-o",
                           dir.file("wijk.pdf")});
    ASSERT_EQ(w.exitCode, 0) << w.err;
    EXPECT_EQ(bib::test::pdfPages(dir.file("wijk.pdf")), 1 + 12);
    EXPECT_EQ(occurrences(pdfText(dir.file("wijk.pdf")), "(vervolg)"), 0u);
}

// With five indicators and the reference column the profile rows are 9 mm: the charts would start after
// 113 + 7 + 5 × 9 + 6 + 7 + (drivers text) + 4 + 18.4 = 200.4 mm + the drivers text, the table begins at
// 273 − (10 + 4.6 × 6) = 235.4, so a chart (29 mm with its gap) fits only below one line of drivers text,
// not below two or three (a line is about 3.6 mm): some buurten keep the chart, others continue. Whatever
// the mix, the contents must point at each buurt's page, each continuation page must follow its area page
// (which points at it), every footer must count all pages and every buurt must have its chart.
TEST(SeriesChart, atlasMixingPagesWithAndWithoutContinuationKeepsNumbersRight)
{
    TempDir dir;
    const std::string recipe = demoEventsRecipe(dir, 5, true);
    const std::string pdf = dir.file("atlas.pdf");
    const auto r = runBib({"-q", "briefing", recipe, "--all", "--robustness", "0", "-o", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> pages = pdfPageTexts(pdf);
    const int count = bib::test::pdfPages(pdf);
    ASSERT_EQ(static_cast<int>(pages.size()), count);
    std::size_t continued = 0, kept = 0, charts = 0;
    const std::regex entry(R"(([A-Z][a-z]+) +([0-9]+))");
    const std::string front = pages[0] + pages[1];
    std::size_t entries = 0;
    for (auto it = std::sregex_iterator(front.begin(), front.end(), entry); it != std::sregex_iterator();
         ++it) {
        ++entries;
        const int page = std::stoi((*it)[2]);
        ASSERT_TRUE(page >= 3 && page <= count) << (*it)[0];
        EXPECT_EQ(firstLine(pages[static_cast<std::size_t>(page - 1)]), (*it)[1]) << (*it)[0];
        const bool next = page < count && firstLine(pages[static_cast<std::size_t>(page)]) ==
                                              std::string((*it)[1]) + " (vervolg)";
        const std::string& area = pages[static_cast<std::size_t>(page - 1)];
        if (next) {
            ++continued;
            EXPECT_NE(area.find("zie pagina " + std::to_string(page + 1)), std::string::npos) << (*it)[0];
            EXPECT_EQ(area.find("Verloop per week"), std::string::npos) << (*it)[0];
        } else {
            ++kept;
            EXPECT_NE(area.find("Verloop per week"), std::string::npos) << (*it)[0];
        }
    }
    EXPECT_EQ(entries, 120u);
    for (int page = 1; page <= count; ++page) {
        const std::string& text = pages[static_cast<std::size_t>(page - 1)];
        EXPECT_NE(text.find("pagina " + std::to_string(page) + " van " + std::to_string(count)),
                  std::string::npos)
            << page;
        EXPECT_EQ(text.find("geen ruimte"), std::string::npos) << page;
        charts += occurrences(text, "Verloop per week: meldingen.csv");
    }
    EXPECT_EQ(charts, 120u);
    EXPECT_EQ(count, 2 + 120 + static_cast<int>(continued));
    // The case this test is for: both kinds of page occur.
    EXPECT_GT(continued, 0u);
    EXPECT_GT(kept, 0u);
}

// Five events sources (one per category of the demo's reports, the last one monthly) on a page with seven
// indicators: the Signalen block has five lines, 7 + 5 × 4.4 + 7 = 36 mm, so on the first continuation
// page the charts run from 15 + 17 + 36 = 68 mm to 273 − 3 = 270 mm: ⌊202 / (45 + 3)⌋ = 4 charts of at
// least 45 mm; the fifth goes to a second continuation page: cover + 3 pages.
TEST(SeriesChart, manySourcesSpreadOverContinuationPages)
{
    TempDir dir;
    nlohmann::json recipe = nlohmann::json::parse(bib::test::readFile(demoEventsRecipe(dir)));
    const nlohmann::json source = recipe["events"][0];
    recipe["events"] = nlohmann::json::array();
    const char* categories[] = {"jeugdoverlast", "geluidsoverlast", "vandalisme", "afval", "jeugdoverlast"};
    for (int i = 0; i < 5; ++i) {
        nlohmann::json s = source;
        s["category"] = "categorie";
        s["categories"] = {categories[i]};
        s["period"] = i == 4 ? "month" : "week";
        s["columns"] = {{{"name", "n" + std::to_string(i)}, {"measure", "count"}, {"periods", 4}},
                        {{"name", "alarm" + std::to_string(i)},
                         {"measure", "alarm"},
                         {"method", "ears-c1"},
                         {"baseline", 3}}};
        recipe["events"].push_back(s);
    }
    bib::test::writeFile(dir.file("five.bib.json"), recipe.dump(1));
    const std::string pdf = dir.file("b.pdf");
    const auto r = runBib({"-q", "briefing", dir.file("five.bib.json"), "--area", "BU99990101",
                           "--robustness", "0", "-o", pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(pdf), 4);
    const std::string first = pdfText(pdf, 3, 3), second = pdfText(pdf, 4, 4);
    EXPECT_NE(pdfText(pdf, 2, 2).find("zie pagina 3"), std::string::npos);
    EXPECT_EQ(occurrences(first, "Verloop per week: meldingen.csv ("), 4u) << first;
    EXPECT_EQ(occurrences(first, "Signalen"), 1u) << first;
    for (const char* label : {"meldingen.csv (jeugdoverlast)", "meldingen.csv (geluidsoverlast)",
                              "meldingen.csv (vandalisme)", "meldingen.csv (afval)", "pagina 3 van 4"})
        EXPECT_NE(first.find(label), std::string::npos) << label << "\n" << first;
    for (const char* label : {"(vervolg)", "vervolg van pagina 2",
                              "Verloop per maand: meldingen.csv (jeugdoverlast)", "pagina 4 van 4"})
        EXPECT_NE(second.find(label), std::string::npos) << label << "\n" << second;
    EXPECT_EQ(second.find("Signalen"), std::string::npos) << second;
}

} // namespace
