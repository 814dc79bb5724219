// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/geometry.h"
#include "util/feedback.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bib::core::demo {

inline constexpr const char* demoGemeenteCode = "GM9999";
inline constexpr const char* demoGemeenteName = "Voorbeeldstad";

struct DemoBuurt
{
    std::string code; ///< BU + 4 digits gemeente + 2 digits wijk + 2 digits buurt
    std::string name;
    std::size_t wijk = 0; ///< index into DemoTown::wijken
    MultiPolygon shape;   ///< EPSG:28992, coordinates on a 1 cm grid
    Point centroid;
    double area = 0.0;                   ///< m²
    std::vector<std::size_t> neighbours; ///< buurten sharing an edge (not only a point), ascending
};

struct DemoWijk
{
    std::string code; ///< WK + 4 digits gemeente + 2 digits wijk
    std::string name;
    MultiPolygon shape; ///< union of its buurten
    Point centroid;
    std::vector<std::size_t> buurten; ///< indexes into DemoTown::buurten, ascending
};

/// The synthetic town "Voorbeeldstad": an outline tiled by buurten, grouped into wijken.
struct DemoTown
{
    Point centre;
    MultiPolygon outline;           ///< the town boundary, EPSG:28992
    std::vector<DemoBuurt> buurten; ///< in code order
    std::vector<DemoWijk> wijken;   ///< in code order; wijk 0 is the centre
};

/// Builds the town: a smooth irregular outline around RD (155000, 445000), seed points spread by
/// Mitchell's best-candidate sampling, evened by two Lloyd steps and then pulled towards the centre
/// (smaller buurten in the centre, larger at the edge, about 0.55 km² on average), the GEOS Voronoi
/// diagram of those points clipped to the outline (neighbours share exact edges), and wijken as
/// k-means groups of buurten made contiguous. Deterministic for a seed.
/// Throws InputError for counts outside 20–400 buurten, 2–30 wijken, or more than 40 buurten per wijk.
DemoTown buildDemoTown(std::uint64_t seed, int buurtCount, int wijkCount, Feedback& feedback);

/// Area-weighted centroid of a shape (exterior minus holes); {NaN, NaN} when the area is zero.
Point centroid(const MultiPolygon& shape);

} // namespace bib::core::demo
