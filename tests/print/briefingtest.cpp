// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QImage>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

namespace {

using bib::test::pdfText;
using bib::test::runBib;
using bib::test::TempDir;

/// Share of pixels that are not white on a page rendered by pdftoppm.
double inkShare(const std::string& png)
{
    const QImage image(QString::fromStdString(png));
    if (image.isNull())
        return 0.0;
    std::size_t ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return static_cast<double>(ink) / (image.width() * image.height());
}

/// Ranks among the published areas, from the pandas reference (tests/golden/utrecht-2024/
/// expected.csv, reference.py) and the disclosure rule by hand: an area with fewer than 50
/// inhabitants (CBS table, column inwoners) loses its index, and the others are ranked again
/// (1 = highest index; no ties occur in this data).
std::map<std::string, int> publishedRanks()
{
    const auto expected =
        bib::test::readCsvById(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/expected.csv");
    const auto table =
        bib::test::readCsvById(bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv"));
    std::map<std::string, double> index;
    for (const auto& [id, row] : expected) {
        const std::string& inwoners = table.at(id).at("inwoners");
        if (!row.at("index").empty() && !inwoners.empty() && std::stod(inwoners) >= 50)
            index[id] = std::stod(row.at("index"));
    }
    std::map<std::string, int> ranks;
    for (const auto& [id, value] : index) {
        int higher = 0;
        for (const auto& other : index)
            higher += other.second > value ? 1 : 0;
        ranks[id] = 1 + higher;
    }
    return ranks;
}

TEST(Briefing, twoAreasGiveCoverAndTwoPagesWithNamesRanksAndFooter)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU03440111", "BU03440112", "--robustness",
                           "200", "-o", dir.file("briefing.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(dir.file("briefing.pdf")), 3);

    const auto ranks = publishedRanks();
    const std::string cover = pdfText(dir.file("briefing.pdf"), 1, 1);
    EXPECT_NE(cover.find("Inhoud"), std::string::npos);
    EXPECT_NE(cover.find("Welgelegen, Den Hommel"), std::string::npos) << cover;
    const std::string page2 = pdfText(dir.file("briefing.pdf"), 2, 2);
    EXPECT_NE(page2.find("Welgelegen, Den Hommel"), std::string::npos);
    EXPECT_NE(
        page2.find("rang " + std::to_string(ranks.at("BU03440111")) + " van " + std::to_string(ranks.size())),
        std::string::npos)
        << page2;
    EXPECT_NE(page2.find("rangbereik"), std::string::npos);
    EXPECT_NE(page2.find("pagina 2 van 3"), std::string::npos);
    EXPECT_NE(page2.find("Recept 'Jeugd en veiligheid Utrecht 2024 (golden test)'"), std::string::npos);
    EXPECT_NE(page2.find("buurten_2024.csv"), std::string::npos) << "data vintage in the footer";
    EXPECT_NE(page2.find("Onderdrukt:"), std::string::npos);
    EXPECT_NE(page2.find("Wat de index van"), std::string::npos);
    const std::string page3 = pdfText(dir.file("briefing.pdf"), 3, 3);
    EXPECT_NE(
        page3.find("rang " + std::to_string(ranks.at("BU03440112")) + " van " + std::to_string(ranks.size())),
        std::string::npos)
        << page3;

    std::string out;
    ASSERT_EQ(bib::test::runTool(
                  "pdftoppm -r 30 -png '" + dir.file("briefing.pdf") + "' '" + dir.file("p") + "'", out),
              0);
    for (const char* page : {"p-1.png", "p-2.png", "p-3.png"})
        EXPECT_GT(inkShare(dir.file(page)), 0.05) << page << " looks blank";
}

TEST(Briefing, englishOnRequest)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU03440111", "--lang", "en", "--robustness",
                           "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string text = pdfText(dir.file("b.pdf"), 2, 2);
    EXPECT_NE(text.find("rank "), std::string::npos) << text;
    EXPECT_NE(text.find("page 2 of 2"), std::string::npos);
    EXPECT_EQ(text.find("rangbereik"), std::string::npos);
}

TEST(Briefing, atlasOfAllUtrechtBuurtenNamesEveryBuurt)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r =
        runBib({"-q", "briefing", recipe, "--all", "--robustness", "100", "-o", dir.file("atlas.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const int pages = bib::test::pdfPages(dir.file("atlas.pdf"));
    // 111 area pages after the cover and its contents pages.
    EXPECT_GE(pages, 112);
    EXPECT_LE(pages, 114);
    const std::string text = pdfText(dir.file("atlas.pdf"));
    const auto expected =
        bib::test::readCsvById(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/expected.csv");
    for (const auto& [id, row] : expected)
        EXPECT_NE(text.find(id), std::string::npos) << id;
}

TEST(Briefing, unknownAreaIsNamed)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"briefing", recipe, "--area", "BU99999999", "-o", dir.file("b.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("BU99999999"), std::string::npos) << r.err;
}

/// The line of `text` that holds `needle`, without the spaces pdftotext -layout puts around it.
std::string lineWith(const std::string& text, const std::string& needle)
{
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.find(needle) != std::string::npos) {
            const auto first = line.find_first_not_of(' ');
            const auto last = line.find_last_not_of(' ');
            return line.substr(first, last - first + 1);
        }
    return {};
}

/// A number with two decimals and a decimal comma, as the briefing prints it ("-0,00" as "0,00").
std::string dutchTwoDecimals(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string out = buffer;
    if (out == "-0.00")
        out = "0.00";
    out[out.find('.')] = ',';
    return out;
}

/// The whole number after `after` in `line` (spaces skipped), or -1.
long numberAfter(const std::string& line, const std::string& after)
{
    const auto at = line.find(after);
    if (at == std::string::npos)
        return -1;
    std::size_t i = at + after.size();
    while (i < line.size() && line[i] == ' ')
        ++i;
    std::size_t j = i;
    while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j])))
        ++j;
    return j > i ? std::stol(line.substr(i, j - i)) : -1;
}

/// Checks the atlas per wijk of the golden Utrecht recipe printed with privacy.minimum_population
/// `minimumPopulation`.
void checkWijkAtlas(const std::string& pdf, double minimumPopulation)
{
    // The wijken counted here from the buurt codes of the pandas reference (tests/golden/utrecht-2024/
    // expected.csv) by the CBS code scheme: buurt BUggggwwbb lies in wijk WKggggww. The program reads
    // the wk_code field of the area layer instead, so the two sources are independent.
    const auto expected =
        bib::test::readCsvById(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/expected.csv");
    const auto table =
        bib::test::readCsvById(bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv"));
    std::map<std::string, std::vector<std::string>> wijken; // ordered by code, as the pages are
    for (const auto& [id, row] : expected)
        wijken["WK" + id.substr(2, 6)].push_back(id);
    ASSERT_GE(wijken.size(), 2u);
    // The cover holds the contents of up to 60 entries, so the front matter is one page.
    ASSERT_LE(wijken.size(), 60u);
    ASSERT_EQ(bib::test::pdfPages(pdf), 1 + static_cast<int>(wijken.size()));

    // The disclosure rule by hand (docs/recipe.md, Privacy, rule 4): the index of a buurt whose
    // inhabitants (CBS column inwoners, the denominator of the weighted per1000 rates) are fewer than
    // minimum_population is withheld. Published: the other buurten with a reference index. Their
    // rank is 1 + the number of published buurten of the municipality with a higher index.
    std::map<std::string, double> published;
    for (const auto& [id, row] : expected) {
        const std::string& inwoners = table.at(id).at("inwoners");
        if (!row.at("index").empty() && !inwoners.empty() && std::stod(inwoners) >= minimumPopulation)
            published[id] = std::stod(row.at("index"));
    }
    const auto rankOf = [&](const std::string& id) {
        long higher = 0;
        for (const auto& other : published)
            higher += other.second > published.at(id) ? 1 : 0;
        return 1 + higher;
    };

    const std::string cover = pdfText(pdf, 1, 1);
    EXPECT_NE(cover.find(std::to_string(wijken.size()) + " wijken"), std::string::npos) << cover;
    int page = 2;
    for (const auto& [wijk, buurten] : wijken) {
        EXPECT_NE(cover.find("Wijk " + wijk), std::string::npos) << wijk << " not in the contents";
        const std::string text = pdfText(pdf, page, page);
        EXPECT_NE(text.find("Wijk " + wijk), std::string::npos) << "page " << page << ":\n" << text;
        EXPECT_NE(text.find(wijk + " \u00b7 " + std::to_string(buurten.size()) + " buurten"),
                  std::string::npos)
            << text;
        // Wijk mean = (sum of the reference index of its published buurten) / (their number).
        double sum = 0.0;
        int count = 0;
        std::string best;
        for (const std::string& id : buurten) {
            const std::string line = lineWith(text, id);
            EXPECT_FALSE(line.empty()) << id << " missing on the page of " << wijk;
            if (!published.count(id)) {
                if (!expected.at(id).at("index").empty()) {
                    EXPECT_NE(line.find("onderdrukt"), std::string::npos) << line;
                }
                continue;
            }
            const double index = published.at(id);
            sum += index;
            ++count;
            if (best.empty() || index > published.at(best))
                best = id;
            const std::string indexText = dutchTwoDecimals(index);
            EXPECT_NE(line.find(indexText), std::string::npos) << line;
            EXPECT_EQ(numberAfter(line, " " + indexText), rankOf(id)) << line;
        }
        if (count > 0) {
            const std::string line = "Gemiddelde index " + dutchTwoDecimals(sum / count) + " over " +
                                     std::to_string(count) + " van " + std::to_string(buurten.size()) +
                                     " buurten";
            EXPECT_NE(text.find(line), std::string::npos) << line << "\n" << text;
            EXPECT_NE(text.find("Wat de index drijft in " + table.at(best).at("bu_naam")), std::string::npos)
                << "highest-ranked buurt " << best << " of " << wijk << "\n"
                << text;
        } else {
            EXPECT_NE(text.find("geen buurt met een gepubliceerde index"), std::string::npos) << text;
        }
        ++page;
    }
}

TEST(Briefing, atlasPerWijkOfUtrechtBuurten)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib({"-q", "briefing", recipe, "--all", "--level", "wijk", "--robustness", "0", "-o",
                           dir.file("wijken.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    checkWijkAtlas(dir.file("wijken.pdf"), 50.0); // the default minimum_population

    // A stricter rule withholds the index of every buurt under 2000 inhabitants: those cells print
    // "onderdrukt" and the wijk means and ranks are over the others only.
    std::string strict = bib::test::readFile(recipe);
    const std::string classification = "\"classification\":";
    ASSERT_NE(strict.find(classification), std::string::npos);
    strict.insert(strict.find(classification), "\"privacy\": {\"minimum_population\": 2000},\n  ");
    bib::test::writeFile(dir.file("strict.bib.json"), strict);
    const auto s = runBib({"-q", "briefing", dir.file("strict.bib.json"), "--all", "--level", "wijk",
                           "--robustness", "0", "-o", dir.file("strict.pdf")});
    ASSERT_EQ(s.exitCode, 0) << s.err;
    checkWijkAtlas(dir.file("strict.pdf"), 2000.0);
    EXPECT_NE(pdfText(dir.file("strict.pdf")).find("onderdrukt"), std::string::npos);
}

TEST(Briefing, wijkLevelRefusesAreasWithoutCbsCodes)
{
    TempDir dir;
    bib::test::writeFile(dir.file("t.csv"), "code;bewoners\nBU01;1000\nBU02;2000\nBU03;500\n");
    bib::test::writeFile(dir.file("r.bib.json"), R"({"bib_recipe": 1, "name": "vierkanten",
      "areas": {"path": ")" + bib::test::testData("areas/three_squares.geojson") +
                                                     R"(", "id": "code"},
      "tables": [{"path": "t.csv", "id": "code"}],
      "indicators": [{"field": "bewoners", "normalisation": "minmax"}]})");
    const auto r = runBib({"briefing", dir.file("r.bib.json"), "--all", "--level", "wijk", "--robustness",
                           "0", "-o", dir.file("b.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--level wijk: 3 of 3 areas have no wijk ('BU01', 'BU02', 'BU03')"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("CBS buurt code"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("b.pdf")));
    const auto noAll = runBib(
        {"briefing", dir.file("r.bib.json"), "--area", "BU01", "--level", "wijk", "-o", dir.file("b.pdf")});
    EXPECT_EQ(noAll.exitCode, 2);
    EXPECT_NE(noAll.err.find("--level wijk"), std::string::npos) << noAll.err;
}

TEST(Briefing, areaPagesStateTheAlarmOfTheReferenceWeek)
{
    TempDir dir;
    // Weekly events per area, the last week (of Monday 19-02-2024) being the reference period.
    const std::vector<std::pair<std::string, std::vector<int>>> weekly = {{"BU01", {1, 2, 3, 2, 1, 2, 3, 9}},
                                                                          {"BU02", {0, 1, 0, 1, 0, 1, 0, 1}},
                                                                          {"BU03", {0, 0, 0, 0, 1, 1, 1, 1}}};
    bib::test::writeFile(dir.file("meldingen.csv"), bib::test::weeklyEventsCsv(weekly));
    const std::string recipe = bib::test::threeSquaresEventsRecipe(dir.path().string(), R"([
        {"name": "meldingen_4w", "measure": "count", "periods": 4},
        {"name": "signaal", "measure": "signal", "method": "ears-c1", "baseline": 3},
        {"name": "alarm", "measure": "alarm", "method": "ears-c1", "baseline": 3}])");
    const auto r = runBib({"-q", "briefing", recipe, "--area", "BU01", "BU02", "BU03", "--robustness", "0",
                           "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(bib::test::pdfPages(dir.file("b.pdf")), 4);
    // EARS C1 by hand (surveillance::earsC, baseline 3, min_sigma 1 as the recipe default, alpha 0.001
    // so the threshold is qnorm(0.999) = 3.09, and the minimum-count rule of 5 events):
    //  BU01: baseline 1, 2, 3: mean 2, sd 1; (9 − 2) / 1 = 7.0 > 3.09 with 9 ≥ 5 events: alarm.
    //  BU02: baseline 0, 1, 0: mean 1/3, sd 0.577 < 1 so σ = 1; (1 − 1/3) / 1 = 0.67: no alarm.
    //  BU03: baseline 1, 1, 1: sd 0 so σ = 1; (1 − 1) / 1 = 0.0: no alarm.
    const std::pair<int, std::string> expected[] = {
        {2, "week van 19-02-2024: alarm, score 7,0 (meldingen.csv, alarm)"},
        {3, "week van 19-02-2024: geen alarm, score 0,7 (meldingen.csv, alarm)"},
        {4, "week van 19-02-2024: geen alarm, score 0,0 (meldingen.csv, alarm)"}};
    for (const auto& [page, line] : expected) {
        const std::string text = pdfText(dir.file("b.pdf"), page, page);
        EXPECT_NE(text.find("Signalen"), std::string::npos) << text;
        EXPECT_EQ(lineWith(text, "week van"), line) << text;
    }
    // BU02 counted 2 events in the last 4 weeks, below the minimum count 5: the count is withheld on
    // its page, and the signals block shows no count.
    const std::string bu02 = pdfText(dir.file("b.pdf"), 3, 3);
    EXPECT_NE(bu02.find("onderdrukt"), std::string::npos) << bu02;

    // With only a count column from the events there is no such block.
    TempDir plainDir;
    bib::test::writeFile(plainDir.file("meldingen.csv"), bib::test::weeklyEventsCsv(weekly));
    const std::string countOnly = bib::test::threeSquaresEventsRecipe(
        plainDir.path().string(), R"([{"name": "meldingen_4w", "measure": "count", "periods": 4}])");
    const auto plain = runBib(
        {"-q", "briefing", countOnly, "--area", "BU01", "--robustness", "0", "-o", dir.file("plain.pdf")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_EQ(pdfText(dir.file("plain.pdf"), 2, 2).find("Signalen"), std::string::npos);
}

} // namespace
