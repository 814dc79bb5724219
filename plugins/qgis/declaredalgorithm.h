// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "algorithms/algorithmdeclaration.h"
#include "model/areaset.h"
#include "spatial/multipletesting.h"
#include "spatial/permutation.h"
#include "spatial/weightsbuilder.h"
#include "util/feedback.h"

#include <qgsprocessingalgorithm.h>

#include <memory>
#include <string>
#include <vector>

class QgsFeatureRenderer;

namespace bib::qgis {

/// A Processing algorithm whose id, names, help and parameters come from the core's declaration
/// (algorithms/algorithmdeclaration.h), so the CLI and QGIS cannot drift.
///
/// processAlgorithm() is the QGIS provider's one place where core errors are translated: every
/// core::Error becomes a QgsProcessingException with the core's message; nothing escapes to QGIS.
class DeclaredAlgorithm : public QgsProcessingAlgorithm
{
public:
    explicit DeclaredAlgorithm(std::string id);

    QString name() const override;
    QString displayName() const override;
    QString group() const override;
    QString groupId() const override;
    QString shortHelpString() const override;
    QString shortDescription() const override;
    void initAlgorithm(const QVariantMap& configuration = QVariantMap()) override;

    const core::AlgorithmDeclaration& declaration() const { return *mDeclaration; }

protected:
    QVariantMap processAlgorithm(const QVariantMap& parameters, QgsProcessingContext& context,
                                 QgsProcessingFeedback* feedback) final;

    /// The work, with the core's feedback bridged to QGIS's.
    virtual QVariantMap run(const QVariantMap& parameters, QgsProcessingContext& context,
                            QgsProcessingFeedback* feedback, core::Feedback& coreFeedback) = 0;
    /// Outputs besides the declared result layer (e.g. the numbers of global Moran's I).
    virtual void addExtraOutputs() {}

    /// The areas of the `input`, `id`, `name` and `working_crs` parameters.
    core::AreaSet readAreas(const QVariantMap& parameters, QgsProcessingContext& context,
                            core::Feedback& feedback) const;
    /// The weights of `weights`, `snap`, `style` and `islands`, through the core's parsers.
    core::WeightsOptions weightsOptions(const QVariantMap& parameters, QgsProcessingContext& context) const;
    /// `permutations` and `seed`.
    core::PermutationOptions permutationOptions(const QVariantMap& parameters,
                                                QgsProcessingContext& context) const;
    core::PValueAdjustment adjustment(const QVariantMap& parameters, QgsProcessingContext& context) const;
    /// The text of a Choice parameter.
    std::string choice(const QVariantMap& parameters, const std::string& key,
                       QgsProcessingContext& context) const;
    std::string text(const QVariantMap& parameters, const std::string& key,
                     QgsProcessingContext& context) const;

    /// Writes `areas` to the `output` sink (fields as resultFields(areas, columns)) and gives it
    /// `renderer`: on the layer QGIS loads when the run ends, and as the default style inside a
    /// GeoPackage output so it opens styled elsewhere too (qgis_process, another project).
    QVariantMap writeResult(const core::AreaSet& areas, const std::vector<std::string>& columns,
                            std::unique_ptr<QgsFeatureRenderer> renderer, const QVariantMap& parameters,
                            QgsProcessingContext& context, QgsProcessingFeedback* feedback,
                            core::Feedback& coreFeedback);

    /// Dutch when QGIS runs in Dutch, English otherwise.
    static bool dutch();

private:
    const core::AlgorithmDeclaration* mDeclaration;
};

} // namespace bib::qgis
