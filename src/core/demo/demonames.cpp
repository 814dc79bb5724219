// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demonames.h"

#include <array>
#include <cmath>
#include <string_view>

namespace bib::core::demo {

namespace {

constexpr std::array<std::string_view, 8> compassParts{"Noorder", "Noordooster", "Ooster", "Zuidooster",
                                                       "Zuider",  "Zuidwester",  "Wester", "Noordwester"};

constexpr std::array<std::string_view, 12> landscapeParts{"Heuvel", "Beek",     "Vliet", "Heide",
                                                          "Bos",    "Linden",   "Wind",  "Zand",
                                                          "Hazel",  "Rietland", "Veen",  "Klooster"};

constexpr std::array<std::string_view, 15> wijkEndings{"kwartier", "veld",  "hout", "kamp",   "akker",
                                                       "broek",    "weide", "hoek", "polder", "lanen",
                                                       "dreven",   "hof",   "park", "horst",  "rijk"};

constexpr std::array<std::string_view, 44> buurtStarts{
    "Molen", "Linde",   "Beuken", "Eiken",  "Wilgen",    "Berken",  "Klaver",        "Vlas",       "Hooi",
    "Koren", "Rozen",   "Tulpen", "Vinken", "Merel",     "Kievits", "Reiger",        "Zwaluw",     "Haven",
    "Kerk",  "Brink",   "Dorps",  "Sluis",  "Dijk",      "Gracht",  "Kasteel",       "Spoor",      "Stations",
    "Smids", "Bakkers", "Wevers", "Lakens", "Schutters", "Vesting", "Poort",         "Bleek",      "Kuipers",
    "Hazel", "Vlier",   "Elzen",  "Duiven", "Meidoorn",  "Klokken", "Pottenbakkers", "Touwslagers"};

constexpr std::array<std::string_view, 18> buurtEndings{
    "buurt", "hof",   "kwartier", "veld", "park", "laan", "erf",  "hoek",  "kamp",
    "weide", "dreef", "akker",    "hage", "zoom", "rijk", "werf", "plein", "wal"};

template <std::size_t N>
std::string_view pick(RandomStream& random, const std::array<std::string_view, N>& parts)
{
    return parts[random.index(N)];
}

} // namespace

std::string DemoNames::unique(std::string name)
{
    if (mUsed.insert(name).second)
        return name;
    for (int suffix = 2;; ++suffix) {
        std::string numbered = name + " " + std::to_string(suffix);
        if (mUsed.insert(numbered).second)
            return numbered;
    }
}

std::string DemoNames::wijkName(double bearingDegrees, bool central)
{
    if (central)
        return unique("Centrum");
    const auto octant = static_cast<std::size_t>(std::lround(bearingDegrees / 45.0)) % compassParts.size();
    // Half the wijken say where they lie ("Zuiderkamp"), the others are named after the landscape.
    const bool compass = mRandom.uniform() < 0.5;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const std::string_view first = compass ? compassParts[octant] : pick(mRandom, landscapeParts);
        std::string name = std::string(first) + std::string(pick(mRandom, wijkEndings));
        if (!mUsed.contains(name))
            return unique(std::move(name));
    }
    return unique(std::string(compassParts[octant]) + "wijk");
}

std::string DemoNames::buurtName()
{
    for (int attempt = 0; attempt < 40; ++attempt) {
        std::string name = std::string(pick(mRandom, buurtStarts)) + std::string(pick(mRandom, buurtEndings));
        if (!mUsed.contains(name))
            return unique(std::move(name));
    }
    return unique(std::string(pick(mRandom, buurtStarts)) + "buurt");
}

} // namespace bib::core::demo
