// SPDX-License-Identifier: GPL-3.0-or-later
#include "printsupport.h"

#include "testsupport.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace bib::test {

std::string utrechtRecipe(const std::string& folder)
{
    if (realData("utrecht-rotterdam-buurten/utrecht_rotterdam_buurten.gpkg").empty())
        return {};
    std::string text = readFile(std::string(BIB_TEST_DATA_DIR) + "/../golden/utrecht-2024/recipe.bib.json");
    for (auto pos = text.find("{REAL}"); pos != std::string::npos; pos = text.find("{REAL}"))
        text.replace(pos, 6, BIB_REAL_DATA_DIR);
    const std::string path = (std::filesystem::path(folder) / "utrecht.bib.json").string();
    writeFile(path, text);
    return path;
}

int runTool(const std::string& commandLine, std::string& out)
{
    out.clear();
    FILE* pipe = popen(commandLine.c_str(), "r");
    if (!pipe)
        return -1;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), n);
    return pclose(pipe);
}

std::string pdfText(const std::string& pdf, int first, int last)
{
    std::string command = "pdftotext -layout";
    if (first > 0)
        command += " -f " + std::to_string(first) + " -l " + std::to_string(last);
    std::string out;
    runTool(command + " '" + pdf + "' -", out);
    return out;
}

int pdfPages(const std::string& pdf)
{
    std::string out;
    runTool("pdfinfo '" + pdf + "'", out);
    const auto pos = out.find("Pages:");
    return pos == std::string::npos ? -1 : std::stoi(out.substr(pos + 6));
}

bool containsNumber(const std::string& text, const std::string& number, bool commaIsDecimal)
{
    const auto digit = [&](std::size_t i) {
        return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
    };
    // A letter glued to the digits makes them part of a token such as the recipe's sha ("f87c"),
    // whose digits change with the checkout's path, not a printed number.
    const auto word = [&](std::size_t i) {
        return i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]));
    };
    const auto separator = [&](std::size_t i) {
        return i < text.size() && (text[i] == '.' || (commaIsDecimal && text[i] == ','));
    };
    for (auto pos = text.find(number); pos != std::string::npos; pos = text.find(number, pos + 1)) {
        const bool before = pos > 0 && (word(pos - 1) || (pos > 1 && separator(pos - 1) && digit(pos - 2)));
        const std::size_t end = pos + number.size();
        const bool after = word(end) || (separator(end) && digit(end + 1));
        if (!before && !after)
            return true;
    }
    return false;
}

std::string threeSquaresEventsRecipe(const std::string& folder, const std::string& columns,
                                     const std::string& extra)
{
    const std::filesystem::path base(folder);
    writeFile((base / "t.csv").string(), "code;bewoners\nBU01;1000\nBU02;2000\nBU03;500\n");
    const std::string recipe = (base / "r.bib.json").string();
    writeFile(recipe, R"({"bib_recipe": 1, "name": "meldingen",
      "areas": {"path": ")" +
                          testData("areas/three_squares.geojson") +
                          R"(", "id": "code"},
      "tables": [{"path": "t.csv", "id": "code"}],
      "events": [{"path": "meldingen.csv", "code": "buurt", "time": "datum", "columns": )" +
                          columns + R"(}],
      "indicators": [{"field": "meldingen_4w", "transform": "per1000:bewoners", "normalisation": "minmax"}])" +
                          extra + "}");
    return recipe;
}

std::string weeklyEventsCsv(const std::vector<std::pair<std::string, std::vector<int>>>& weekly)
{
    using namespace std::chrono;
    std::string csv = "buurt;datum\n";
    for (const auto& [code, counts] : weekly)
        for (std::size_t w = 0; w < counts.size(); ++w) {
            const year_month_day day{sys_days{year{2024} / January / 3} + days{7 * static_cast<int>(w)}};
            char date[32];
            std::snprintf(date, sizeof date, "%04d-%02u-%02u 12:00", static_cast<int>(day.year()),
                          static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
            for (int e = 0; e < counts[w]; ++e)
                csv += code + ";" + date + "\n";
        }
    return csv;
}

} // namespace bib::test
