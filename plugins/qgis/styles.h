// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "algorithms/resultstyles.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

class QgsFeatureRenderer;
class QgsProcessingContext;
class QgsProcessingFeedback;

namespace bib::qgis {

/// A categorised fill of a text field with the core's category colours (LISA, Gi*), labels in
/// Dutch or English.
std::unique_ptr<QgsFeatureRenderer>
categoryRenderer(const QString& field, const std::vector<core::CategoryStyle>& categories, bool dutch);

/// The renderer of a QML document written by the core (io/stylewriter.h); throws
/// core::InternalError when QGIS cannot read it.
std::unique_ptr<QgsFeatureRenderer> rendererFromQml(const std::string& qml);

/// Gives the result layer `destination` its style: on the layer QGIS loads into the project when the
/// run ends (a post-processor), and, for a GeoPackage file, as its default style in layer_styles.
/// A failure to store the style is a warning, never an error: the data are written.
void applyStyle(const QString& destination, const QgsFeatureRenderer& renderer, const QString& styleName,
                QgsProcessingContext& context, QgsProcessingFeedback* feedback);

} // namespace bib::qgis
