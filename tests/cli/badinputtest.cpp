// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every case of tests/data/bad/cases.tsv through the bib executable: each broken input gets
// its clear message and its documented exit code, never a crash.
#include "testsupport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

using bib::test::runBib;
using bib::test::testData;

struct BadCase
{
    std::string name;
    std::string arguments;
    int exitCode = 0;
    std::string fragment;
};

std::vector<BadCase> loadCases()
{
    std::ifstream in(testData("bad/cases.tsv"));
    std::vector<BadCase> cases;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::stringstream fields(line);
        BadCase c;
        std::string code;
        std::getline(fields, c.name, '\t');
        std::getline(fields, c.arguments, '\t');
        std::getline(fields, code, '\t');
        std::getline(fields, c.fragment, '\t');
        c.exitCode = std::stoi(code);
        cases.push_back(c);
    }
    return cases;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (std::size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

// Splits on spaces, keeping "double quoted" runs together (quotes removed).
std::vector<std::string> splitArguments(const std::string& text)
{
    std::vector<std::string> out;
    std::string current;
    bool quoted = false, any = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (c == ' ' && !quoted) {
            if (any || !current.empty())
                out.push_back(current);
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.empty())
        out.push_back(current);
    return out;
}

class BadInput : public testing::TestWithParam<BadCase>
{
};

TEST_P(BadInput, givesClearMessageAndExitCode)
{
    const BadCase& c = GetParam();
    bib::test::TempDir dir;
    std::string arguments = c.arguments;
    // "info-areas X" loads X as areas (all area checks) by joining a small table to it.
    if (arguments.rfind("info-areas ", 0) == 0)
        arguments = "join " + arguments.substr(11) +
                    " --id code --table {bad}/../tables/simple.csv --table-id code -o {out}";
    replaceAll(arguments, "{bad}", testData("bad"));
    replaceAll(arguments, "{areas}", testData("areas/three_squares.geojson"));
    replaceAll(arguments, "{out}", dir.file("out.gpkg"));
    const std::string areasBefore = bib::test::readFile(testData("areas/three_squares.geojson"));

    const auto result = runBib(splitArguments(arguments));
    const std::string all = result.out + result.err;
    EXPECT_EQ(result.exitCode, c.exitCode) << c.name << "\n" << all;
    EXPECT_NE(all.find(c.fragment), std::string::npos) << c.name << ": expected \"" << c.fragment << "\" in\n"
                                                       << all;
    EXPECT_EQ(all.find("internal error"), std::string::npos) << all;
    // Nothing the user had is lost: the input is untouched.
    EXPECT_EQ(bib::test::readFile(testData("areas/three_squares.geojson")), areasBefore);
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInput, testing::ValuesIn(loadCases()),
                         [](const testing::TestParamInfo<BadCase>& param) { return param.param.name; });

TEST(BadInputCorpus, hasAtLeastTwentyFiveCases)
{
    EXPECT_GE(loadCases().size(), 25u);
}

} // namespace
