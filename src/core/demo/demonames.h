// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/random.h"

#include <set>
#include <string>

namespace bib::core::demo {

/// Invented Dutch-sounding place names for the synthetic town, built from word parts written for
/// this project (no list of real names is used). Each name is returned once per generator.
class DemoNames
{
public:
    explicit DemoNames(RandomStream& random) : mRandom(random) {}

    /// A wijk name whose first part, in about half the cases, fits the compass bearing from the
    /// town centre (degrees clockwise from north), e.g. "Zuiderkamp" in the south, otherwise a
    /// landscape name such as "Heuvelhorst"; "Centrum" when `central`.
    std::string wijkName(double bearingDegrees, bool central);
    /// A buurt name such as "Molenbuurt" or "Lindehof".
    std::string buurtName();

private:
    std::string unique(std::string name);
    RandomStream& mRandom;
    std::set<std::string> mUsed;
};

} // namespace bib::core::demo
