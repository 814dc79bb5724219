// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "declaredalgorithm.h"

#include <memory>
#include <vector>

namespace bib::qgis {

/// One instance of every algorithm of the provider, in the order of the core's declarations.
std::vector<std::unique_ptr<QgsProcessingAlgorithm>> createAlgorithms();

} // namespace bib::qgis
