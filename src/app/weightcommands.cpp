// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightcommands.h"

#include "weightingsession.h"

namespace bib::app {

namespace {

QString labelOf(const WeightingSession* session, std::size_t indicator)
{
    const core::IndicatorSpec& spec = session->recipe().indicators.at(indicator);
    return QString::fromStdString(spec.label.empty() ? spec.field : spec.label);
}

} // namespace

ChangeIndicatorWeight::ChangeIndicatorWeight(WeightingSession* session, std::size_t indicator, double weight,
                                             int gesture)
    : mSession(session), mIndicator(indicator), mBefore(session->recipe().indicators.at(indicator).weight),
      mAfter(weight), mGesture(gesture)
{
    setText(tr("weight of %1").arg(labelOf(session, indicator)));
}

void ChangeIndicatorWeight::redo()
{
    mSession->setIndicatorWeight(mIndicator, mAfter);
}

void ChangeIndicatorWeight::undo()
{
    mSession->setIndicatorWeight(mIndicator, mBefore);
}

bool ChangeIndicatorWeight::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeIndicatorWeight*>(other);
    if (mGesture == 0 || next->mGesture != mGesture || next->mIndicator != mIndicator)
        return false;
    mAfter = next->mAfter;
    setObsolete(mAfter == mBefore);
    return true;
}

ChangeDomainWeight::ChangeDomainWeight(WeightingSession* session, std::size_t domain, double weight,
                                       int gesture)
    : mSession(session), mDomain(domain), mBefore(session->recipe().domains.at(domain).weight),
      mAfter(weight), mGesture(gesture)
{
    setText(tr("weight of domain %1").arg(QString::fromStdString(session->recipe().domains.at(domain).name)));
}

void ChangeDomainWeight::redo()
{
    mSession->setDomainWeight(mDomain, mAfter);
}

void ChangeDomainWeight::undo()
{
    mSession->setDomainWeight(mDomain, mBefore);
}

bool ChangeDomainWeight::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeDomainWeight*>(other);
    if (mGesture == 0 || next->mGesture != mGesture || next->mDomain != mDomain)
        return false;
    mAfter = next->mAfter;
    setObsolete(mAfter == mBefore);
    return true;
}

ChangeIndicatorDirection::ChangeIndicatorDirection(WeightingSession* session, std::size_t indicator,
                                                   core::Direction direction)
    : mSession(session), mIndicator(indicator), mBefore(session->recipe().indicators.at(indicator).direction),
      mAfter(direction)
{
    setText(tr("direction of %1").arg(labelOf(session, indicator)));
}

void ChangeIndicatorDirection::redo()
{
    mSession->setDirection(mIndicator, mAfter);
}

void ChangeIndicatorDirection::undo()
{
    mSession->setDirection(mIndicator, mBefore);
}

ChangeIndicatorNormalisation::ChangeIndicatorNormalisation(WeightingSession* session, std::size_t indicator,
                                                           const core::Normalisation& normalisation)
    : mSession(session), mIndicator(indicator),
      mBefore(session->recipe().indicators.at(indicator).normalisation), mAfter(normalisation)
{
    setText(tr("normalisation of %1").arg(labelOf(session, indicator)));
}

void ChangeIndicatorNormalisation::redo()
{
    mSession->setNormalisation(mIndicator, mAfter);
}

void ChangeIndicatorNormalisation::undo()
{
    mSession->setNormalisation(mIndicator, mBefore);
}

ChangeAggregation::ChangeAggregation(WeightingSession* session, core::Aggregation aggregation)
    : mSession(session), mBefore(session->recipe().aggregation), mAfter(aggregation)
{
    setText(tr("aggregation"));
}

void ChangeAggregation::redo()
{
    mSession->setAggregation(mAfter);
}

void ChangeAggregation::undo()
{
    mSession->setAggregation(mBefore);
}

ChangeMissingRule::ChangeMissingRule(WeightingSession* session, core::MissingRule rule)
    : mSession(session), mBefore(session->recipe().missing), mAfter(rule)
{
    setText(tr("missing-data rule"));
}

void ChangeMissingRule::redo()
{
    mSession->setMissingRule(mAfter);
}

void ChangeMissingRule::undo()
{
    mSession->setMissingRule(mBefore);
}

ResetToRecipe::ResetToRecipe(WeightingSession* session)
    : mSession(session), mBefore(session->recipe()), mAfter(session->baseline())
{
    setText(tr("reset to recipe"));
}

void ResetToRecipe::redo()
{
    mSession->setSettings(mAfter);
}

void ResetToRecipe::undo()
{
    mSession->setSettings(mBefore);
}

} // namespace bib::app
