// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"
#include "model/areaset.h"

#include <string>
#include <utility>
#include <vector>

namespace bib::test {

/// Areas A1, A2, … without shapes carrying the given numeric columns (all of one length).
inline core::AreaSet areasWith(const std::vector<std::pair<std::string, std::vector<double>>>& columns)
{
    core::AreaSet areas;
    for (std::size_t i = 0; i < columns.front().second.size(); ++i)
        areas.addArea("A" + std::to_string(i + 1), "", {});
    for (const auto& [name, values] : columns)
        areas.setColumn(core::Column{name, values, {}});
    return areas;
}

/// A recipe indicator on `field`, labelled with its field name.
inline core::IndicatorSpec indicator(const std::string& field, const std::string& normalisation,
                                     double weight, const std::string& domain = {},
                                     core::Direction direction = core::Direction::Positive)
{
    core::IndicatorSpec spec;
    spec.field = field;
    spec.label = field;
    spec.normalisation = *core::parseNormalisation(normalisation);
    spec.weight = weight;
    spec.domain = domain;
    spec.direction = direction;
    return spec;
}

} // namespace bib::test
