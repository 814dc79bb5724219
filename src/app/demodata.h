// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace.h"

#include <filesystem>
#include <vector>

namespace bib::app {

/// Places to look for the bundled demo data, in order: $BIB_DEMO_DIR; next to the executable
/// (<bin>/data/demo, a portable folder); the installed layout (<bin>/../share/buurtinbeeld/demo);
/// the source tree (compile definition). Needs a QCoreApplication for the executable's folder.
std::vector<std::filesystem::path> demoFolderCandidates();

/// The first candidate that holds the demo's GeoPackage. Throws core::InputError naming every
/// place it looked when there is none.
std::filesystem::path findDemoFolder();

/// The demo in `folder`: its recipe voorbeeldstad.bib.json (the composite index over
/// indicatoren.csv), or, without the recipe, voorbeeldstad.gpkg layer buurten (id bu_code, name
/// bu_naam) joined with indicatoren.csv on bu_code.
LoadRequest demoRequest(const std::filesystem::path& folder);

} // namespace bib::app
