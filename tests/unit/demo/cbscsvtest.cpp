// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/cbscsv.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace bib::core::demo;

TEST(CbsCsv, decimalCommaRoundsHalfAwayFromZero)
{
    EXPECT_EQ(decimalComma(28.44, 1), "28,4");
    EXPECT_EQ(decimalComma(28.45, 1), "28,5"); // 284.5 after scaling, llround → 285
    EXPECT_EQ(decimalComma(-0.25, 1), "-0,3");
    EXPECT_EQ(decimalComma(3.0, 1), "3,0");
    EXPECT_EQ(decimalComma(0.05, 2), "0,05");
    EXPECT_EQ(decimalComma(155123.4, 0), "155123");
}

TEST(CbsCsv, missingIsCbsDot)
{
    EXPECT_EQ(decimalComma(std::nan(""), 1), ".");
}

TEST(CbsCsv, quotedTextDoublesInnerQuotes)
{
    EXPECT_EQ(quotedText("BU99990101"), "\"BU99990101\"");
    EXPECT_EQ(quotedText("De \"Hoek\""), "\"De \"\"Hoek\"\"\"");
}

} // namespace
