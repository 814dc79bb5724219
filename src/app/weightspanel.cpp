// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightspanel.h"

#include "weightcommands.h"
#include "weightingsession.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bib::app {

namespace {

constexpr double kMaximumWeight = 1000.0;

QString normalisationName(const core::Normalisation& normalisation)
{
    const QLocale locale;
    switch (normalisation.kind) {
    case core::NormalisationKind::ZScore:
        return WeightsPanel::tr("z-score");
    case core::NormalisationKind::MinMax:
        return WeightsPanel::tr("min–max (0–1)");
    case core::NormalisationKind::Rank:
        return WeightsPanel::tr("rank");
    case core::NormalisationKind::Percentile:
        return WeightsPanel::tr("percentile");
    case core::NormalisationKind::Goalposts:
        return WeightsPanel::tr("goalposts %1–%2")
            .arg(locale.toString(normalisation.low, 'g', 6), locale.toString(normalisation.high, 'g', 6));
    case core::NormalisationKind::Threshold:
        return WeightsPanel::tr("threshold %1").arg(locale.toString(normalisation.low, 'g', 6));
    }
    return {};
}

bool sameNormalisation(const core::Normalisation& a, const core::Normalisation& b)
{
    return a.kind == b.kind && a.low == b.low && a.high == b.high;
}

QString indicatorLabel(const core::IndicatorSpec& spec)
{
    return QString::fromStdString(spec.label.empty() ? spec.field : spec.label);
}

QString directionTip(core::Direction direction)
{
    return direction == core::Direction::Positive
               ? WeightsPanel::tr("A higher value means more attention is needed. Click to reverse.")
               : WeightsPanel::tr("A higher value means less attention is needed. Click to reverse.");
}

} // namespace

WeightsPanel::WeightsPanel(WeightingSession* session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), mSession(session), mUndoStack(undoStack)
{
    mLayout = new QVBoxLayout(this);
    mLayout->setContentsMargins(6, 6, 6, 6);
    mFooter = new QWidget;
    auto* footer = new QHBoxLayout(mFooter);
    footer->setContentsMargins(0, 0, 0, 0);
    // Every change of a setting ends in a new index; one sync then shows both.
    connect(mSession, &WeightingSession::indexChanged, this, &WeightsPanel::sync);
    rebuild(tr("Open a recipe to weight its indicators."));
}

void WeightsPanel::setFooterActions(const QList<QAction*>& actions)
{
    auto* footer = static_cast<QHBoxLayout*>(mFooter->layout());
    for (QAction* action : actions) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        footer->addWidget(button);
    }
    footer->addStretch();
}

void WeightsPanel::rebuild(const QString& message)
{
    mIndicators.clear();
    mDomains.clear();
    mAggregation = nullptr;
    mMissingRule = nullptr;
    mTitle = mSummary = mProblem = nullptr;
    if (mContent) {
        mLayout->removeWidget(mContent);
        delete mContent;
    }
    mContent = new QWidget;
    auto* content = new QVBoxLayout(mContent);
    content->setContentsMargins(0, 0, 0, 0);
    mLayout->insertWidget(0, mContent, 1);
    mLayout->addWidget(mFooter);
    if (!mSession->active()) {
        auto* hint = new QLabel(message);
        hint->setObjectName(QStringLiteral("weightsHint"));
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        hint->setForegroundRole(QPalette::PlaceholderText);
        content->addWidget(hint, 1);
        mFooter->setVisible(false);
        return;
    }
    mFooter->setVisible(true);
    const core::Recipe& recipe = mSession->recipe();
    double largest = 0.0;
    for (const auto& spec : recipe.indicators)
        largest = std::max(largest, spec.weight);
    for (const auto& domain : recipe.domains)
        largest = std::max(largest, domain.weight);
    mSliderMaximum = static_cast<int>(std::ceil(std::max(5.0, 2.0 * largest))) * SliderScale;

    content->addWidget(createSettingsBox());
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* groups = new QWidget;
    auto* groupLayout = new QVBoxLayout(groups);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    const std::size_t domainCount = std::max<std::size_t>(recipe.domains.size(), 1);
    mIndicators.resize(recipe.indicators.size());
    mDomains.resize(recipe.domains.size());
    for (std::size_t d = 0; d < domainCount; ++d) {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < recipe.indicators.size(); ++i)
            if (recipe.domains.empty() || recipe.indicators[i].domain == recipe.domains[d].name)
                members.push_back(i);
        groupLayout->addWidget(createDomainBox(d, members));
    }
    groupLayout->addStretch();
    scroll->setWidget(groups);
    content->addWidget(scroll, 1);
    sync();
}

QWidget* WeightsPanel::createSettingsBox()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);
    mTitle = new QLabel(QString::fromStdString(mSession->recipe().name));
    mTitle->setWordWrap(true);
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    layout->addWidget(mTitle);
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("weightsSummary"));
    mSummary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(mSummary);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mAggregation = new QComboBox;
    mAggregation->setObjectName(QStringLiteral("aggregationBox"));
    mAggregation->addItem(tr("Arithmetic mean"), static_cast<int>(core::Aggregation::Arithmetic));
    mAggregation->addItem(tr("Geometric mean"), static_cast<int>(core::Aggregation::Geometric));
    mAggregation->setToolTip(tr("How the normalised indicators and the domain scores are combined"));
    form->addRow(tr("Aggregation"), mAggregation);
    mMissingRule = new QComboBox;
    mMissingRule->setObjectName(QStringLiteral("missingRuleBox"));
    mMissingRule->addItem(tr("No index for the area"), static_cast<int>(core::MissingRule::Exclude));
    mMissingRule->addItem(tr("Fill in the mean"), static_cast<int>(core::MissingRule::Mean));
    mMissingRule->addItem(tr("Fill in the median"), static_cast<int>(core::MissingRule::Median));
    mMissingRule->addItem(tr("Reweight the indicators present"),
                          static_cast<int>(core::MissingRule::Reweight));
    mMissingRule->setToolTip(tr("What happens when an area lacks a value of an indicator. Reweighting needs "
                                "the indicators present to carry at least two thirds of the weight."));
    form->addRow(tr("Missing data"), mMissingRule);
    layout->addLayout(form);
    connect(mAggregation, &QComboBox::activated, this, [this](int item) {
        const auto aggregation = static_cast<core::Aggregation>(mAggregation->itemData(item).toInt());
        if (aggregation != mSession->recipe().aggregation)
            mUndoStack->push(new ChangeAggregation(mSession, aggregation));
    });
    connect(mMissingRule, &QComboBox::activated, this, [this](int item) {
        const auto rule = static_cast<core::MissingRule>(mMissingRule->itemData(item).toInt());
        if (rule != mSession->recipe().missing)
            mUndoStack->push(new ChangeMissingRule(mSession, rule));
    });

    mProblem = new QLabel;
    mProblem->setObjectName(QStringLiteral("weightsProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid "
                                           "#f5c2bd; border-radius: 3px; padding: 4px; }"));
    mProblem->hide();
    layout->addWidget(mProblem);
    return box;
}

QWidget* WeightsPanel::createDomainBox(std::size_t domain, const std::vector<std::size_t>& indicators)
{
    const core::Recipe& recipe = mSession->recipe();
    auto* box = new QGroupBox(recipe.domains.empty() ? tr("Indicators")
                                                     : QString::fromStdString(recipe.domains[domain].name));
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int line = 0;
    if (!recipe.domains.empty()) {
        WeightControl control = createWeightControl([this, domain](double weight, int gesture) {
            mUndoStack->push(new ChangeDomainWeight(mSession, domain, weight, gesture));
        });
        control.slider->setObjectName(QStringLiteral("domainSlider:%1").arg(domain));
        control.slider->setToolTip(tr("Weight of the domain in the index"));
        auto* label = new QLabel(tr("Domain weight"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, line, 0, 1, 2);
        grid->addWidget(control.share, line, 3);
        ++line;
        grid->addWidget(control.slider, line, 0, 1, 2);
        grid->addWidget(control.spinBox, line, 2, Qt::AlignRight);
        ++line;
        auto* rule = new QFrame;
        rule->setFrameShape(QFrame::HLine);
        rule->setFrameShadow(QFrame::Sunken);
        grid->addWidget(rule, line++, 0, 1, 4);
        mDomains[domain] = control;
    }
    for (std::size_t i : indicators) {
        addIndicatorRow(grid, line, i);
        line += 2;
    }
    return box;
}

void WeightsPanel::addIndicatorRow(QGridLayout* grid, int line, std::size_t indicator)
{
    const core::IndicatorSpec& spec = mSession->recipe().indicators[indicator];
    const QString field = QString::fromStdString(spec.field);
    IndicatorRow& row = mIndicators[indicator];
    row.weight = createWeightControl([this, indicator](double weight, int gesture) {
        mUndoStack->push(new ChangeIndicatorWeight(mSession, indicator, weight, gesture));
    });
    row.weight.slider->setObjectName(QStringLiteral("weightSlider:") + field);
    row.weight.spinBox->setObjectName(QStringLiteral("weightSpinBox:") + field);

    row.direction = new QToolButton;
    row.direction->setObjectName(QStringLiteral("direction:") + field);
    row.direction->setAutoRaise(true);
    connect(row.direction, &QToolButton::clicked, this, [this, indicator] {
        const core::Direction now = mSession->recipe().indicators[indicator].direction;
        mUndoStack->push(new ChangeIndicatorDirection(
            mSession, indicator,
            now == core::Direction::Positive ? core::Direction::Negative : core::Direction::Positive));
    });

    auto* label = new QLabel(indicatorLabel(spec));
    QStringList tip{tr("Field: %1").arg(field)};
    if (!spec.unit.empty())
        tip << tr("Unit: %1").arg(QString::fromStdString(spec.unit));
    if (spec.transform.kind != core::TransformKind::None)
        tip << tr("Transform: %1").arg(QString::fromStdString(core::toString(spec.transform)));
    label->setToolTip(tip.join(QLatin1Char('\n')));

    row.normalisation = new QComboBox;
    row.normalisation->setObjectName(QStringLiteral("normalisation:") + field);
    row.normalisation->setToolTip(tr("How the values are put on one scale before weighting"));
    row.normalisation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row.normalisation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    fillNormalisations(row, spec, indicator);

    grid->addWidget(row.direction, line, 0);
    grid->addWidget(label, line, 1);
    grid->addWidget(row.normalisation, line, 2, Qt::AlignRight);
    grid->addWidget(row.weight.share, line, 3);
    grid->addWidget(row.weight.slider, line + 1, 0, 1, 2);
    grid->addWidget(row.weight.spinBox, line + 1, 2, Qt::AlignRight);
}

void WeightsPanel::fillNormalisations(IndicatorRow& row, const core::IndicatorSpec& spec,
                                      std::size_t indicator)
{
    row.normalisations = {{core::NormalisationKind::ZScore, 0.0, 1.0},
                          {core::NormalisationKind::MinMax, 0.0, 1.0},
                          {core::NormalisationKind::Rank, 0.0, 1.0},
                          {core::NormalisationKind::Percentile, 0.0, 1.0}};
    // Goalposts and thresholds need their numbers: offered as the recipe has them.
    for (const core::Normalisation& own :
         {spec.normalisation, mSession->baseline().indicators[indicator].normalisation}) {
        const bool known = std::any_of(row.normalisations.begin(), row.normalisations.end(),
                                       [&](const auto& n) { return n.kind == own.kind; });
        if (!known)
            row.normalisations.push_back(own);
    }
    for (const core::Normalisation& normalisation : row.normalisations)
        row.normalisation->addItem(normalisationName(normalisation));
    connect(row.normalisation, &QComboBox::activated, this, [this, indicator](int item) {
        const core::Normalisation& chosen =
            mIndicators[indicator].normalisations.at(static_cast<std::size_t>(item));
        if (!sameNormalisation(chosen, mSession->recipe().indicators[indicator].normalisation))
            mUndoStack->push(new ChangeIndicatorNormalisation(mSession, indicator, chosen));
    });
}

WeightsPanel::WeightControl WeightsPanel::createWeightControl(const std::function<void(double, int)>& changed)
{
    WeightControl control;
    control.slider = new QSlider(Qt::Horizontal);
    control.slider->setRange(0, mSliderMaximum);
    control.slider->setPageStep(SliderScale / 4);
    control.slider->setSingleStep(SliderScale / 20);
    control.spinBox = new QDoubleSpinBox;
    control.spinBox->setRange(0.0, kMaximumWeight);
    control.spinBox->setDecimals(2);
    control.spinBox->setSingleStep(0.1);
    control.spinBox->setKeyboardTracking(false);
    control.spinBox->setAccelerated(true);
    control.spinBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    control.spinBox->setFixedWidth(
        control.spinBox->fontMetrics().horizontalAdvance(QStringLiteral("000,00")) + 40);
    control.spinBox->setToolTip(tr("Weight (0 leaves the indicator out)"));
    control.share = new QLabel;
    control.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    control.share->setMinimumWidth(control.share->fontMetrics().horizontalAdvance(QStringLiteral("100%")) +
                                   4);
    control.share->setToolTip(tr("Share in the index: the domain's share times the share within the domain"));

    QSlider* slider = control.slider;
    connect(slider, &QSlider::sliderPressed, this, [this] { mActiveGesture = ++mGestures; });
    connect(slider, &QSlider::sliderReleased, this, [this] { mActiveGesture = 0; });
    connect(slider, &QSlider::valueChanged, this, [this, slider, changed](int value) {
        if (!mSyncing)
            changed(static_cast<double>(value) / SliderScale, slider->isSliderDown() ? mActiveGesture : 0);
    });
    connect(control.spinBox, &QDoubleSpinBox::valueChanged, this, [this, changed](double value) {
        if (!mSyncing)
            changed(value, 0);
    });
    return control;
}

void WeightsPanel::setWeight(const WeightControl& control, double weight, double share, bool leftOut)
{
    control.slider->setValue(static_cast<int>(std::lround(weight * SliderScale)));
    control.spinBox->setValue(weight);
    control.share->setText(leftOut ? QStringLiteral("\u2014")
                                   : tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 0)));
}

void WeightsPanel::sync()
{
    if (!mSession->active() || !mAggregation)
        return;
    mSyncing = true;
    const core::Recipe& recipe = mSession->recipe();
    const core::PreparedIndex& prepared = mSession->prepared();
    const std::vector<double> shares = mSession->shares();
    std::vector<double> domainShares(mDomains.size(), 0.0);
    for (std::size_t i = 0; i < mIndicators.size(); ++i) {
        IndicatorRow& row = mIndicators[i];
        const core::IndicatorSpec& spec = recipe.indicators[i];
        const bool leftOut = i < prepared.indicators.size() && prepared.indicators[i].leftOut;
        if (!mDomains.empty() && i < prepared.indicators.size())
            domainShares[prepared.indicators[i].domain] += shares[i];
        setWeight(row.weight, spec.weight, shares[i], leftOut);
        row.direction->setArrowType(spec.direction == core::Direction::Positive ? Qt::UpArrow
                                                                                : Qt::DownArrow);
        row.direction->setToolTip(directionTip(spec.direction));
        for (std::size_t k = 0; k < row.normalisations.size(); ++k)
            if (sameNormalisation(row.normalisations[k], spec.normalisation))
                row.normalisation->setCurrentIndex(static_cast<int>(k));
        for (QWidget* widget : std::initializer_list<QWidget*>{row.weight.slider, row.weight.spinBox,
                                                               row.direction, row.normalisation})
            widget->setEnabled(!leftOut);
        if (leftOut)
            row.weight.slider->setToolTip(
                tr("Left out: %1").arg(QString::fromStdString(prepared.indicators[i].leftOutReason)));
    }
    for (std::size_t d = 0; d < mDomains.size(); ++d)
        setWeight(mDomains[d], recipe.domains[d].weight, domainShares[d], false);
    mAggregation->setCurrentIndex(mAggregation->findData(static_cast<int>(recipe.aggregation)));
    mMissingRule->setCurrentIndex(mMissingRule->findData(static_cast<int>(recipe.missing)));
    mSummary->setText(tr("%1 of %2 areas have an index")
                          .arg(static_cast<qulonglong>(mSession->withIndex()))
                          .arg(static_cast<qulonglong>(prepared.areaCount)));
    mProblem->setText(mSession->problem());
    mProblem->setVisible(!mSession->problem().isEmpty());
    mSyncing = false;
}

QSlider* WeightsPanel::weightSlider(std::size_t indicator) const
{
    return indicator < mIndicators.size() ? mIndicators[indicator].weight.slider : nullptr;
}

QDoubleSpinBox* WeightsPanel::weightSpinBox(std::size_t indicator) const
{
    return indicator < mIndicators.size() ? mIndicators[indicator].weight.spinBox : nullptr;
}

QToolButton* WeightsPanel::directionButton(std::size_t indicator) const
{
    return indicator < mIndicators.size() ? mIndicators[indicator].direction : nullptr;
}

QComboBox* WeightsPanel::normalisationBox(std::size_t indicator) const
{
    return indicator < mIndicators.size() ? mIndicators[indicator].normalisation : nullptr;
}

QSlider* WeightsPanel::domainSlider(std::size_t domain) const
{
    return domain < mDomains.size() ? mDomains[domain].slider : nullptr;
}

} // namespace bib::app
