// SPDX-License-Identifier: GPL-3.0-or-later
#include "algorithms/areastatistics.h"

#include "io/gdalutil.h"
#include "util/error.h"

#include <cmath>
#include <span>

namespace bib::core {

namespace {

const Column& requireColumn(const AreaSet& areas, const std::string& field)
{
    if (const Column* column = areas.column(field))
        return *column;
    std::string numeric;
    for (const auto& c : areas.columns())
        numeric += (numeric.empty() ? "" : ", ") + c.name;
    const bool text = areas.textColumn(field) != nullptr;
    throw InputError((areas.source.empty() ? std::string("the layer") : areas.source) +
                     (text ? ": the field '" + field + "' is not numeric (it holds text)"
                           : ": the layer has no numeric field '" + field + "'") +
                     "; numeric fields: " + (numeric.empty() ? "none" : numeric));
}

bool measuresDistance(WeightsMethod method)
{
    return method == WeightsMethod::NearestNeighbours || method == WeightsMethod::DistanceBand ||
           method == WeightsMethod::InverseDistance;
}

} // namespace

void requireMetricCrs(const std::string& crs, const WeightsOptions& weights)
{
    if (!measuresDistance(weights.method))
        return;
    const OGRSpatialReference srs = spatialReference(crs, "working CRS");
    if (srs.IsGeographic())
        throw CrsError("the working CRS " + crs +
                       " is geographic (degrees), but the distance weights measure metres between "
                       "centroids; choose a projected working CRS such as EPSG:28992 (RD New)");
}

PreparedCases prepareCases(const AreaSet& areas, const std::vector<std::string>& fields,
                           const WeightsOptions& weightsOptions, bool needWeights, Feedback& feedback,
                           bool (*invalid)(std::size_t field, double value))
{
    PreparedCases out;
    std::vector<std::vector<double>> columns;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        columns.push_back(requireColumn(areas, fields[f]).values);
        if (invalid)
            for (double& v : columns.back())
                if (!std::isnan(v) && invalid(f, v))
                    v = std::nan("");
    }
    SpatialWeights weights;
    if (needWeights) {
        requireMetricCrs(areas.crs, weightsOptions);
        weights = buildWeights(areas, weightsOptions, out.weightsReport, feedback);
    } else {
        weights = SpatialWeights(areas.ids(),
                                 std::vector<std::vector<std::pair<std::uint32_t, double>>>(areas.size()),
                                 "no neighbours");
    }
    std::vector<std::span<const double>> spans(columns.begin(), columns.end());
    out.cases = completeCases(weights, weightsOptions.style, spans);
    if (out.cases.rows.size() < 3)
        throw InputError("only " + std::to_string(out.cases.rows.size()) +
                         " areas have a value for every field needed; at least 3 are required");
    return out;
}

AreaSet resultAreas(const AreaSet& areas, const CompleteCases& cases)
{
    AreaSet out;
    out.idField = areas.idField;
    out.nameField = areas.nameField;
    out.crs = areas.crs;
    out.source = areas.source;
    out.layer = areas.layer;
    for (std::size_t row : cases.rows)
        out.addArea(areas.id(row), areas.name(row), areas.shape(row));
    return out;
}

void addLocalMoranColumns(AreaSet& results, const LocalMoranResult& r)
{
    results.setColumn(Column{"I", r.i, {}});
    results.setColumn(Column{"E_I", r.expected, {}});
    results.setColumn(Column{"Var_I", r.variance, {}});
    results.setColumn(Column{"Z_I", r.z, {}});
    results.setColumn(Column{"p_norm", r.pNormal, {}});
    results.setColumn(Column{"p_sim", r.pSimulated, {}});
    TextColumn cluster{"cluster", {}, {}};
    for (auto c : r.cluster)
        cluster.values.push_back(toString(c));
    results.setTextColumn(std::move(cluster));
}

void addLocalGColumns(AreaSet& results, const LocalGResult& r)
{
    results.setColumn(Column{"Z", r.z, {}});
    results.setColumn(Column{"p_norm", r.pNormal, {}});
    results.setColumn(Column{"p_sim", r.pSimulated, {}});
    TextColumn cluster{"cluster", {}, {}};
    for (auto c : r.cluster)
        cluster.values.push_back(toString(c));
    results.setTextColumn(std::move(cluster));
}

void addRateColumns(AreaSet& results, const EmpiricalBayesRates& rates, double per)
{
    std::vector<double> raw = rates.raw, smoothed = rates.smoothed;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        raw[i] *= per;
        smoothed[i] *= per;
    }
    results.setColumn(Column{"raw", std::move(raw), {}});
    results.setColumn(Column{"eb", std::move(smoothed), {}});
}

bool invalidRateInput(std::size_t field, double value)
{
    return field == 0 ? value < 0 : value <= 0;
}

} // namespace bib::core
