// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QSlider;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace bib::app {

class WeightingSession;

/// The weights panel ("Weging"): per domain and per indicator a slider with a spin box and the
/// share in the index, per indicator a direction toggle and the normalisation; the aggregation
/// and the missing-data rule. Every user change is pushed as one command (weightcommands.h) on the
/// undo stack; a slider drag is one command. The panel shows the session's settings and follows
/// them (undo, redo, reset) without pushing anything itself.
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    WeightsPanel(WeightingSession* session, QUndoStack* undoStack, QWidget* parent = nullptr);

    /// Builds the controls for the session's recipe, or shows `message` when the session is not
    /// active (no recipe, or weighting is not possible for it).
    void rebuild(const QString& message = {});
    /// Tool buttons for these actions under the controls (undo, redo, reset).
    void setFooterActions(const QList<QAction*>& actions);

    QSlider* weightSlider(std::size_t indicator) const;
    QDoubleSpinBox* weightSpinBox(std::size_t indicator) const;
    QToolButton* directionButton(std::size_t indicator) const;
    QComboBox* normalisationBox(std::size_t indicator) const;
    QSlider* domainSlider(std::size_t domain) const;
    QComboBox* aggregationBox() const { return mAggregation; }
    QComboBox* missingRuleBox() const { return mMissingRule; }

    /// Slider positions per weight unit: a slider step is 0.01.
    static constexpr int SliderScale = 100;

private:
    struct WeightControl
    {
        QSlider* slider = nullptr;
        QDoubleSpinBox* spinBox = nullptr;
        QLabel* share = nullptr;
    };
    struct IndicatorRow
    {
        WeightControl weight;
        QToolButton* direction = nullptr;
        QComboBox* normalisation = nullptr;
        std::vector<core::Normalisation> normalisations; ///< one per combo entry
    };

    QWidget* createSettingsBox();
    QWidget* createDomainBox(std::size_t domain, const std::vector<std::size_t>& indicators);
    void addIndicatorRow(QGridLayout* grid, int line, std::size_t indicator);
    /// A slider and spin box that report a user change as (weight, gesture).
    WeightControl createWeightControl(const std::function<void(double, int)>& changed);
    void fillNormalisations(IndicatorRow& row, const core::IndicatorSpec& spec, std::size_t indicator);
    /// Shows the session's settings, shares and problem in the controls.
    void sync();
    void setWeight(const WeightControl& control, double weight, double share, bool leftOut);

    WeightingSession* mSession = nullptr;
    QUndoStack* mUndoStack = nullptr;
    QVBoxLayout* mLayout = nullptr;
    QWidget* mContent = nullptr;
    QLabel* mTitle = nullptr;
    QLabel* mSummary = nullptr;
    QLabel* mProblem = nullptr;
    QComboBox* mAggregation = nullptr;
    QComboBox* mMissingRule = nullptr;
    QWidget* mFooter = nullptr;
    std::vector<IndicatorRow> mIndicators;
    std::vector<WeightControl> mDomains;
    int mSliderMaximum = 5 * SliderScale;
    int mGestures = 0;
    int mActiveGesture = 0;
    bool mSyncing = false;
};

} // namespace bib::app
