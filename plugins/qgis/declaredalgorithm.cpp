// SPDX-License-Identifier: GPL-3.0-or-later
#include "declaredalgorithm.h"

#include "feedbackbridge.h"
#include "layerconversion.h"
#include "styles.h"
#include "util/error.h"

#include <qgsapplication.h>
#include <qgsfeaturesink.h>
#include <qgsprocessingparameters.h>
#include <qgsrenderer.h>

#include <QObject>

namespace bib::qgis {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QVariant defaultOf(const core::ParameterDeclaration& p)
{
    if (p.defaultValue.empty())
        return {};
    switch (p.type) {
    case core::ParameterType::Number:
        return std::stod(p.defaultValue);
    case core::ParameterType::Integer:
        return std::stoi(p.defaultValue);
    case core::ParameterType::Choice: {
        for (std::size_t i = 0; i < p.choices.size(); ++i)
            if (p.choices[i] == p.defaultValue)
                return static_cast<int>(i);
        throw core::InternalError("the default of '" + p.key + "' is not one of its choices");
    }
    default:
        return q(p.defaultValue);
    }
}

QgsProcessingParameterNumber* number(const core::ParameterDeclaration& p, const QString& label,
                                     QgsProcessingParameterNumber::Type type)
{
    auto* parameter = new QgsProcessingParameterNumber(q(p.key), label, type, defaultOf(p), p.optional);
    if (p.minimum)
        parameter->setMinimum(*p.minimum);
    if (p.maximum)
        parameter->setMaximum(*p.maximum);
    return parameter;
}

QgsProcessingParameterDefinition* definition(const core::ParameterDeclaration& p, bool dutch)
{
    const QString key = q(p.key), label = q(dutch ? p.labelDutch : p.labelEnglish);
    using T = core::ParameterType;
    switch (p.type) {
    case T::File:
        return new QgsProcessingParameterFile(key, label, QgsProcessingParameterFile::File, QString(),
                                              QVariant(), p.optional,
                                              QStringLiteral("Recepten / recipes (*.bib.json *.json)"));
    case T::AreaLayer:
        return new QgsProcessingParameterFeatureSource(key, label, {QgsProcessing::TypeVectorPolygon});
    case T::PointLayer:
        return new QgsProcessingParameterFeatureSource(key, label, {QgsProcessing::TypeVectorPoint},
                                                       QVariant(), p.optional);
    case T::Field:
    case T::NumericField:
    case T::NumericFields:
        return new QgsProcessingParameterField(key, label, QVariant(), QStringLiteral("input"),
                                               p.type == T::Field ? QgsProcessingParameterField::Any
                                                                  : QgsProcessingParameterField::Numeric,
                                               p.type == T::NumericFields, p.optional);
    case T::Number:
        return number(p, label, QgsProcessingParameterNumber::Double);
    case T::Integer:
        return number(p, label, QgsProcessingParameterNumber::Integer);
    case T::Choice: {
        QStringList options;
        for (const auto& c : p.choices)
            options << q(c);
        return new QgsProcessingParameterEnum(key, label, options, false, defaultOf(p), p.optional);
    }
    case T::Boolean:
        return new QgsProcessingParameterBoolean(key, label, false, p.optional);
    case T::Text:
        return new QgsProcessingParameterString(key, label, defaultOf(p), false, p.optional);
    case T::Crs:
        return new QgsProcessingParameterCrs(key, label, defaultOf(p), p.optional);
    case T::AreaOutput:
        return new QgsProcessingParameterFeatureSink(key, label, QgsProcessing::TypeVectorPolygon);
    case T::FileOutput:
        return new QgsProcessingParameterFileDestination(key, label, q(p.fileFilter), QVariant(), p.optional);
    }
    throw core::InternalError("unknown parameter type of '" + p.key + "'");
}

/// How the command line spells a parameter, for the help: "--field", "--fdr | --bonferroni", "QGIS".
QString cliSpelling(const core::ParameterDeclaration& p)
{
    if (p.qgisOnly)
        return QStringLiteral("QGIS");
    if (p.cliFlags.empty())
        return q(p.cliOption());
    QStringList flags;
    for (const auto& flag : p.cliFlags)
        flags << q(flag);
    return flags.join(QStringLiteral(" | "));
}

} // namespace

DeclaredAlgorithm::DeclaredAlgorithm(std::string id) : mDeclaration(&core::algorithmDeclaration(id)) {}

bool DeclaredAlgorithm::dutch()
{
    return QgsApplication::locale().startsWith(QLatin1String("nl"));
}

QString DeclaredAlgorithm::name() const
{
    return q(core::qgisAlgorithmName(mDeclaration->id));
}

QString DeclaredAlgorithm::displayName() const
{
    return q(dutch() ? mDeclaration->nameDutch : mDeclaration->nameEnglish);
}

QString DeclaredAlgorithm::group() const
{
    return q(dutch() ? mDeclaration->groupDutch : mDeclaration->groupEnglish);
}

QString DeclaredAlgorithm::groupId() const
{
    return q(core::qgisAlgorithmName(mDeclaration->groupEnglish)).toLower().remove(QLatin1Char(' '));
}

QString DeclaredAlgorithm::shortDescription() const
{
    const std::string& help = dutch() ? mDeclaration->helpDutch : mDeclaration->helpEnglish;
    return q(help.substr(0, help.find(". ") + 1));
}

QString DeclaredAlgorithm::shortHelpString() const
{
    // Both languages: the help is the same text a Dutch or English reader of `bib --help` gets.
    QString help = QStringLiteral("<p>") + q(mDeclaration->helpDutch) + QStringLiteral("</p><p><i>") +
                   q(mDeclaration->helpEnglish) + QStringLiteral("</i></p><dl>");
    for (const auto& p : mDeclaration->parameters)
        help += QStringLiteral("<dt><b>") + q(p.key) + QStringLiteral("</b> (") + cliSpelling(p) +
                QStringLiteral(")</dt><dd>") + q(p.helpDutch) + QStringLiteral("<br><i>") + q(p.helpEnglish) +
                QStringLiteral("</i></dd>");
    help += QStringLiteral("</dl>");
    if (!mDeclaration->cliCommand.empty())
        help += QStringLiteral("<p>Buurt in Beeld: <code>bib ") + q(mDeclaration->cliCommand) +
                QStringLiteral("</code></p>");
    return help;
}

void DeclaredAlgorithm::initAlgorithm(const QVariantMap&)
{
    const bool inDutch = dutch();
    for (const auto& p : mDeclaration->parameters) {
        QgsProcessingParameterDefinition* parameter = definition(p, inDutch);
        parameter->setHelp(q(inDutch ? p.helpDutch : p.helpEnglish));
        addParameter(parameter);
    }
    addExtraOutputs();
}

QVariantMap DeclaredAlgorithm::processAlgorithm(const QVariantMap& parameters, QgsProcessingContext& context,
                                                QgsProcessingFeedback* feedback)
{
    try {
        FeedbackBridge bridge(feedback);
        return run(parameters, context, feedback, bridge);
    } catch (const core::CancelledError&) {
        throw QgsProcessingException(QObject::tr("Geannuleerd. / Cancelled."));
    } catch (const core::InputError& e) {
        throw QgsProcessingException(q(e.what()));
    } catch (const QgsProcessingException&) {
        throw;
    } catch (const std::exception& e) {
        throw QgsProcessingException(
            QObject::tr("Interne fout / internal error: %1. Please report this with the "
                        "parameters you used.")
                .arg(q(e.what())));
    }
}

core::AreaSet DeclaredAlgorithm::readAreas(const QVariantMap& parameters, QgsProcessingContext& context,
                                           core::Feedback& feedback) const
{
    std::unique_ptr<QgsProcessingFeatureSource> source(
        parameterAsSource(parameters, QStringLiteral("input"), context));
    if (!source)
        throw QgsProcessingException(invalidSourceError(parameters, QStringLiteral("input")));
    LayerAreaOptions options;
    options.layerName = source->sourceName();
    options.idField = parameterAsString(parameters, QStringLiteral("id"), context);
    options.nameField = parameterAsString(parameters, QStringLiteral("name"), context);
    options.workingCrs = parameterAsCrs(parameters, QStringLiteral("working_crs"), context);
    if (!options.workingCrs.isValid())
        options.workingCrs =
            QgsCoordinateReferenceSystem(q(mDeclaration->parameter("working_crs")->defaultValue));
    return areasFromSource(*source, options, context.transformContext(), feedback);
}

std::string DeclaredAlgorithm::text(const QVariantMap& parameters, const std::string& key,
                                    QgsProcessingContext& context) const
{
    return parameterAsString(parameters, q(key), context).toStdString();
}

std::string DeclaredAlgorithm::choice(const QVariantMap& parameters, const std::string& key,
                                      QgsProcessingContext& context) const
{
    const core::ParameterDeclaration* p = mDeclaration->parameter(key);
    const int index = parameterAsEnum(parameters, q(key), context);
    if (!p || index < 0 || static_cast<std::size_t>(index) >= p->choices.size())
        throw core::InputError("parameter '" + key + "': choose one of the listed values");
    return p->choices[static_cast<std::size_t>(index)];
}

core::WeightsOptions DeclaredAlgorithm::weightsOptions(const QVariantMap& parameters,
                                                       QgsProcessingContext& context) const
{
    core::WeightsOptions out;
    std::string weights = text(parameters, "weights", context);
    if (weights.empty())
        weights = mDeclaration->parameter("weights")->defaultValue;
    core::parseWeightsMethod(weights, out);
    out.snap = parameterAsDouble(parameters, QStringLiteral("snap"), context);
    out.style = core::parseWeightStyle(choice(parameters, "style", context));
    out.islands = core::parseIslandRule(choice(parameters, "islands", context));
    return out;
}

core::PermutationOptions DeclaredAlgorithm::permutationOptions(const QVariantMap& parameters,
                                                               QgsProcessingContext& context) const
{
    core::PermutationOptions out;
    const int permutations = parameterAsInt(parameters, QStringLiteral("permutations"), context);
    const int seed = parameterAsInt(parameters, QStringLiteral("seed"), context);
    if (permutations < 0 || seed < 0)
        throw core::InputError("permutations and seed must be 0 or more");
    out.permutations = static_cast<std::size_t>(permutations);
    out.seed = static_cast<std::uint64_t>(seed);
    return out;
}

core::PValueAdjustment DeclaredAlgorithm::adjustment(const QVariantMap& parameters,
                                                     QgsProcessingContext& context) const
{
    const std::string name = choice(parameters, "adjustment", context);
    const auto parsed = core::parsePValueAdjustment(name);
    if (!parsed)
        throw core::InternalError("the declared adjustment '" + name + "' is unknown to the core");
    return *parsed;
}

QVariantMap DeclaredAlgorithm::writeResult(const core::AreaSet& areas,
                                           const std::vector<std::string>& columns,
                                           std::unique_ptr<QgsFeatureRenderer> renderer,
                                           const QVariantMap& parameters, QgsProcessingContext& context,
                                           QgsProcessingFeedback* feedback, core::Feedback& coreFeedback)
{
    const QgsFields fields = resultFields(areas, columns);
    QString destination;
    {
        std::unique_ptr<QgsFeatureSink> sink(parameterAsSink(parameters, QStringLiteral("output"), context,
                                                             destination, fields, QgsWkbTypes::MultiPolygon,
                                                             QgsCoordinateReferenceSystem(q(areas.crs))));
        if (!sink)
            throw QgsProcessingException(invalidSinkError(parameters, QStringLiteral("output")));
        writeAreasToSink(areas, fields, *sink, coreFeedback);
    } // the sink flushes and closes here
    if (renderer)
        applyStyle(destination, *renderer, displayName(), context, feedback);
    return {{QStringLiteral("output"), destination}};
}

} // namespace bib::qgis
