// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialanalysis.h"

#include "model/areaset.h"
#include "spatial/completecases.h"
#include "spatial/getisord.h"
#include "util/error.h"

#include <cmath>
#include <map>

namespace bib::app {

namespace {

constexpr const char* kLisaCluster = "lisa_cluster";
constexpr const char* kGiStarClass = "gistar_class";

core::CompleteCases prepare(const core::AreaSet& areas, const std::string& field,
                            const AnalysisSettings& settings, AnalysisOutcome& outcome,
                            core::Feedback& feedback)
{
    const core::Column* column = areas.column(field);
    if (!column)
        throw core::InputError("the areas have no numeric column '" + field + "' to analyse");
    core::WeightsReport report;
    const core::SpatialWeights weights = core::buildWeights(areas, settings.weights, report, feedback);
    feedback.throwIfCancelled();
    core::CompleteCases cases =
        core::completeCases(weights, settings.weights.style, {std::span<const double>(column->values)});
    if (cases.rows.size() < 3)
        throw core::InputError("only " + std::to_string(cases.rows.size()) + " areas have a value of '" +
                               field + "'; at least 3 are required");
    outcome.analysed = cases.rows.size();
    outcome.leftOut = cases.leftOut;
    outcome.weightsDescription = cases.weights.description();
    return cases;
}

core::PermutationOptions permutationOptions(const AnalysisSettings& settings)
{
    core::PermutationOptions options;
    options.permutations = settings.permutations;
    options.seed = settings.seed;
    return options;
}

core::PValueAdjustment adjustment(const AnalysisSettings& settings)
{
    return settings.falseDiscoveryRate ? core::PValueAdjustment::BenjaminiHochberg
                                       : core::PValueAdjustment::None;
}

/// Result columns over all areas: the analysed rows get their values, the others NaN / "".
class ResultColumns
{
public:
    ResultColumns(const core::AreaSet& areas, const core::CompleteCases& cases, const std::string& field)
        : mAreas(std::make_shared<core::AreaSet>(areas)), mRows(cases.rows), mProvenance{{}, field, {}}
    {
    }

    void add(const std::string& name, const std::vector<double>& analysed)
    {
        std::vector<double> values(mAreas->size(), std::nan(""));
        for (std::size_t i = 0; i < mRows.size(); ++i)
            values[mRows[i]] = analysed[i];
        mAreas->setColumn(core::Column{name, std::move(values), mProvenance});
    }

    void addText(const std::string& name, const std::vector<std::string>& analysed)
    {
        std::vector<std::string> values(mAreas->size());
        for (std::size_t i = 0; i < mRows.size(); ++i)
            values[mRows[i]] = analysed[i];
        mAreas->setTextColumn(core::TextColumn{name, std::move(values), mProvenance});
    }

    std::shared_ptr<core::AreaSet> areas() const { return mAreas; }

private:
    std::shared_ptr<core::AreaSet> mAreas;
    std::vector<std::size_t> mRows;
    core::Provenance mProvenance;
};

std::vector<std::string> islandIds(const std::vector<std::size_t>& rows, const core::CompleteCases& cases)
{
    std::vector<std::string> ids;
    for (std::size_t row : rows)
        ids.push_back(cases.weights.ids()[row]);
    return ids;
}

void runLocalMoran(const core::AreaSet& areas, const core::CompleteCases& cases, AnalysisOutcome& outcome,
                   core::Feedback& feedback)
{
    core::LocalMoranOptions options;
    options.permutation = permutationOptions(outcome.settings);
    options.alpha = outcome.settings.alpha;
    options.adjustment = adjustment(outcome.settings);
    const core::LocalMoranResult r = core::localMoran(cases.columns[0], cases.weights, options, feedback);
    ResultColumns columns(areas, cases, outcome.field);
    columns.add("lisa_I", r.i);
    columns.add("lisa_z", r.z);
    columns.add("lisa_p", outcome.settings.permutations > 0 ? r.pSimulated : r.pNormal);
    std::vector<std::string> classes;
    for (core::LisaCluster c : r.cluster)
        classes.push_back(core::toString(c));
    columns.addText(kLisaCluster, classes);
    outcome.areas = columns.areas();
    outcome.classColumn = kLisaCluster;
    outcome.islands = islandIds(r.islands, cases);
}

void runGetisOrd(const core::AreaSet& areas, const core::CompleteCases& cases, AnalysisOutcome& outcome,
                 core::Feedback& feedback)
{
    core::LocalGOptions options;
    options.includeSelf = true;
    options.permutation = permutationOptions(outcome.settings);
    options.alpha = outcome.settings.alpha;
    options.adjustment = adjustment(outcome.settings);
    const core::LocalGResult r = core::localG(cases.columns[0], cases.weights, options, feedback);
    ResultColumns columns(areas, cases, outcome.field);
    columns.add("gistar_z", r.z);
    columns.add("gistar_p", outcome.settings.permutations > 0 ? r.pSimulated : r.pNormal);
    std::vector<std::string> classes;
    for (core::HotSpotClass c : r.cluster)
        classes.push_back(core::toString(c));
    columns.addText(kGiStarClass, classes);
    outcome.areas = columns.areas();
    outcome.classColumn = kGiStarClass;
    outcome.islands = islandIds(r.islands, cases);
}

QString number(const QLocale& locale, double value, int decimals)
{
    return std::isfinite(value) ? locale.toString(value, 'f', decimals) : QStringLiteral("\u2013");
}

QString weightsName(const core::WeightsOptions& weights, const QLocale& locale)
{
    switch (weights.method) {
    case core::WeightsMethod::Queen:
        return SpatialAnalysis::tr("queen contiguity");
    case core::WeightsMethod::Rook:
        return SpatialAnalysis::tr("rook contiguity");
    case core::WeightsMethod::NearestNeighbours:
        return SpatialAnalysis::tr("%1 nearest neighbours").arg(weights.k);
    case core::WeightsMethod::DistanceBand:
        return SpatialAnalysis::tr("within %1 m").arg(locale.toString(weights.distance, 'f', 0));
    default:
        return QString::fromStdString(weights.path);
    }
}

} // namespace

AnalysisSettings SpatialAnalysis::defaultSettings(const Workspace& workspace)
{
    AnalysisSettings settings;
    settings.weights.k = 6;
    settings.weights.distance = 1000.0;
    if (workspace.recipe)
        settings.seed = workspace.recipe->seed;
    return settings;
}

AnalysisOutcome SpatialAnalysis::run(AnalysisKind kind, const core::AreaSet& areas, const std::string& field,
                                     const AnalysisSettings& settings, core::Feedback& feedback)
{
    AnalysisOutcome outcome;
    outcome.kind = kind;
    outcome.field = field;
    outcome.settings = settings;
    const core::CompleteCases cases = prepare(areas, field, settings, outcome, feedback);
    switch (kind) {
    case AnalysisKind::LocalMoran:
        runLocalMoran(areas, cases, outcome, feedback);
        break;
    case AnalysisKind::GetisOrd:
        runGetisOrd(areas, cases, outcome, feedback);
        break;
    case AnalysisKind::GlobalMoran: {
        core::GlobalMoranOptions options;
        options.permutation = permutationOptions(settings);
        outcome.global = core::globalMoran(cases.columns[0], cases.weights, options, feedback);
        break;
    }
    }
    feedback.throwIfCancelled();
    feedback.setProgress(100.0);
    return outcome;
}

Workspace SpatialAnalysis::withOutcome(const Workspace& workspace, const AnalysisOutcome& outcome)
{
    Workspace result = workspace;
    if (!outcome.areas)
        return result;
    result.areas = outcome.areas;
    result.mappedColumn = outcome.classColumn;
    const std::string note = methodNote(outcome).toStdString();
    for (const core::Column& column : outcome.areas->columns()) {
        if (column.name.rfind(outcome.kind == AnalysisKind::LocalMoran ? "lisa_" : "gistar_", 0) == 0)
            result.columnNotes[column.name] = note;
    }
    result.columnNotes[outcome.classColumn] = note;
    return result;
}

std::string SpatialAnalysis::analysedField(const core::AreaSet& areas, const std::string& column)
{
    if (areas.column(column) && column.rfind("lisa_", 0) != 0 && column.rfind("gistar_", 0) != 0)
        return column;
    const core::Column* numeric = areas.column(column);
    const core::TextColumn* text = areas.textColumn(column);
    const std::string source = numeric ? numeric->provenance.field : text ? text->provenance.field : "";
    return areas.column(source) ? source : std::string();
}

QString SpatialAnalysis::globalSummary(const AnalysisOutcome& outcome, const QLocale& locale)
{
    if (!outcome.global)
        return {};
    const core::GlobalMoranResult& g = *outcome.global;
    const std::size_t permutations = outcome.settings.permutations;
    const double p = permutations > 0 ? g.pSimulated : g.pNormal;
    const QString pText = p < 0.001 ? QStringLiteral("p < %1").arg(locale.toString(0.001, 'f', 3))
                                    : QStringLiteral("p = %1").arg(number(locale, p, 3));
    const QString inference = permutations > 0
                                  ? tr("%n permutations", nullptr, static_cast<int>(permutations))
                                  : tr("normal approximation");
    return tr("Moran's I = %1 (z = %2; %3; %4)")
        .arg(number(locale, g.i, 3), number(locale, g.z, 1), pText, inference);
}

QString SpatialAnalysis::localSummary(const AnalysisOutcome& outcome)
{
    if (!outcome.areas)
        return globalSummary(outcome);
    const core::TextColumn* classes = outcome.areas->textColumn(outcome.classColumn);
    std::map<std::string, int> counts;
    for (const std::string& value : classes->values)
        ++counts[value];
    QString text = outcome.kind == AnalysisKind::LocalMoran
                       ? tr("LISA of %1: %2 HH, %3 LL, %4 HL, %5 LH, %6 not significant")
                             .arg(QString::fromStdString(outcome.field))
                             .arg(counts["HH"])
                             .arg(counts["LL"])
                             .arg(counts["HL"])
                             .arg(counts["LH"])
                             .arg(counts["ns"])
                       : tr("Gi* of %1: %2 hot spots, %3 cold spots, %4 not significant")
                             .arg(QString::fromStdString(outcome.field))
                             .arg(counts["hot"])
                             .arg(counts["cold"])
                             .arg(counts["ns"]);
    if (!outcome.leftOut.empty())
        text += QStringLiteral("; ") +
                tr("%n area(s) without a value left out", nullptr, static_cast<int>(outcome.leftOut.size()));
    return text;
}

QString SpatialAnalysis::methodNote(const AnalysisOutcome& outcome, const QLocale& locale)
{
    const AnalysisSettings& s = outcome.settings;
    QStringList parts;
    parts << title(outcome.kind) + QStringLiteral(" ") +
                 tr("of %1").arg(QString::fromStdString(outcome.field));
    parts << weightsName(s.weights, locale) + (s.weights.style == core::WeightStyle::RowStandardised
                                                   ? QStringLiteral(" (W)")
                                                   : QStringLiteral(" (B)"));
    if (s.permutations > 0)
        parts << tr("%n permutations", nullptr, static_cast<int>(s.permutations)) + QStringLiteral(", ") +
                     tr("seed %1").arg(s.seed);
    parts << QStringLiteral("\u03b1 = %1").arg(locale.toString(s.alpha, 'g', 3)) +
                 (s.falseDiscoveryRate ? QStringLiteral(" ") + tr("(FDR)") : QString());
    return parts.join(QStringLiteral(", "));
}

QString SpatialAnalysis::title(AnalysisKind kind)
{
    switch (kind) {
    case AnalysisKind::LocalMoran:
        return tr("Local Moran (LISA)");
    case AnalysisKind::GetisOrd:
        return tr("Getis-Ord Gi*");
    case AnalysisKind::GlobalMoran:
        return tr("Global Moran's I");
    }
    return {};
}

QString SpatialAnalysis::legendHeading(const std::string& column)
{
    if (column == kLisaCluster)
        return tr("LISA clusters");
    if (column == kGiStarClass)
        return tr("Hot and cold spots (Gi*)");
    return {};
}

} // namespace bib::app
