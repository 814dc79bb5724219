// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spatialanalysis.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace bib::app {

/// Asks how to run one spatial statistic on a column: weights (queen, rook, k nearest with k,
/// distance band with metres), style W/B, permutations, alpha, FDR and seed. Alpha and FDR are
/// hidden for the global statistic.
class AnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    AnalysisDialog(AnalysisKind kind, const QString& field, const AnalysisSettings& initial,
                   QWidget* parent = nullptr);

    /// The settings as the dialog shows them now.
    AnalysisSettings settings() const;

private:
    void updateEnabled();

    AnalysisSettings mInitial;
    QComboBox* mWeights = nullptr;
    QSpinBox* mNeighbours = nullptr;
    QDoubleSpinBox* mDistance = nullptr;
    QComboBox* mStyle = nullptr;
    QSpinBox* mPermutations = nullptr;
    QDoubleSpinBox* mAlpha = nullptr;
    QCheckBox* mFalseDiscoveryRate = nullptr;
    QLineEdit* mSeed = nullptr;
};

} // namespace bib::app
