// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's algorithms. Each makes the same core calls as its `bib` command (named in the
// class comment); only reading the input (a QGIS layer) and writing the result (a QGIS sink) differ.
#include "algorithms.h"

#include "algorithms/areastatistics.h"
#include "algorithms/fieldrecipe.h"
#include "algorithms/resultstyles.h"
#include "index/indexrun.h"
#include "index/recipe.h"
#include "io/recipedata.h"
#include "layerconversion.h"
#include "privacy/protectedexport.h"
#include "spatial/weightsfile.h"
#include "styles.h"
#include "temporal/aggregation.h"
#include "temporal/counttable.h"
#include "temporal/peakdetector.h"
#include "util/error.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsrenderer.h>

#include <cmath>
#include <optional>

namespace bib::qgis {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QVariant numberOrNull(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

/// The columns a statistics result writes in `bib`'s documented order: numbers, then text.
std::vector<std::string> resultColumns(const core::AreaSet& results)
{
    std::vector<std::string> columns;
    for (const auto& c : results.columns())
        columns.push_back(c.name);
    for (const auto& c : results.textColumns())
        columns.push_back(c.name);
    return columns;
}

void reportLeftOut(const core::CompleteCases& cases, QgsProcessingFeedback* feedback)
{
    if (!feedback || cases.leftOut.empty())
        return;
    QStringList ids;
    for (const auto& id : cases.leftOut)
        ids << q(id);
    feedback->pushWarning(
        QStringLiteral("%1 areas without a value were left out and the neighbours recomputed "
                       "without them: %2")
            .arg(cases.leftOut.size())
            .arg(ids.join(QLatin1Char(' '))));
}

/// `bib compose`: readRecipe, loadRecipeData, runCompositeIndex; graduated style of the index.
class CompositeIndexAlgorithm : public DeclaredAlgorithm
{
public:
    CompositeIndexAlgorithm() : DeclaredAlgorithm("composite-index") {}
    QgsProcessingAlgorithm* createInstance() const override { return new CompositeIndexAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const QString path = parameterAsFile(parameters, QStringLiteral("recipe"), context);
        if (path.isEmpty())
            throw core::InputError("no recipe file given");
        const core::Recipe recipe = core::readRecipe(path.toStdString());
        core::RecipeData data = core::loadRecipeData(recipe, coreFeedback);
        std::optional<std::size_t> draws;
        if (parameters.value(QStringLiteral("robustness")).isValid() &&
            !parameters.value(QStringLiteral("robustness")).toString().isEmpty()) {
            const int n = parameterAsInt(parameters, QStringLiteral("robustness"), context);
            if (n < 0)
                throw core::InputError("robustness: the number of draws must be 0 or more");
            draws = static_cast<std::size_t>(n);
        }
        const core::IndexRunSummary summary =
            core::runCompositeIndex(data.areas, recipe, core::indexRunOptions(recipe, draws), coreFeedback);
        if (feedback) {
            feedback->pushInfo(QStringLiteral("recipe '%1' (sha256 %2): index for %3 of %4 areas")
                                   .arg(q(recipe.name), q(recipe.sha256.substr(0, 12)))
                                   .arg(summary.withIndex)
                                   .arg(summary.areas));
            for (const auto& [field, reason] : summary.leftOut)
                feedback->pushWarning(QStringLiteral("indicator left out: %1 — %2").arg(q(field), q(reason)));
        }
        return writeResult(data.areas, {}, rendererFromQml(core::indexStyleQml(data.areas, recipe)),
                           parameters, context, feedback, coreFeedback);
    }
};

/// The composite index of fields of a QGIS layer: the parameters become recipe text, parsed by the
/// same parser as a recipe file (so the same checks and defaults), and run on the layer's areas.
class CompositeIndexFromFieldsAlgorithm : public DeclaredAlgorithm
{
public:
    CompositeIndexFromFieldsAlgorithm() : DeclaredAlgorithm("composite-index-fields") {}
    QgsProcessingAlgorithm* createInstance() const override
    {
        return new CompositeIndexFromFieldsAlgorithm();
    }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        core::FieldRecipeSettings settings;
        settings.name = "QGIS: " + areas.layer;
        settings.areas = areas.source;
        settings.idField = areas.idField;
        for (const QString& field : parameterAsFields(parameters, QStringLiteral("fields"), context))
            settings.fields.push_back(field.toStdString());
        settings.directions = list(text(parameters, "directions", context));
        settings.weights = list(text(parameters, "indicator_weights", context));
        settings.normalisation = choice(parameters, "normalisation", context);
        settings.aggregation = choice(parameters, "aggregation", context);
        settings.missing = choice(parameters, "missing", context);
        settings.classification = choice(parameters, "classification", context);
        settings.classes = parameterAsInt(parameters, QStringLiteral("classes"), context);
        const core::Recipe recipe = core::recipeFromFields(settings);
        const core::IndexRunSummary summary =
            core::runCompositeIndex(areas, recipe, core::indexRunOptions(recipe), coreFeedback);
        if (feedback)
            for (const auto& [field, reason] : summary.leftOut)
                feedback->pushWarning(QStringLiteral("indicator left out: %1 — %2").arg(q(field), q(reason)));
        return writeResult(areas, {}, rendererFromQml(core::indexStyleQml(areas, recipe)), parameters,
                           context, feedback, coreFeedback);
    }

private:
    /// "a, b ,c" → {"a", "b", "c"}; empty text → {}.
    static std::vector<std::string> list(const std::string& text)
    {
        std::vector<std::string> items;
        if (q(text).trimmed().isEmpty())
            return items;
        for (const QString& part : q(text).split(QLatin1Char(',')))
            items.push_back(part.trimmed().toStdString());
        return items;
    }
};

/// `bib weights`: buildWeights and writeWeightsFile.
class SpatialWeightsAlgorithm : public DeclaredAlgorithm
{
public:
    SpatialWeightsAlgorithm() : DeclaredAlgorithm("spatial-weights") {}
    QgsProcessingAlgorithm* createInstance() const override { return new SpatialWeightsAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const QString output = parameterAsFileOutput(parameters, QStringLiteral("output"), context);
        core::weightsFileFormat(output.toStdString()); // a wrong extension fails before any work
        const core::WeightsOptions options = weightsOptions(parameters, context);
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        core::requireMetricCrs(areas.crs, options);
        core::WeightsReport report;
        const core::SpatialWeights weights = core::buildWeights(areas, options, report, coreFeedback);
        core::WeightsFileHeader header;
        header.layer = areas.layer.empty() ? std::string("areas") : areas.layer;
        header.idField = areas.idField;
        std::vector<std::string> inputs;
        if (options.method == core::WeightsMethod::File)
            inputs.push_back(options.path);
        core::writeWeightsFile(weights, output.toStdString(), header, inputs);
        if (feedback) {
            const core::WeightsSummary& s = report.summary;
            feedback->pushInfo(
                QStringLiteral("%1: %2 areas, %3 links, neighbours min/mean/max %4/%5/%6, %7 islands")
                    .arg(q(report.description))
                    .arg(s.areas)
                    .arg(s.links)
                    .arg(s.minNeighbours)
                    .arg(s.meanNeighbours, 0, 'f', 2)
                    .arg(s.maxNeighbours)
                    .arg(s.islands.size()));
        }
        return {{QStringLiteral("output"), output}};
    }
};

/// `bib moran`: global Moran's I of a field (globalMoran) or of rates (empiricalBayesMoran).
class MoranAlgorithm : public DeclaredAlgorithm
{
public:
    MoranAlgorithm() : DeclaredAlgorithm("moran") {}
    QgsProcessingAlgorithm* createInstance() const override { return new MoranAlgorithm(); }

protected:
    void addExtraOutputs() override
    {
        for (const char* name : {"I", "E_I", "Var_I", "Z_I", "p_norm", "p_sim"})
            addOutput(new QgsProcessingOutputNumber(QLatin1String(name), QLatin1String(name)));
        addOutput(new QgsProcessingOutputNumber(QStringLiteral("areas"), QStringLiteral("areas")));
    }

    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const std::string field = text(parameters, "field", context);
        const std::string events = text(parameters, "events", context);
        const std::string population = text(parameters, "population", context);
        const bool rates = field.empty();
        if (rates && (events.empty() || population.empty()))
            throw core::InputError("give a field, or counts and population for Moran's I of rates");
        if (!rates && (!events.empty() || !population.empty()))
            throw core::InputError("give either a field or counts with population, not both");
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        const core::WeightsOptions weights = weightsOptions(parameters, context);
        core::GlobalMoranResult r;
        core::PreparedCases prepared;
        if (!rates) {
            prepared = core::prepareCases(areas, {field}, weights, true, coreFeedback);
            core::GlobalMoranOptions options;
            options.permutation = permutationOptions(parameters, context);
            r = core::globalMoran(prepared.cases.columns[0], prepared.cases.weights, options, coreFeedback);
        } else {
            prepared = core::prepareCases(areas, {events, population}, weights, true, coreFeedback,
                                          core::invalidRateInput);
            r = core::empiricalBayesMoran(prepared.cases.columns[0], prepared.cases.columns[1],
                                          prepared.cases.weights, permutationOptions(parameters, context),
                                          coreFeedback);
        }
        reportLeftOut(prepared.cases, feedback);
        if (feedback)
            feedback->pushInfo(
                QStringLiteral("global Moran's I = %1, z = %2, p_norm = %3, p_sim = %4 (%5 areas)")
                    .arg(r.i)
                    .arg(r.z)
                    .arg(r.pNormal)
                    .arg(r.pSimulated)
                    .arg(prepared.cases.rows.size()));
        return {{QStringLiteral("I"), numberOrNull(r.i)},
                {QStringLiteral("E_I"), numberOrNull(r.expected)},
                {QStringLiteral("Var_I"), numberOrNull(r.variance)},
                {QStringLiteral("Z_I"), numberOrNull(r.z)},
                {QStringLiteral("p_norm"), numberOrNull(r.pNormal)},
                {QStringLiteral("p_sim"), numberOrNull(r.pSimulated)},
                {QStringLiteral("areas"), static_cast<qlonglong>(prepared.cases.rows.size())}};
    }
};

/// `bib lisa`: localMoran; categorised cluster style.
class LisaAlgorithm : public DeclaredAlgorithm
{
public:
    LisaAlgorithm() : DeclaredAlgorithm("lisa") {}
    QgsProcessingAlgorithm* createInstance() const override { return new LisaAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        const core::PreparedCases prepared =
            core::prepareCases(areas, {text(parameters, "field", context)},
                               weightsOptions(parameters, context), true, coreFeedback);
        reportLeftOut(prepared.cases, feedback);
        core::LocalMoranOptions options;
        options.permutation = permutationOptions(parameters, context);
        options.alpha = parameterAsDouble(parameters, QStringLiteral("alpha"), context);
        options.adjustment = adjustment(parameters, context);
        const auto r =
            core::localMoran(prepared.cases.columns[0], prepared.cases.weights, options, coreFeedback);
        core::AreaSet results = core::resultAreas(areas, prepared.cases);
        core::addLocalMoranColumns(results, r);
        return writeResult(results, resultColumns(results),
                           categoryRenderer(QStringLiteral("cluster"), core::lisaClusterStyles(), dutch()),
                           parameters, context, feedback, coreFeedback);
    }
};

/// `bib gistar`: localG; categorised hot/cold style.
class GiStarAlgorithm : public DeclaredAlgorithm
{
public:
    GiStarAlgorithm() : DeclaredAlgorithm("gi-star") {}
    QgsProcessingAlgorithm* createInstance() const override { return new GiStarAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        const core::PreparedCases prepared =
            core::prepareCases(areas, {text(parameters, "field", context)},
                               weightsOptions(parameters, context), true, coreFeedback);
        reportLeftOut(prepared.cases, feedback);
        core::LocalGOptions options;
        options.includeSelf = !parameterAsBoolean(parameters, QStringLiteral("no_self"), context);
        options.permutation = permutationOptions(parameters, context);
        options.alpha = parameterAsDouble(parameters, QStringLiteral("alpha"), context);
        options.adjustment = adjustment(parameters, context);
        const auto r = core::localG(prepared.cases.columns[0], prepared.cases.weights, options, coreFeedback);
        core::AreaSet results = core::resultAreas(areas, prepared.cases);
        core::addLocalGColumns(results, r);
        return writeResult(results, resultColumns(results),
                           categoryRenderer(QStringLiteral("cluster"), core::hotSpotStyles(), dutch()),
                           parameters, context, feedback, coreFeedback);
    }
};

/// `bib ebrate`: globalEmpiricalBayes or localEmpiricalBayes.
class EbRateAlgorithm : public DeclaredAlgorithm
{
public:
    EbRateAlgorithm() : DeclaredAlgorithm("eb-rate") {}
    QgsProcessingAlgorithm* createInstance() const override { return new EbRateAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const bool local = parameterAsBoolean(parameters, QStringLiteral("local"), context);
        const double per = parameterAsDouble(parameters, QStringLiteral("per"), context);
        if (!(per > 0))
            throw core::InputError("per: give a positive number, e.g. 1000 for per 1 000 inhabitants");
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        const core::PreparedCases prepared = core::prepareCases(
            areas, {text(parameters, "events", context), text(parameters, "population", context)},
            weightsOptions(parameters, context), local, coreFeedback, core::invalidRateInput);
        reportLeftOut(prepared.cases, feedback);
        const auto& cases = prepared.cases;
        const core::EmpiricalBayesRates rates =
            local ? core::localEmpiricalBayes(cases.columns[0], cases.columns[1], cases.weights)
                  : core::globalEmpiricalBayes(cases.columns[0], cases.columns[1]);
        core::AreaSet results = core::resultAreas(areas, cases);
        core::addRateColumns(results, rates, per);
        return writeResult(results, resultColumns(results), nullptr, parameters, context, feedback,
                           coreFeedback);
    }
};

/// `bib aggregate`: aggregateEvents and writeAggregation; the areas come from a QGIS layer.
class AggregateEventsAlgorithm : public DeclaredAlgorithm
{
public:
    AggregateEventsAlgorithm() : DeclaredAlgorithm("aggregate-events") {}
    QgsProcessingAlgorithm* createInstance() const override { return new AggregateEventsAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const QString output = parameterAsFileOutput(parameters, QStringLiteral("output"), context);
        const core::AreaSet areas = readAreas(parameters, context, coreFeedback);
        core::AggregationOptions options;
        if (parameters.value(QStringLiteral("period")).isValid() &&
            !parameters.value(QStringLiteral("period")).toString().isEmpty())
            options.period = periodOf(choice(parameters, "period", context));
        options.denominatorField = text(parameters, "per1000", context);
        const core::EventSource events = eventSource(parameters, context, areas.crs);
        std::unique_ptr<QgsProcessingFeatureSource> points(
            parameterAsSource(parameters, QStringLiteral("event_points"), context));
        if (points && !events.path.empty())
            throw core::InputError("give the events as a file or as a layer, not both");
        if (!points && events.path.empty())
            throw core::InputError("give the events: a file (events) or a point layer (event_points)");
        core::AggregationResult result;
        if (points) {
            LayerEventOptions layerOptions;
            layerOptions.layerName = points->sourceName();
            layerOptions.timeField = q(events.timeField);
            layerOptions.categoryField = q(events.categoryField);
            layerOptions.codeField = q(events.codeField);
            layerOptions.workingCrs = QgsCoordinateReferenceSystem(q(areas.crs));
            const core::EventSet set =
                eventsFromSource(*points, layerOptions, context.transformContext(), coreFeedback);
            result = core::aggregateEvents(areas, set, options, coreFeedback);
        } else {
            result = core::aggregateEvents(areas, events, options, coreFeedback);
        }
        std::vector<std::string> inputs;
        if (!events.path.empty())
            inputs.push_back(events.path);
        core::writeAggregation(output.toStdString(), areas, result, inputs);
        if (feedback)
            feedback->pushInfo(
                QStringLiteral("%1 event rows: %2 counted, %3 outside all areas, %4 with a code of no "
                               "area, %5 with an unreadable position, %6 with an unreadable time")
                    .arg(result.rowsRead)
                    .arg(result.counted)
                    .arg(result.outside)
                    .arg(result.unmatched)
                    .arg(result.badPosition)
                    .arg(result.badTime));
        return {{QStringLiteral("output"), output}};
    }

private:
    core::EventSource eventSource(const QVariantMap& parameters, QgsProcessingContext& context,
                                  const std::string& workingCrs) const
    {
        core::EventSource events;
        events.path = parameterAsFile(parameters, QStringLiteral("events"), context).toStdString();
        events.layer = text(parameters, "events_layer", context);
        events.xField = text(parameters, "x", context);
        events.yField = text(parameters, "y", context);
        events.lonField = text(parameters, "lon", context);
        events.latField = text(parameters, "lat", context);
        events.wktField = text(parameters, "wkt", context);
        events.codeField = text(parameters, "code", context);
        events.crs = text(parameters, "events_crs", context);
        events.timeField = text(parameters, "time", context);
        events.categoryField = text(parameters, "category", context);
        events.workingCrs = workingCrs;
        return events;
    }

    static core::Period periodOf(const std::string& name)
    {
        if (name == "day")
            return core::Period::Day;
        if (name == "week")
            return core::Period::Week;
        if (name == "month")
            return core::Period::Month;
        if (name == "quarter")
            return core::Period::Quarter;
        if (name == "year")
            return core::Period::Year;
        throw core::InternalError("the declared period '" + name + "' is unknown");
    }
};

/// `bib peaks`: createPeakDetector, readCountTable, detectPeaks, writePeakTable, currentAlarms.
class PeaksAlgorithm : public DeclaredAlgorithm
{
public:
    PeaksAlgorithm() : DeclaredAlgorithm("peaks") {}
    QgsProcessingAlgorithm* createInstance() const override { return new PeaksAlgorithm(); }

protected:
    void addExtraOutputs() override
    {
        addOutput(new QgsProcessingOutputNumber(QStringLiteral("alarms"), QStringLiteral("alarms")));
    }

    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const std::string counts =
            parameterAsFile(parameters, QStringLiteral("counts"), context).toStdString();
        const QString output = parameterAsFileOutput(parameters, QStringLiteral("output"), context);
        core::PeakOptions options;
        const int baseline = parameterAsInt(parameters, QStringLiteral("baseline"), context);
        if (baseline < 3)
            throw core::InputError("baseline: give at least 3 periods");
        options.baseline = static_cast<std::size_t>(baseline);
        options.minimumCount = parameterAsDouble(parameters, QStringLiteral("min_count"), context);
        options.minimumSigma = parameterAsDouble(parameters, QStringLiteral("min_sigma"), context);
        options.shift = parameterAsDouble(parameters, QStringLiteral("shift"), context);
        options.decisionInterval =
            parameterAsDouble(parameters, QStringLiteral("decision_interval"), context);
        const QVariant alpha = parameters.value(QStringLiteral("alpha"));
        if (alpha.isValid() && !alpha.toString().isEmpty() &&
            parameterAsDouble(parameters, QStringLiteral("alpha"), context) > 0.0)
            options.alpha = parameterAsDouble(parameters, QStringLiteral("alpha"), context);
        const auto detector = core::createPeakDetector(
            core::peakMethodFromString(choice(parameters, "method", context)), options);
        const core::CountTable table = core::readCountTable(counts, coreFeedback);
        const auto results = core::detectPeaks(table, *detector, counts, coreFeedback);
        core::writePeakTable(output.toStdString(), table, results, {counts});
        const auto alarms = core::currentAlarms(table, results);
        if (feedback) {
            feedback->pushInfo(q(detector->description()));
            for (const auto& a : alarms)
                feedback->pushInfo(q(core::alarmSentence(table, a, text(parameters, "noun", context))));
        }
        return {{QStringLiteral("output"), output},
                {QStringLiteral("alarms"), static_cast<qlonglong>(alarms.size())}};
    }
};

/// `bib export`: readRecipe, loadRecipeData, runCompositeIndex, writeProtectedAreas.
class DisclosureControlAlgorithm : public DeclaredAlgorithm
{
public:
    DisclosureControlAlgorithm() : DeclaredAlgorithm("disclosure-control") {}
    QgsProcessingAlgorithm* createInstance() const override { return new DisclosureControlAlgorithm(); }

protected:
    QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                    QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) override
    {
        const QString path = parameterAsFile(parameters, QStringLiteral("recipe"), context);
        if (path.isEmpty())
            throw core::InputError("no recipe file given");
        const QString output = parameterAsFileOutput(parameters, QStringLiteral("output"), context);
        const core::Recipe recipe = core::readRecipe(path.toStdString());
        core::RecipeData data = core::loadRecipeData(recipe, coreFeedback);
        core::runCompositeIndex(data.areas, recipe, core::indexRunOptions(recipe), coreFeedback);
        const std::string layer = text(parameters, "layer", context);
        core::ProtectedExportOptions write;
        write.layerName = !layer.empty()             ? layer
                          : data.areas.layer.empty() ? std::string("index")
                                                     : data.areas.layer;
        write.inputs = {path.toStdString(), recipe.areas.path};
        for (const auto& t : recipe.tables)
            write.inputs.push_back(t.path);
        write.title = recipe.name.empty() ? write.layerName : recipe.name;
        write.description = "Buurt in Beeld export of recipe '" + recipe.name + "' (sha256 " +
                            recipe.sha256.substr(0, 12) + "); withheld cells read 'onderdrukt'";
        const core::ProtectedExportSummary summary =
            core::writeProtectedAreas(data.areas, recipe, output.toStdString(), write, coreFeedback);
        if (feedback)
            feedback->pushInfo(QStringLiteral("withheld: %1 cells, the index of %2 areas")
                                   .arg(summary.withheldCells)
                                   .arg(summary.areasWithIndexWithheld));
        if (output.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive))
            context.addLayerToLoadOnCompletion(output + QStringLiteral("|layername=") + q(write.layerName),
                                               QgsProcessingContext::LayerDetails(q(write.title),
                                                                                  context.project(),
                                                                                  QStringLiteral("output")));
        return {{QStringLiteral("output"), output}};
    }
};

} // namespace

std::vector<std::unique_ptr<QgsProcessingAlgorithm>> createAlgorithms()
{
    std::vector<std::unique_ptr<QgsProcessingAlgorithm>> out;
    out.push_back(std::make_unique<CompositeIndexAlgorithm>());
    out.push_back(std::make_unique<CompositeIndexFromFieldsAlgorithm>());
    out.push_back(std::make_unique<SpatialWeightsAlgorithm>());
    out.push_back(std::make_unique<MoranAlgorithm>());
    out.push_back(std::make_unique<LisaAlgorithm>());
    out.push_back(std::make_unique<GiStarAlgorithm>());
    out.push_back(std::make_unique<EbRateAlgorithm>());
    out.push_back(std::make_unique<AggregateEventsAlgorithm>());
    out.push_back(std::make_unique<PeaksAlgorithm>());
    out.push_back(std::make_unique<DisclosureControlAlgorithm>());
    return out;
}

} // namespace bib::qgis
