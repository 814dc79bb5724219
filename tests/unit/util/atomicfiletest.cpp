// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomicfile.h"
#include "testsupport.h"
#include "util/error.h"

#include <gtest/gtest.h>

namespace {

using namespace bib::core;
namespace fs = std::filesystem;

std::size_t filesIn(const fs::path& dir)
{
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++n;
    return n;
}

TEST(AtomicFile, replacesTargetOnCommit)
{
    bib::test::TempDir dir;
    const std::string target = dir.file("out.csv");
    bib::test::writeFile(target, "old");
    writeTextFileAtomically(target, "new");
    EXPECT_EQ(bib::test::readFile(target), "new");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, leavesTargetAndNoLitterWithoutCommit)
{
    bib::test::TempDir dir;
    const std::string target = dir.file("out.csv");
    bib::test::writeFile(target, "old");
    {
        AtomicFile file(target);
        bib::test::writeFile(file.temporaryPath().string(), "half");
        EXPECT_EQ(file.temporaryPath().extension(), ".csv");
    }
    EXPECT_EQ(bib::test::readFile(target), "old");
    EXPECT_EQ(filesIn(dir.path()), 1u);
}

TEST(AtomicFile, refusesToOverwriteAnInput)
{
    bib::test::TempDir dir;
    const std::string input = dir.file("in.csv");
    bib::test::writeFile(input, "keep");
    EXPECT_THROW(writeTextFileAtomically(dir.path() / "." / "in.csv", "x", {input}), InputError);
    EXPECT_EQ(bib::test::readFile(input), "keep");
}

TEST(AtomicFile, missingFolderIsInputError)
{
    bib::test::TempDir dir;
    EXPECT_THROW(writeTextFileAtomically(dir.path() / "nope" / "x.csv", "x"), InputError);
}

} // namespace
