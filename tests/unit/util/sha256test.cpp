// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sha256.h"

#include <gtest/gtest.h>

namespace {

// Test vectors from FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and `printf … | sha256sum`.
TEST(Sha256, matchesPublishedVectors)
{
    EXPECT_EQ(bib::core::sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(bib::core::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(bib::core::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, handlesMessagesAcrossBlockBoundaries)
{
    // sha256sum of 55, 56 and 64 'a' characters (the padding edge cases).
    EXPECT_EQ(bib::core::sha256Hex(std::string(55, 'a')),
              "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    EXPECT_EQ(bib::core::sha256Hex(std::string(56, 'a')),
              "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    EXPECT_EQ(bib::core::sha256Hex(std::string(64, 'a')),
              "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

} // namespace
