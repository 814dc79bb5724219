// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatial/moran.h"
#include "spatial/weightsbuilder.h"
#include "util/feedback.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bib::app {

/// The hot-spot statistics the Analysis menu offers.
enum class AnalysisKind
{
    LocalMoran,  ///< LISA: columns lisa_I, lisa_z, lisa_p, lisa_cluster (HH/LL/HL/LH/ns)
    GetisOrd,    ///< Gi*: columns gistar_z, gistar_p, gistar_class (hot/cold/ns)
    GlobalMoran, ///< one number for the whole map; no columns
};

/// What the analysis dialog asks: the same choices as the CLI's `--weights --style
/// --permutations --seed --alpha --fdr`.
struct AnalysisSettings
{
    core::WeightsOptions weights; ///< queen, rook, k nearest (k) or distance band (metres); style W/B
    std::size_t permutations = 999;
    std::uint64_t seed = 12345;
    double alpha = 0.05;
    bool falseDiscoveryRate = false; ///< Benjamini–Hochberg over all analysed areas
};

/// What a run produced. For the local statistics `areas` is a copy of the input areas with the
/// result columns added (one value per area; areas left out get NaN and an empty class).
struct AnalysisOutcome
{
    AnalysisKind kind = AnalysisKind::LocalMoran;
    std::string field;
    AnalysisSettings settings;
    std::shared_ptr<core::AreaSet> areas; ///< local statistics only
    std::string classColumn;              ///< "lisa_cluster" or "gistar_class"; empty for global
    std::optional<core::GlobalMoranResult> global;
    std::size_t analysed = 0;
    std::vector<std::string> leftOut; ///< ids without a value of `field`
    std::vector<std::string> islands; ///< ids without neighbours among the analysed areas
    std::string weightsDescription;
};

/// Runs the core's spatial statistics for the workstation, exactly as `bib lisa`, `bib gistar` and
/// `bib moran` do: buildWeights() → completeCases() (areas with a missing value left out, the
/// neighbours recomputed) → localMoran() / localG() / globalMoran().
class SpatialAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::SpatialAnalysis)

public:
    /// Defaults of the dialog: queen, W, 999 permutations, alpha 0.05, no FDR, and the seed of the
    /// workspace's recipe (12345 without one).
    static AnalysisSettings defaultSettings(const Workspace& workspace);

    /// Runs `kind` on numeric column `field` of `areas`. Reads `areas` only (safe on a worker while
    /// the GUI paints them); the result columns go onto a copy. Throws core::InputError for an
    /// unknown column or fewer than 3 (global: 4) areas with a value, CancelledError when cancelled.
    static AnalysisOutcome run(AnalysisKind kind, const core::AreaSet& areas, const std::string& field,
                               const AnalysisSettings& settings, core::Feedback& feedback);

    /// The workspace with the outcome's areas, mapping its class column, with a note on how the
    /// columns were made (for the map's footer). For the global statistic: the workspace as it is.
    static Workspace withOutcome(const Workspace& workspace, const AnalysisOutcome& outcome);

    /// The numeric column an analysis of what the map shows uses: `column` itself when numeric,
    /// else the field a result column was computed from (its provenance); empty when there is none.
    static std::string analysedField(const core::AreaSet& areas, const std::string& column);

    /// "Moran's I = 0,412 (z = 9,8; p = 0,001; 999 permutations)" in `locale`'s decimal sign.
    static QString globalSummary(const AnalysisOutcome& outcome, const QLocale& locale = QLocale());
    /// One line on the outcome: "LISA of x: 12 HH, 9 LL, 1 HL, 0 LH, 92 ns; 2 areas left out".
    static QString localSummary(const AnalysisOutcome& outcome);
    /// How the result was made, for the footer: "Local Moran (LISA), queen, W, 999 permutations,
    /// seed 12345, α = 0,05".
    static QString methodNote(const AnalysisOutcome& outcome, const QLocale& locale = QLocale());
    /// The menu's and the dialog's name of a statistic.
    static QString title(AnalysisKind kind);
    /// The legend heading of a class column ("LISA clusters", "Hot and cold spots (Gi*)"); empty
    /// for other columns.
    static QString legendHeading(const std::string& column);
};

} // namespace bib::app
