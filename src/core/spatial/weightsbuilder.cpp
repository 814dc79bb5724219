// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatial/weightsbuilder.h"

#include "io/areawriter.h"
#include "spatial/centroid.h"
#include "spatial/contiguityweights.h"
#include "spatial/distancebandweights.h"
#include "spatial/nearestneighbourweights.h"
#include "spatial/pointindex.h"
#include "spatial/weightsfile.h"
#include "util/error.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace bib::core {

namespace {

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool endsWith(const std::string& text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

[[noreturn]] void badMethod(std::string_view text, const std::string& why)
{
    throw InputError("--weights '" + std::string(text) + "': " + why +
                     "; use queen, rook, knn:K, distance:METRES, inverse:METRES[:POWER], or a .gal or .gwt "
                     "file");
}

double positiveNumber(std::string_view text, std::string_view part, const char* what)
{
    double value = 0.0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (error != std::errc() || end != part.data() + part.size() || !std::isfinite(value) || value <= 0.0)
        badMethod(text, std::string(what) + " must be a positive number, not '" + std::string(part) + "'");
    return value;
}

} // namespace

void parseWeightsMethod(std::string_view text, WeightsOptions& options)
{
    const std::string lower = lowerCase(text);
    if (endsWith(lower, ".gal") || endsWith(lower, ".gwt")) {
        options.method = WeightsMethod::File;
        options.path = std::string(text);
        return;
    }
    const std::size_t colon = lower.find(':');
    const std::string name = lower.substr(0, colon);
    const std::string_view rest = colon == std::string::npos ? std::string_view() : text.substr(colon + 1);
    if (name == "queen" || name == "rook") {
        if (colon != std::string::npos)
            badMethod(text, name + " takes no parameter (set the tolerance with --snap METRES)");
        options.method = name == "queen" ? WeightsMethod::Queen : WeightsMethod::Rook;
    } else if (name == "knn") {
        std::size_t k = 0;
        const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), k);
        if (rest.empty() || error != std::errc() || end != rest.data() + rest.size() || k == 0)
            badMethod(text, "k must be a whole number of at least 1");
        options.method = WeightsMethod::NearestNeighbours;
        options.k = k;
    } else if (name == "distance") {
        options.method = WeightsMethod::DistanceBand;
        options.distance = positiveNumber(text, rest, "the distance in metres");
    } else if (name == "inverse") {
        const std::size_t second = rest.find(':');
        options.method = WeightsMethod::InverseDistance;
        options.distance = positiveNumber(text, rest.substr(0, second), "the distance in metres");
        options.power = second == std::string_view::npos
                            ? 1.0
                            : positiveNumber(text, rest.substr(second + 1), "the power");
    } else {
        badMethod(text, "unknown kind of weights");
    }
}

WeightStyle parseWeightStyle(std::string_view text)
{
    if (text == "W" || text == "w")
        return WeightStyle::RowStandardised;
    if (text == "B" || text == "b")
        return WeightStyle::Binary;
    throw InputError("--style '" + std::string(text) + "': use W (row-standardised) or B (binary)");
}

IslandRule parseIslandRule(std::string_view text)
{
    const std::string lower = lowerCase(text);
    if (lower == "leave")
        return IslandRule::Leave;
    if (lower == "nearest")
        return IslandRule::ConnectNearest;
    throw InputError("--islands '" + std::string(text) +
                     "': use leave (keep areas without neighbours as islands) or nearest (link each to "
                     "its nearest neighbour)");
}

WeightsSummary summarise(const SpatialWeights& weights)
{
    WeightsSummary summary;
    summary.areas = weights.size();
    summary.links = weights.linkCount();
    summary.minNeighbours = weights.size() ? SIZE_MAX : 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const std::size_t count = weights.neighbourCount(i);
        summary.minNeighbours = std::min(summary.minNeighbours, count);
        summary.maxNeighbours = std::max(summary.maxNeighbours, count);
        if (count == 0)
            summary.islands.push_back(weights.ids()[i]);
    }
    summary.meanNeighbours =
        weights.size() ? static_cast<double>(summary.links) / static_cast<double>(weights.size()) : 0.0;
    summary.symmetric = weights.isSymmetric();
    return summary;
}

std::vector<std::vector<std::pair<std::uint32_t, double>>> rowsOf(const SpatialWeights& weights)
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> rows(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto neighbours = weights.neighbours(i);
        const auto values = weights.weights(i);
        rows[i].reserve(neighbours.size());
        for (std::size_t k = 0; k < neighbours.size(); ++k)
            rows[i].emplace_back(neighbours[k], values[k]);
    }
    return rows;
}

SpatialWeights connectIslandsToNearest(const SpatialWeights& weights, const std::vector<Point>& centroids,
                                       const std::function<double(double)>& linkWeight,
                                       std::vector<std::pair<std::string, std::string>>& links)
{
    if (centroids.size() != weights.size())
        throw InternalError("connectIslandsToNearest: one centroid per area needed");
    const PointIndex index(centroids);
    auto rows = rowsOf(weights);
    const auto hasLink = [&rows](std::size_t from, std::uint32_t to) {
        return std::any_of(rows[from].begin(), rows[from].end(),
                           [to](const auto& link) { return link.first == to; });
    };
    for (const std::size_t island : weights.islands()) {
        const auto nearest = index.nearest(centroids[island], 1, island);
        if (nearest.empty() || !std::isfinite(centroids[island].x))
            continue;
        const std::uint32_t other = nearest.front();
        const double distance =
            std::hypot(centroids[island].x - centroids[other].x, centroids[island].y - centroids[other].y);
        const double weight = linkWeight(distance);
        if (!hasLink(island, other))
            rows[island].emplace_back(other, weight);
        if (!hasLink(other, static_cast<std::uint32_t>(island)))
            rows[other].emplace_back(static_cast<std::uint32_t>(island), weight);
        links.emplace_back(weights.ids()[island], weights.ids()[other]);
    }
    return SpatialWeights(weights.ids(), rows, weights.description());
}

SpatialWeights WeightsBuilder::build(const AreaSet& areas, IslandRule islands, WeightStyle style,
                                     WeightsReport& report, Feedback& feedback) const
{
    feedback.throwIfCancelled();
    SpatialWeights general = neighbours(areas, report, feedback);
    if (general.size() != areas.size())
        throw InternalError("WeightsBuilder: the weights do not have one row per area");
    feedback.throwIfCancelled();
    for (const std::size_t island : general.islands())
        report.islandsFound.push_back(areas.id(island));
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas.shape(i).isEmpty())
            report.withoutShape.push_back(areas.id(i));

    std::string description = general.description();
    if (islands == IslandRule::ConnectNearest && !report.islandsFound.empty()) {
        general = connectIslandsToNearest(
            general, centroids(areas), [this](double distance) { return islandLinkWeight(distance); },
            report.islandLinks);
        description += ", " + std::to_string(report.islandLinks.size()) + " island" +
                       (report.islandLinks.size() == 1 ? "" : "s") + " linked to the nearest area";
    }
    description += style == WeightStyle::RowStandardised ? ", row-standardised (W)" : ", binary (B)";
    SpatialWeights styled = SpatialWeights(general.ids(), rowsOf(general), description).withStyle(style);
    report.description = description;
    report.summary = summarise(styled);
    return styled;
}

std::unique_ptr<WeightsBuilder> makeWeightsBuilder(const WeightsOptions& options)
{
    switch (options.method) {
    case WeightsMethod::Queen:
        return std::make_unique<ContiguityWeightsBuilder>(ContiguityRule::Queen, options.snap);
    case WeightsMethod::Rook:
        return std::make_unique<ContiguityWeightsBuilder>(ContiguityRule::Rook, options.snap);
    case WeightsMethod::NearestNeighbours:
        return std::make_unique<NearestNeighbourWeightsBuilder>(options.k);
    case WeightsMethod::DistanceBand:
        return std::make_unique<DistanceBandWeightsBuilder>(options.distance);
    case WeightsMethod::InverseDistance:
        return std::make_unique<DistanceBandWeightsBuilder>(options.distance, options.power);
    case WeightsMethod::File:
        return std::make_unique<WeightsFileReader>(options.path);
    }
    throw InternalError("makeWeightsBuilder: unknown method");
}

SpatialWeights buildWeights(const AreaSet& areas, const WeightsOptions& options, WeightsReport& report,
                            Feedback& feedback)
{
    if (options.snap != 0.0 && options.method != WeightsMethod::Queen &&
        options.method != WeightsMethod::Rook)
        throw InputError("--snap applies to queen and rook contiguity only");
    return makeWeightsBuilder(options)->build(areas, options.islands, options.style, report, feedback);
}

} // namespace bib::core
