// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QImage>

#include <cmath>
#include <map>

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

} // namespace
