// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/recipe.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <cstddef>

namespace bib::app {

class WeightingSession;

/// The undoable edits of the weights panel (STYLE.md 21): one command per user action, applied to
/// a WeightingSession. A slider drag is one action: its commands carry the drag's gesture number
/// and merge (mergeWith()) while it is the same; gesture 0 never merges.
class ChangeIndicatorWeight : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeIndicatorWeight)

public:
    ChangeIndicatorWeight(WeightingSession* session, std::size_t indicator, double weight, int gesture = 0);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    WeightingSession* mSession;
    std::size_t mIndicator;
    double mBefore;
    double mAfter;
    int mGesture;
};

class ChangeDomainWeight : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeDomainWeight)

public:
    ChangeDomainWeight(WeightingSession* session, std::size_t domain, double weight, int gesture = 0);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    WeightingSession* mSession;
    std::size_t mDomain;
    double mBefore;
    double mAfter;
    int mGesture;
};

class ChangeIndicatorDirection : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeIndicatorDirection)

public:
    ChangeIndicatorDirection(WeightingSession* session, std::size_t indicator, core::Direction direction);
    void redo() override;
    void undo() override;

private:
    WeightingSession* mSession;
    std::size_t mIndicator;
    core::Direction mBefore;
    core::Direction mAfter;
};

class ChangeIndicatorNormalisation : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeIndicatorNormalisation)

public:
    ChangeIndicatorNormalisation(WeightingSession* session, std::size_t indicator,
                                 const core::Normalisation& normalisation);
    void redo() override;
    void undo() override;

private:
    WeightingSession* mSession;
    std::size_t mIndicator;
    core::Normalisation mBefore;
    core::Normalisation mAfter;
};

class ChangeAggregation : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeAggregation)

public:
    ChangeAggregation(WeightingSession* session, core::Aggregation aggregation);
    void redo() override;
    void undo() override;

private:
    WeightingSession* mSession;
    core::Aggregation mBefore;
    core::Aggregation mAfter;
};

class ChangeMissingRule : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ChangeMissingRule)

public:
    ChangeMissingRule(WeightingSession* session, core::MissingRule rule);
    void redo() override;
    void undo() override;

private:
    WeightingSession* mSession;
    core::MissingRule mBefore;
    core::MissingRule mAfter;
};

/// Every setting back to the recipe as opened or last saved.
class ResetToRecipe : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(bib::app::ResetToRecipe)

public:
    explicit ResetToRecipe(WeightingSession* session);
    void redo() override;
    void undo() override;

private:
    WeightingSession* mSession;
    core::Recipe mBefore;
    core::Recipe mAfter;
};

} // namespace bib::app
