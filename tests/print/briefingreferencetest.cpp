// SPDX-License-Identifier: GPL-3.0-or-later
// Briefings of a recipe with a reference (the Netherlands): the indicator table's national column
// and the profile's third bar; and the neighbours' names on the zoomed map.
#include "printsupport.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace {

using bib::test::pdfText;
using bib::test::runBib;
using bib::test::TempDir;

/// The golden Utrecht recipe with a reference to the real national buurten table.
std::string utrechtWithReference(const TempDir& dir)
{
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        return {};
    std::string text = bib::test::readFile(recipe);
    const std::string anchor = "\"bib_recipe\": 1,";
    const auto at = text.find(anchor);
    if (at == std::string::npos)
        return {};
    text.insert(at + anchor.size(), " \"reference\": {\"label\": \"Nederland\", \"path\": \"" +
                                        bib::test::realData("cbs-buurt-indicatoren-2024/buurten_2024.csv") +
                                        "\", \"id\": \"bu_code\"},");
    bib::test::writeFile(recipe, text);
    return recipe;
}

std::vector<std::string> linesWith(const std::string& text, const std::string& needle)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(needle) != std::string::npos)
            out.push_back(line);
    return out;
}

bool anyLineHas(const std::string& text, const std::string& label, const std::string& number)
{
    for (const std::string& line : linesWith(text, label))
        if (bib::test::containsNumber(line, number, true))
            return true;
    return false;
}

// National figures: pandas on buurten_2024.csv with the recipe's default privacy rules (a count
// below 5 and a rate on fewer than 50 inhabitants take no part, as in a published area):
//   d = pd.read_csv('buurten_2024.csv')
//   s = d.crime_2024.notna() & (d.inwoners >= 50) & (d.crime_2024 >= 5)
//   d.crime_2024[s].sum() / d.inwoners[s].sum() * 1000        # 43.7253 → printed "43,7"
//   s = d.inwoners0tot15.notna() & (d.inwoners >= 50) & (d.inwoners0tot15 >= 5)
//   d.inwoners0tot15[s].sum() / d.inwoners[s].sum() * 1000    # 151.4847 → "151"
//   d.koopwoningen.mean()                                     # 68.7108 → "68,7"
//   d.goed_ervaren_gezondheid_2024.mean()                     # 74.5834 → "74,6"
TEST(BriefingReference, indicatorTableHasTheNationalColumnAndFigures)
{
    TempDir dir;
    const std::string recipe = utrechtWithReference(dir);
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib(
        {"-q", "briefing", recipe, "--area", "BU03440111", "--robustness", "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string page = pdfText(dir.file("b.pdf"), 2, 2);
    bool header = false;
    for (const std::string& line : linesWith(page, "Gemeente"))
        header = header ||
                 (line.find("Nederland") != std::string::npos && line.find("Gewicht") != std::string::npos);
    EXPECT_TRUE(header) << "table heading with a Nederland column:\n" << page;
    EXPECT_NE(page.find("dit gebied, de gemeente en Nederland"), std::string::npos) << page;
    EXPECT_TRUE(anyLineHas(page, "misdrijven", "43,7")) << page;
    EXPECT_TRUE(anyLineHas(page, "kinderen 0-14", "151")) << page;
    EXPECT_TRUE(anyLineHas(page, "koopwoningen", "68,7")) << page;
    EXPECT_TRUE(anyLineHas(page, "goed ervaren gezondheid", "74,6")) << page;

    const auto english = runBib({"-q", "briefing", recipe, "--area", "BU03440111", "--lang", "en",
                                 "--robustness", "0", "-o", dir.file("en.pdf")});
    ASSERT_EQ(english.exitCode, 0) << english.err;
    const std::string englishPage = pdfText(dir.file("en.pdf"), 2, 2);
    EXPECT_TRUE(anyLineHas(englishPage, "misdrijven", "43.7")) << englishPage;
    EXPECT_NE(englishPage.find("this area, the municipality and Nederland"), std::string::npos);
}

TEST(BriefingReference, withoutAReferenceTheTableKeepsItsFiveColumns)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib(
        {"-q", "briefing", recipe, "--area", "BU03440111", "--robustness", "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string page = pdfText(dir.file("b.pdf"), 2, 2);
    EXPECT_EQ(page.find("Nederland"), std::string::npos) << page;
    EXPECT_NE(page.find("el: dit gebied en de gemeente"), std::string::npos);
}

TEST(BriefingReference, missingReferenceTableIsAnInputErrorNamingTheKey)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    std::string text = bib::test::readFile(recipe);
    text.insert(text.find("\"bib_recipe\": 1,") + 16,
                R"( "reference": {"path": "ontbreekt.csv", "id": "bu_code"},)");
    bib::test::writeFile(recipe, text);
    const auto r = runBib(
        {"-q", "briefing", recipe, "--area", "BU03440111", "--robustness", "0", "-o", dir.file("b.pdf")});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("reference.path"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("ontbreekt.csv"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("b.pdf")));
}

// The buurten of Utrecht whose polygons touch BU03440111 (Welgelegen, Den Hommel), from
// geopandas 0.12 (Debian's /usr/bin/python3) on utrecht_rotterdam_buurten.gpkg:
//   g = gpd.read_file(..., layer='buurten'); g = g[g.gm_code == 'GM0344']
//   a = g[g.bu_code == 'BU03440111'].geometry.iloc[0]; g[g.geometry.intersects(a)].bu_naam
// and the three buurten farthest from it (g.geometry.distance(a), 4.8–6.0 km), outside the
// zoomed map's frame.
TEST(BriefingReference, zoomedMapNamesTheNeighboursAndNothingBeyondItsFrame)
{
    TempDir dir;
    const std::string recipe = bib::test::utrechtRecipe(dir.path().string());
    if (recipe.empty())
        GTEST_SKIP() << "real data not available";
    const auto r = runBib(
        {"-q", "briefing", recipe, "--area", "BU03440111", "--robustness", "0", "-o", dir.file("b.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string page = pdfText(dir.file("b.pdf"), 2, 2);
    const std::vector<std::string> neighbours = {
        "Oog in Al",   "Halve Maan-Zuid",           "Leidseweg en omgeving",
        "Lombok-West", "Transwijk-Noord",           "Kanaleneiland-Noord",
        "Leeuwesteyn", "Bedrijvengebied Papendorp", "Hoog-Catharijne NS en Jaarbeurs"};
    int named = 0;
    for (const std::string& name : neighbours)
        named += page.find(name) != std::string::npos ? 1 : 0;
    EXPECT_GE(named, 4) << "of " << neighbours.size() << " neighbours:\n" << page;
    for (const char* far : {"Haarrijn", "Vleuterweide-West", "Haarzuilens en omgeving"})
        EXPECT_EQ(page.find(far), std::string::npos) << far << " lies outside the zoomed map";
}

} // namespace
