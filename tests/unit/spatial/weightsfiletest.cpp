// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/weightsfile.h"

#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using namespace bib::core;
using bib::test::readFile;
using bib::test::TempDir;
using bib::test::testData;
using bib::test::writeFile;

using Rows = std::vector<std::vector<std::pair<std::uint32_t, double>>>;

const std::vector<std::string> Ids{"BU01", "BU02", "BU03", "BU04"};

/// BU01–BU02–BU03 in a row (symmetric), BU04 an island.
SpatialWeights chain(double w = 1.0)
{
    return SpatialWeights(Ids, Rows{{{1, w}}, {{0, 0.25}, {2, 0.75}}, {{1, w}}, {}}, "chain");
}

SpatialWeights parse(const std::string& text, WeightsFileFormat format, std::vector<std::string>& missing,
                     SilentFeedback& feedback)
{
    return parseWeightsText(text, format, "test", Ids, missing, feedback);
}

void expectSameLinks(const SpatialWeights& a, const SpatialWeights& b, bool compareWeights)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto na = a.neighbours(i), nb = b.neighbours(i);
        ASSERT_TRUE(std::equal(na.begin(), na.end(), nb.begin(), nb.end())) << a.ids()[i];
        for (std::size_t k = 0; compareWeights && k < na.size(); ++k)
            EXPECT_EQ(a.weights(i)[k], b.weights(i)[k]); // exact: shortest round-trip digits
    }
}

std::string inputErrorOf(const std::string& text, WeightsFileFormat format)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    try {
        parse(text, format, missing, feedback);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

TEST(WeightsFile, galTextHasGeoDaHeaderCountLinesAndEmptyLineForIslands)
{
    const WeightsFileHeader header{"buurten 2019", "bu_code"};
    EXPECT_EQ(galText(chain(), header), "0 4 buurten_2019 bu_code\n"
                                        "BU01 1\nBU02\n"
                                        "BU02 2\nBU01 BU03\n"
                                        "BU03 1\nBU02\n"
                                        "BU04 0\n\n");
}

TEST(WeightsFile, galRoundTripKeepsNeighboursAndIslands)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights back = parse(galText(chain(), {}), WeightsFileFormat::Gal, missing, feedback);
    expectSameLinks(chain(), back, false);
    EXPECT_EQ(back.weights(1)[0], 1.0); // GAL holds no weights
    EXPECT_TRUE(missing.empty());
    EXPECT_EQ(feedback.warningCount(), 0u);
}

TEST(WeightsFile, gwtRoundTripKeepsWeightsExactly)
{
    const SpatialWeights weights = chain(1.0 / 3.0);
    const std::string text = gwtText(weights, {"areas", "code"});
    EXPECT_EQ(text.substr(0, text.find('\n')), "0 4 areas code");
    EXPECT_NE(text.find("BU02 BU03 0.75\n"), std::string::npos);
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights back = parse(text, WeightsFileFormat::Gwt, missing, feedback);
    expectSameLinks(weights, back, true);
    // An island has no line in a GWT: it comes back as an island, reported missing.
    EXPECT_EQ(missing, std::vector<std::string>{"BU04"});
    EXPECT_EQ(back.neighbourCount(3), 0u);
}

TEST(WeightsFile, writesAtomicallyByExtensionAndReadsBack)
{
    TempDir dir;
    writeWeightsFile(chain(), dir.file("w.GAL"), {});
    writeWeightsFile(chain(), dir.file("w.gwt"), {});
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 2); // no temporary left
    SilentFeedback feedback;
    std::vector<std::string> missing;
    expectSameLinks(chain(), readWeightsFile(dir.file("w.GAL"), Ids, missing, feedback), false);
    EXPECT_THROW(writeWeightsFile(chain(), dir.file("w.txt"), {}), InputError);
    EXPECT_THROW(writeWeightsFile(chain(), dir.file("w.gal"), {}, {dir.file("w.gal")}), InputError);
}

TEST(WeightsFile, readsOldStyleHeaderBlankLinesAndCrLf)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights w = parse("4\r\nBU01 1\r\nBU02\r\n\r\nBU02 1\r\nBU01\r\nBU03 0\r\n\r\nBU04 0\r\n",
                                   WeightsFileFormat::Gal, missing, feedback);
    EXPECT_EQ(w.linkCount(), 2u);
    EXPECT_EQ(feedback.warningCount(), 0u);
}

TEST(WeightsFile, unknownIdIsAnInputErrorNamingTheLine)
{
    const std::string message = inputErrorOf("0 4 x bu_code\nBU01 2\nBU02 BU99\n", WeightsFileFormat::Gal);
    EXPECT_NE(message.find("test, line 3: unknown area id 'BU99'"), std::string::npos) << message;
    EXPECT_NE(inputErrorOf("0 4 x id\nBU01 BU02 1\nBU77 BU01 1\n", WeightsFileFormat::Gwt).find("line 3"),
              std::string::npos);
}

TEST(WeightsFile, areasMissingFromTheFileBecomeIslandsWithAWarning)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights w =
        parse("0 2 x id\nBU01 1\nBU03\nBU03 1\nBU01\n", WeightsFileFormat::Gal, missing, feedback);
    EXPECT_EQ(missing, (std::vector<std::string>{"BU02", "BU04"}));
    EXPECT_EQ(w.islands(), (std::vector<std::size_t>{1, 3}));
    const auto warnings = feedback.warnings();
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].featureId, "BU02");
}

TEST(WeightsFile, malformedFilesAreInputErrors)
{
    // Count and list disagree.
    EXPECT_NE(inputErrorOf("0 4 x id\nBU01 2\nBU02\n", WeightsFileFormat::Gal).find("line 3"),
              std::string::npos);
    // An area listed twice.
    EXPECT_NE(inputErrorOf("0 4 x id\nBU01 0\n\nBU01 0\n", WeightsFileFormat::Gal).find("second time"),
              std::string::npos);
    // A link listed twice.
    EXPECT_NE(
        inputErrorOf("0 4 x id\nBU01 BU02 1\nBU01 BU02 2\n", WeightsFileFormat::Gwt).find("first on line 2"),
        std::string::npos);
    // A weight that is not a number, a bad header, an empty file.
    EXPECT_NE(inputErrorOf("0 4 x id\nBU01 BU02 heavy\n", WeightsFileFormat::Gwt).find("line 2"),
              std::string::npos);
    EXPECT_NE(inputErrorOf("zero four\n", WeightsFileFormat::Gal).find("line 1"), std::string::npos);
    EXPECT_NE(inputErrorOf("", WeightsFileFormat::Gwt).find("empty"), std::string::npos);
}

TEST(WeightsFile, selfLinkIsDroppedWithAWarningAndHeaderCountIsChecked)
{
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights w =
        parse("0 9 x id\nBU01 BU01 1\nBU01 BU02 1\nBU02 BU01 1\nBU03 BU04 1\nBU04 BU03 1\n",
              WeightsFileFormat::Gwt, missing, feedback);
    EXPECT_EQ(w.linkCount(), 4u);
    ASSERT_EQ(feedback.warningCount(), 2u);
    EXPECT_NE(feedback.warnings()[0].message.find("itself"), std::string::npos);
    EXPECT_NE(feedback.warnings()[1].message.find("header says 9 areas"), std::string::npos);
}

TEST(WeightsFile, idsWithWhitespaceCannotBeWritten)
{
    const SpatialWeights w({"a b", "c"}, Rows{{}, {}}, "x");
    EXPECT_THROW(galText(w, {}), InputError);
}

TEST(WeightsFile, readsAGalWrittenBySpdep)
{
    // write.nb.gal(nb, file, oldstyle = FALSE, shpfile = "utrecht_rotterdam_buurten", ind = "bu_code")
    // from spdep 1.2-7 (make_spdep_reference.R): "id count" then neighbours, "" for an island.
    const std::string path = testData("spatial/utrecht_rotterdam_dnn1000_spdep.gal");
    const std::string text = readFile(path);
    std::vector<std::string> ids;
    for (std::size_t line = text.find('\n') + 1; line < text.size();) {
        const std::size_t space = text.find(' ', line);
        ids.push_back(text.substr(line, space - line));
        const std::size_t next = text.find('\n', line);
        line = text.find('\n', next + 1) + 1; // skip the neighbour line
    }
    ASSERT_EQ(ids.size(), 203u);
    SilentFeedback feedback;
    std::vector<std::string> missing;
    const SpatialWeights w = readWeightsFile(path, ids, missing, feedback);
    EXPECT_EQ(w.linkCount(), 742u);
    EXPECT_EQ(w.islands().size(), 49u);
    EXPECT_TRUE(missing.empty());
    EXPECT_EQ(feedback.warningCount(), 0u);
    // Writing it again gives spdep's file byte for byte.
    EXPECT_EQ(galText(w, {"utrecht_rotterdam_buurten", "bu_code"}), text);
}

} // namespace
