// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bib::app {

AnalysisDialog::AnalysisDialog(AnalysisKind kind, const QString& field, const AnalysisSettings& initial,
                               QWidget* parent)
    : QDialog(parent), mInitial(initial)
{
    setWindowTitle(SpatialAnalysis::title(kind));
    auto* intro =
        new QLabel(tr("Analyses <b>%1</b>. Areas without a value are left out.").arg(field.toHtmlEscaped()));
    intro->setWordWrap(true);

    mWeights = new QComboBox;
    mWeights->addItem(tr("Queen (shared border or corner)"), static_cast<int>(core::WeightsMethod::Queen));
    mWeights->addItem(tr("Rook (shared border)"), static_cast<int>(core::WeightsMethod::Rook));
    mWeights->addItem(tr("K nearest neighbours"), static_cast<int>(core::WeightsMethod::NearestNeighbours));
    mWeights->addItem(tr("Distance band"), static_cast<int>(core::WeightsMethod::DistanceBand));
    mWeights->setCurrentIndex(std::max(0, mWeights->findData(static_cast<int>(initial.weights.method))));
    mNeighbours = new QSpinBox;
    mNeighbours->setRange(1, 50);
    mNeighbours->setValue(static_cast<int>(std::max<std::size_t>(initial.weights.k, 1)));
    mDistance = new QDoubleSpinBox;
    mDistance->setRange(1.0, 100000.0);
    mDistance->setDecimals(0);
    mDistance->setSingleStep(100.0);
    mDistance->setSuffix(tr(" m"));
    mDistance->setValue(initial.weights.distance > 0 ? initial.weights.distance : 1000.0);
    mStyle = new QComboBox;
    mStyle->addItem(tr("W: row-standardised"), static_cast<int>(core::WeightStyle::RowStandardised));
    mStyle->addItem(tr("B: binary"), static_cast<int>(core::WeightStyle::Binary));
    mStyle->setCurrentIndex(std::max(0, mStyle->findData(static_cast<int>(initial.weights.style))));

    mPermutations = new QSpinBox;
    mPermutations->setRange(0, 99999);
    mPermutations->setValue(static_cast<int>(initial.permutations));
    mPermutations->setToolTip(tr("0: p-values from the normal approximation only"));
    mAlpha = new QDoubleSpinBox;
    mAlpha->setRange(0.0001, 0.5);
    mAlpha->setDecimals(4);
    mAlpha->setSingleStep(0.01);
    mAlpha->setValue(initial.alpha);
    mFalseDiscoveryRate = new QCheckBox(tr("Correct for multiple testing (false discovery rate)"));
    mFalseDiscoveryRate->setChecked(initial.falseDiscoveryRate);
    mSeed = new QLineEdit(QString::number(initial.seed));
    mSeed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), mSeed));
    mSeed->setToolTip(tr("The same seed gives the same p-values"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Neighbours:"), mWeights);
    form->addRow(tr("&Number of neighbours (k):"), mNeighbours);
    form->addRow(tr("&Distance:"), mDistance);
    form->addRow(tr("Weight &style:"), mStyle);
    form->addRow(tr("&Permutations:"), mPermutations);
    form->addRow(tr("&Significance level (alpha):"), mAlpha);
    form->addRow(QString(), mFalseDiscoveryRate);
    form->addRow(tr("S&eed:"), mSeed);
    const bool local = kind != AnalysisKind::GlobalMoran;
    form->setRowVisible(mAlpha, local);
    form->setRowVisible(mFalseDiscoveryRate, local);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mWeights, &QComboBox::currentIndexChanged, this, &AnalysisDialog::updateEnabled);
    connect(mSeed, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(mSeed->hasAcceptableInput());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEnabled();
}

void AnalysisDialog::updateEnabled()
{
    const auto method = static_cast<core::WeightsMethod>(mWeights->currentData().toInt());
    mNeighbours->setEnabled(method == core::WeightsMethod::NearestNeighbours);
    mDistance->setEnabled(method == core::WeightsMethod::DistanceBand);
}

AnalysisSettings AnalysisDialog::settings() const
{
    AnalysisSettings settings = mInitial;
    settings.weights.method = static_cast<core::WeightsMethod>(mWeights->currentData().toInt());
    settings.weights.k = static_cast<std::size_t>(mNeighbours->value());
    settings.weights.distance = mDistance->value();
    settings.weights.style = static_cast<core::WeightStyle>(mStyle->currentData().toInt());
    settings.permutations = static_cast<std::size_t>(mPermutations->value());
    settings.alpha = mAlpha->value();
    settings.falseDiscoveryRate = mFalseDiscoveryRate->isChecked();
    bool ok = false;
    const qulonglong seed = mSeed->text().toULongLong(&ok);
    if (ok)
        settings.seed = seed;
    return settings;
}

} // namespace bib::app
