// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the recipe parser: any text must give a recipe or an InputError, and a recipe
// that parses must survive a round trip through recipeToJson unchanged.
#include "index/recipe.h"
#include "util/error.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const bib::core::Recipe recipe = bib::core::parseRecipe(text, "fuzz", "");
        const std::string once = bib::core::recipeToJson(recipe);
        if (bib::core::recipeToJson(bib::core::parseRecipe(once, "fuzz", "")) != once)
            std::abort();
    } catch (const bib::core::InputError&) {
    }
    return 0;
}
