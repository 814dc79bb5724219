// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoevents.h"
#include "demo/demoindicators.h"
#include "demo/demomessages.h"
#include "demo/demotown.h"
#include "util/feedback.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace bib::core {

/// What the demo data set "Voorbeeldstad" is made from. The same options give the same bytes in
/// every CSV and README, and the same features in the GeoPackage.
struct DemoOptions
{
    std::uint64_t seed = 20261127; ///< the one recorded seed; every random stream derives from it
    int buurten = 120;             ///< 20–400
    int wijken = 12;               ///< 2–30, at most one per 40 buurten on average
};

/// The whole synthetic data set in memory, with the file texts as they are written.
struct DemoData
{
    DemoOptions options;
    demo::DemoTown town;
    demo::DemoIndicators indicators;
    std::vector<demo::Melding> meldingen;
    demo::WeeklyMessages messages;
    std::string indicatorCsv; ///< indicatoren.csv
    std::string meldingenCsv; ///< meldingen.csv
    std::string messagesCsv;  ///< berichten_week.csv
    std::string readme;       ///< README.md
    std::string recipe; ///< voorbeeldstad.bib.json: a youth-needs index over indicatoren.csv
};

/// File names inside the demo folder.
inline constexpr const char* demoGeoPackageName = "voorbeeldstad.gpkg";
inline constexpr const char* demoIndicatorName = "indicatoren.csv";
inline constexpr const char* demoMeldingenName = "meldingen.csv";
inline constexpr const char* demoMessagesName = "berichten_week.csv";
inline constexpr const char* demoReadmeName = "README.md";
inline constexpr const char* demoRecipeName = "voorbeeldstad.bib.json";

/// Generates the synthetic town, its indicators, reports and message counts. Single-threaded;
/// about a second. Throws InputError for counts out of range, CancelledError when cancelled.
DemoData generateDemoData(const DemoOptions& options, Feedback& feedback);

struct DemoWriteResult
{
    DemoData data;
    std::vector<std::filesystem::path> files; ///< in the order written
};

/// Generates the data and writes voorbeeldstad.gpkg (layers buurten and wijken, EPSG:28992),
/// indicatoren.csv, meldingen.csv, berichten_week.csv and README.md into `folder`, creating the
/// folder when needed. Every file is replaced atomically; other files in the folder are left alone.
DemoWriteResult writeDemoData(const std::filesystem::path& folder, const DemoOptions& options,
                              Feedback& feedback);

/// The demo recipe: a youth-needs index of Voorbeeldstad over indicatoren.csv (paths relative).
std::string demoRecipe();

/// The README.md of the folder: SYNTHETIC, how it was made, the files and columns, the burst.
std::string demoReadme(const DemoData& data);

} // namespace bib::core
