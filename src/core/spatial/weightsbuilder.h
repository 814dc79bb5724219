// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/areaset.h"
#include "spatial/spatialweights.h"
#include "util/feedback.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bib::core {

/// How neighbours are found: the `--weights` option of every statistics command.
enum class WeightsMethod
{
    Queen,             ///< polygons sharing at least one boundary point (within the snap tolerance)
    Rook,              ///< polygons sharing at least two boundary points (within the snap tolerance)
    NearestNeighbours, ///< the k nearest centroids (asymmetric)
    DistanceBand,      ///< centroids within a distance, weight 1
    InverseDistance,   ///< centroids within a distance, weight 1 / d^power
    File,              ///< a GeoDa GAL or GWT file
};

/// What to do with areas that end up without neighbours.
enum class IslandRule
{
    Leave,          ///< keep them as islands (empty rows), reported
    ConnectNearest, ///< link each to the area with the nearest centroid, in both directions, reported
};

/// Typed options for buildWeights(); parse the CLI strings with parseWeightsMethod(),
/// parseWeightStyle() and parseIslandRule().
struct WeightsOptions
{
    WeightsMethod method = WeightsMethod::Queen;
    double snap = 0.0; ///< queen/rook: vertices at most this far apart (metres) count as shared; 0 = exact
    std::size_t k = 0; ///< nearest neighbours: how many
    double distance = 0.0; ///< distance band / inverse distance: upper bound in metres, inclusive
    double power = 1.0;    ///< inverse distance: w = 1 / d^power
    std::string path;      ///< file: a .gal or .gwt file
    WeightStyle style = WeightStyle::RowStandardised;
    IslandRule islands = IslandRule::Leave;
};

/// Parses `queen`, `rook`, `knn:K`, `distance:METRES`, `inverse:METRES[:POWER]` or a path ending in
/// `.gal` / `.gwt` (case-insensitive) into the method fields of `options`; the other fields are
/// kept. Throws InputError naming the accepted forms.
void parseWeightsMethod(std::string_view text, WeightsOptions& options);
/// `W` (row-standardised) or `B` (binary); throws InputError otherwise.
WeightStyle parseWeightStyle(std::string_view text);
/// `leave` or `nearest`; throws InputError otherwise.
IslandRule parseIslandRule(std::string_view text);

/// Neighbour counts of a weights matrix, as printed by `bib weights`.
struct WeightsSummary
{
    std::size_t areas = 0;
    std::size_t links = 0; ///< directed links: a symmetric pair counts twice (spdep's "nonzero links")
    std::size_t minNeighbours = 0;
    double meanNeighbours = 0.0;
    std::size_t maxNeighbours = 0;
    std::vector<std::string> islands; ///< ids of areas without neighbours
    bool symmetric = true;
};
WeightsSummary summarise(const SpatialWeights& weights);

/// What buildWeights() did, for reports. The final matrix's counts are in `summary`.
struct WeightsReport
{
    std::string description;               ///< the same text as SpatialWeights::description()
    double snap = 0.0;                     ///< queen/rook: tolerance used, metres
    std::size_t pairsAddedBySnap = 0;      ///< queen/rook: neighbour pairs found only thanks to the tolerance
    std::size_t vertices = 0;              ///< queen/rook: boundary points compared
    std::vector<std::string> islandsFound; ///< ids without neighbours before the island rule
    /// IslandRule::ConnectNearest: (island id, id of the area it was linked to).
    std::vector<std::pair<std::string, std::string>> islandLinks;
    std::vector<std::string> missingFromFile; ///< file: areas the GAL/GWT does not list (islands)
    std::vector<std::string> withoutShape;    ///< areas without a geometry (islands)
    WeightsSummary summary;
};

/// One way of finding neighbours. build() is the one entry point: it checks the areas, lets the
/// method find neighbours with general weights (1 for contiguity and k-nn, 1/d^p for inverse
/// distance, the file's values for GWT), applies the island rule and then the style, and fills
/// the report. Builders hold only their parameters; build() is const and thread-safe.
class WeightsBuilder
{
public:
    virtual ~WeightsBuilder() = default;
    SpatialWeights build(const AreaSet& areas, IslandRule islands, WeightStyle style, WeightsReport& report,
                         Feedback& feedback) const;

private:
    /// Neighbours with general weights; may fill the method's fields of the report.
    virtual SpatialWeights neighbours(const AreaSet& areas, WeightsReport& report,
                                      Feedback& feedback) const = 0;
    /// Weight of a link added by IslandRule::ConnectNearest between centroids `distance` apart.
    virtual double islandLinkWeight(double /*distance*/) const { return 1.0; }
};

/// The builder for `options.method` with its parameters checked (InputError when out of range).
std::unique_ptr<WeightsBuilder> makeWeightsBuilder(const WeightsOptions& options);

/// The spatial weights `options` describe for `areas`, rows in area order: what every statistics
/// command calls. Throws InputError for bad parameters, an unreadable or inconsistent file, or
/// k >= the number of areas with a shape; CancelledError when feedback is cancelled.
SpatialWeights buildWeights(const AreaSet& areas, const WeightsOptions& options, WeightsReport& report,
                            Feedback& feedback);

/// Links each island that has a centroid to the area with the nearest centroid (ties: lower row),
/// in both directions, with weight `linkWeight(distance)`. Returns the new matrix; appends
/// (island id, neighbour id) to `links`. Islands without a centroid stay islands.
SpatialWeights connectIslandsToNearest(const SpatialWeights& weights, const std::vector<Point>& centroids,
                                       const std::function<double(double)>& linkWeight,
                                       std::vector<std::pair<std::string, std::string>>& links);

/// The rows of a weights matrix as (neighbour row, weight) lists, e.g. to add links.
std::vector<std::vector<std::pair<std::uint32_t, double>>> rowsOf(const SpatialWeights& weights);

} // namespace bib::core
