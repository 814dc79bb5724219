// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "util/error.h"

#include <QCoreApplication>

namespace bib::app {

namespace fs = std::filesystem;

namespace {

const char* const kDemoAreas = "voorbeeldstad.gpkg";
const char* const kDemoTable = "indicatoren.csv";
const char* const kDemoRecipe = "voorbeeldstad.bib.json";

} // namespace

std::vector<fs::path> demoFolderCandidates()
{
    std::vector<fs::path> candidates;
    if (const QString fromEnvironment = qEnvironmentVariable("BIB_DEMO_DIR"); !fromEnvironment.isEmpty())
        candidates.emplace_back(fromEnvironment.toStdString());
    if (QCoreApplication::instance()) {
        const fs::path binary = QCoreApplication::applicationDirPath().toStdString();
        candidates.push_back(binary / "data" / "demo");
        candidates.push_back(
            (binary / ".." / BIB_INSTALL_DATA_DIR / "buurtinbeeld" / "demo").lexically_normal());
    }
    candidates.emplace_back(BIB_SOURCE_DEMO_DIR);
    return candidates;
}

fs::path findDemoFolder()
{
    std::string looked;
    for (const fs::path& folder : demoFolderCandidates()) {
        std::error_code error;
        if (fs::is_regular_file(folder / kDemoAreas, error))
            return folder;
        looked += "\n  " + folder.string();
    }
    throw core::InputError(std::string("the demo data (") + kDemoAreas +
                           ") was not found; set BIB_DEMO_DIR to its folder. Looked in:" + looked);
}

LoadRequest demoRequest(const fs::path& folder)
{
    LoadRequest request;
    request.areas.path = (folder / kDemoAreas).string();
    request.areas.layer = "buurten";
    request.areas.idField = "bu_code";
    request.areas.nameField = "bu_naam";
    request.table = TableSource{(folder / kDemoTable).string(), "bu_code"};
    request.synthetic = true;
    // The demo opens on its recipe's composite index when the recipe is there.
    std::error_code error;
    if (fs::is_regular_file(folder / kDemoRecipe, error))
        request.recipePath = (folder / kDemoRecipe).string();
    return request;
}

} // namespace bib::app
