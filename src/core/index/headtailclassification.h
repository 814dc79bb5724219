// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/classification.h"

namespace bib::core {

/// Head/tail breaks for heavy-tailed data (Jiang 2013, "Head/tail breaks: a new classification
/// scheme for data with a heavy-tailed distribution", The Professional Geographer 65(3)).
///
/// Start with all finite values: their mean m is a cut, the values > m are the head. While the
/// head holds fewer than 40 % of the values it was split from and at least two distinct values,
/// split the head again at its own mean. Every mean computed becomes a cut, including the last one
/// (whose head is no longer a minority), so the number of classes follows from the data, capped at
/// classCount. A value equal to a mean stays in the tail, matching the break convention. classInt's
/// style = "headtails" goes on while the head is ≤ 40 %; here exactly 40 % stops. O(n) after
/// sorting: each head is under 40 % of the values before it, so all passes read fewer than 5n/3.
class HeadTailClassification final : public ClassificationMethod
{
public:
    std::string_view key() const override { return "headtail"; }

    /// A head holding this share of its values or more is no longer a minority (Jiang 2013).
    static constexpr double headShareLimit = 0.4;

protected:
    ClassCountUse classCountUse() const override { return ClassCountUse::Maximum; }

private:
    std::vector<double> calculateBreaks(const std::vector<double>& sorted, int classCount) const override;
};

} // namespace bib::core
